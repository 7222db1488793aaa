import { describe, expect, it } from "vitest";
import { buildArchive, type Archive } from "../../src/archive/build-archive.ts";
import { findRelated, maxRelated } from "../../src/archive/related.ts";
import { findVersions, jaccard, sameStoryThreshold, shingles } from "../../src/archive/same-story.ts";
import { parseArticle as record, parseRealSeeds } from "../helpers.ts";

const prefixOf = (archive: Archive, id: string) => archive.articles.find((article) => article.id === id)?.sourceFile.slice(0, 3);

describe("related articles on the seeds", () => {
  it("002 and 004, both on the May 2024 Beijing meeting, list each other first", async () => {
    const archive = buildArchive([...(await parseRealSeeds()).values()]);
    const relatedOf = (prefix: string) => {
      const article = archive.articles.find((candidate) => candidate.sourceFile.startsWith(prefix));
      return (article?.related ?? []).map((id) => prefixOf(archive, id));
    };
    expect(relatedOf("002")[0]).toBe("004");
    expect(relatedOf("004")[0]).toBe("002");
    for (const article of archive.articles) {
      expect(article.related).not.toContain(article.id);
      expect(article.related.length).toBeLessThanOrEqual(maxRelated);
      expect(article.versionOf).toBeNull();
    }
  });
});

const topics = {
  harbour: "The harbour authority in Valparaiso approved a new container terminal for the harbour. Dock workers and the harbour pilots welcomed the terminal.",
  vaccine: "Health officials in Lagos began a measles vaccine campaign in schools. Nurses will give the vaccine to children in every district.",
  chess: "The chess olympiad in Chennai ended with a playoff. The chess federation praised the players and the olympiad organisers.",
};

describe("findRelated", () => {
  it("ranks articles on the same subject above the rest, best first", () => {
    const articles = [
      record("a.txt", topics.harbour),
      record("b.txt", topics.vaccine),
      record("c.txt", `${topics.harbour} The terminal opens next year.`.replace("approved", "finished")),
      record("d.txt", topics.chess),
      record("e.txt", "Dock workers at the harbour in Valparaiso went on strike over pay at the new container terminal."),
    ];
    const related = findRelated(articles);
    expect(related.get(articles[0]?.id ?? "")?.slice(0, 2)).toEqual([articles[2]?.id, articles[4]?.id]);
    expect(related.get(articles[0]?.id ?? "")).not.toContain(articles[3]?.id);
    expect(related.get(articles[3]?.id ?? "")).toEqual([]);
  });

  it("links at most five, never the article itself", () => {
    const districts = ["Ikeja", "Surulere", "Yaba", "Apapa", "Ikoyi", "Epe", "Badagry", "Agege", "Mushin", "Oshodi", "Lekki", "Ajah"];
    // Each report names four neighbouring districts, so each shares some with six others.
    const articles = Array.from({ length: 12 }, (_, index) => {
      const named = [0, 1, 2, 3].map((step) => districts[(index + step) % districts.length]);
      return record(`${index}.txt`, `${topics.vaccine} Teams visited ${named.join(", ")} this week.`);
    });
    for (const [id, ids] of findRelated(articles)) {
      expect(ids.length).toBe(maxRelated);
      expect(ids).not.toContain(id);
    }
  });
});

describe("same-story detection", () => {
  const original = [
    "The city council of Springfield voted on Tuesday to close the old rail depot and turn it into a public library with a garden.",
    "The mayor said the project would cost four million dollars and take two years to finish, paid for by a state grant.",
    "Residents who spoke at the meeting were mostly in favour, though some asked that the depot clock tower be kept as it is.",
    "Work is due to start in the spring, once the last freight tenant has moved out of the building.",
  ];
  const edited = [...original.slice(0, 3), "Work is due to start in the autumn, once the last freight tenant has moved out of the building."];

  it("puts a lightly edited copy above the threshold and an independent report far below it", () => {
    expect(jaccard(shingles(original), shingles(edited))).toBeGreaterThanOrEqual(sameStoryThreshold);
    const independent = ["Springfield will turn its rail depot into a library, councillors decided, after a long debate about cost and the clock tower."];
    expect(jaccard(shingles(original), shingles(independent))).toBeLessThan(0.1);
  });

  it("marks later versions with the id of the first", () => {
    const articles = [record("a.txt", original.join("\n\n")), record("b.txt", topics.chess), record("c.txt", edited.join("\n\n"))];
    expect(findVersions(articles)).toEqual(new Map([[articles[2]?.id, articles[0]?.id]]));
  });

  it("publishes an exact copy of another seed's text once and reports the copy", () => {
    const archive = buildArchive([record("b.txt", `---\ntitle: Another headline\n---\n${original.join("\n\n")}`), record("a.txt", original.join("\n\n"))]);
    expect(archive.articles.map((article) => article.sourceFile)).toEqual(["a.txt"]);
    expect(archive.rejected).toEqual([{ file: "b.txt", line: null, message: "same text as a.txt, which is published; this copy is not (remove one of them)" }]);
  });

  it("gives versionOf through the archive", () => {
    const archive = buildArchive([record("a.txt", original.join("\n\n")), record("c.txt", edited.join("\n\n"))]);
    const first = archive.articles.find((article) => article.sourceFile === "a.txt");
    expect(archive.articles.find((article) => article.sourceFile === "c.txt")?.versionOf).toBe(first?.id);
    expect(first?.versionOf).toBeNull();
  });
});
