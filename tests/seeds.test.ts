/** What the five shipped seeds must give: the acceptance lines of the foundation issue. */
import { beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../src/archive/build-archive.ts";
import type { Article } from "../src/model/article.ts";
import { splitSentences } from "../src/parse/sentences.ts";
import { parseRealSeeds, readSeedText } from "./helpers.ts";

let seeds: Map<string, Article>;
const seed = (prefix: string): Article => {
  const article = seeds.get(prefix);
  if (!article) throw new Error(`no seed ${prefix}`);
  return article;
};

beforeAll(async () => {
  seeds = await parseRealSeeds();
});

describe("titles", () => {
  it("003 takes its headline line as the title", () => {
    expect(seed("003").title).toBe("China and Russia are as close as ever, and that’s a problem for the US");
    expect(seed("003").titleSource).toBe("headline");
  });

  it.each(["000", "001", "002", "004"])("%s makes its title from the lead sentence, ending at a word boundary", async (prefix) => {
    const article = seed(prefix);
    expect(article.titleSource).toBe("lead-sentence");
    expect(article.title.length).toBeLessThanOrEqual(101);
    const lead = splitSentences(article.paragraphs[0] ?? "")[0] ?? "";
    const stem = article.title.replace(/…$/, "");
    expect(lead.startsWith(stem)).toBe(true);
    const next = lead.charAt(stem.length);
    expect(next === "" || /[\s,.;:!?]/.test(next)).toBe(true);
  });

  it("gives the titles the foundation issue expects", () => {
    expect(seed("000").title).toBe("The leaders of Russia and China have declared their joint opposition to any expansion of NATO");
    expect(seed("001").title).toBe("Communist China is pledging to deepen its cooperation with Russia");
    expect(seed("004").title).toBe("China’s Xi Jinping and Russia’s Vladimir Putin met on Thursday");
  });
});

describe("boilerplate in 003", () => {
  const gone = [
    "A version of this story appears in AZ24 News",
    "Register here.",
    "About Peter James",
    "Admin Peter James, |",
    "View all posts by Peter James →",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
  ];

  it.each(gone)("removes %j from the body", (fragment) => {
    expect(seed("003").paragraphs.join("\n")).not.toContain(fragment);
  });

  it("records every removal with its reason", () => {
    const removed = seed("003").removed;
    for (const fragment of gone) expect(removed.some((removal) => removal.text.includes(fragment))).toBe(true);
    for (const removal of removed) expect(removal.reason.length).toBeGreaterThan(0);
  });

  it("strips only the pasted headline from the paragraph that begins with it", () => {
    const paragraph = seed("003").paragraphs.find((text) => text.includes("In meetings with Blinken"));
    expect(paragraph).toBeDefined();
    expect(paragraph?.startsWith("In meetings with Blinken during his expected trip in early February")).toBe(true);
    expect(paragraph).toContain("Experts say China’s “objective and neutral approach” to the conflict.");
    expect(seed("003").paragraphs.join("\n")).not.toContain("China & Russia Are As Close as Ever");
  });
});

describe("004's trailing headline", () => {
  const stray = "Michael Cohen Is Accused Of Telling Lies During Trump Hush-Money Trial";

  it("is not in the body", () => {
    expect(seed("004").paragraphs.join("\n")).not.toContain("Michael Cohen");
    expect(seed("004").removed.map((removal) => removal.text)).toContain(stray);
  });

  it("gives no tag", () => {
    expect(seed("004").tags.map((tag) => tag.name)).not.toContain("Michael Cohen");
  });
});

describe("002's image licence", () => {
  it("is a credit, not body text", () => {
    const article = seed("002");
    expect(article.credits).toHaveLength(1);
    expect(article.credits[0]).toMatch(/^Image is licensed under the.Creative.Commons.Attribution.4\.0.License/u);
    expect(article.paragraphs.join("\n")).not.toContain("Creative");
    expect(article.html).not.toContain("Creative");
  });
});

describe("no real sentence is lost", () => {
  const boilerplate: Record<string, string[]> = {
    "002": ["Image is licensed under"],
    "003": [
      "China and Russia are as close as ever, and that’s a problem for the US",
      "China & Russia Are As Close as Ever; A version of this story",
      "About Peter James",
      "Admin Peter James",
      "View all posts by Peter James",
      "Leave a Reply",
      "Your email address will not be published",
    ],
    "004": ["Michael Cohen Is Accused"],
  };

  it.each(["000", "001", "002", "003", "004"])("every body sentence of %s is in its paragraphs", async (prefix) => {
    const source = await readSeedText(prefix);
    const body = seed(prefix).paragraphs.join("\n");
    const lines = source
      .split("\n")
      .map((line) => line.replace(/^China & Russia Are As Close as Ever; (?=In meetings)/, "").trim())
      .filter((line) => line !== "" && !(boilerplate[prefix] ?? []).some((start) => line.startsWith(start)));
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      for (const sentence of splitSentences(line)) expect(body).toContain(sentence);
    }
  });
});

describe("tags", () => {
  it("every seed has Vladimir Putin; Peter James and Michael Cohen are nobody's", () => {
    const archive = buildArchive([...seeds.values()]);
    for (const article of archive.articles) {
      const names = article.tags.map((tag) => tag.name);
      expect(names, article.sourceFile).toContain("Vladimir Putin");
      expect(names).not.toContain("Peter James");
      expect(names).not.toContain("Michael Cohen");
    }
    expect(archive.tags.map((entry) => entry.tag.name)).not.toContain("Peter James");
  });
});

describe("identity", () => {
  it("takes the id from the hex in the file name", () => {
    expect(seed("000").id).toBe("e6d30eb71dfbbe6e");
    expect(seed("003").id).toBe("269bbb8bb0883114");
  });

  it("has no date, as none is given", () => {
    for (const article of seeds.values()) {
      expect(article.date).toBeNull();
      expect(article.dateSource).toBeNull();
    }
  });
});
