/** Tags, dates and order on the five real seeds: the acceptance lines of the tags issue. */
import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildArchive, type Archive } from "../src/archive/build-archive.ts";
import { loadArchive } from "../src/load-archive.ts";
import type { Article } from "../src/model/article.ts";
import { dateLabel } from "../src/site/format.ts";
import { parseArticle, parseRealSeeds, seedsDir, temporaryFolder } from "./helpers.ts";

let archive: Archive;
const seed = (prefix: string): Article => {
  const article = archive.articles.find((candidate) => candidate.sourceFile.startsWith(prefix));
  if (!article) throw new Error(`no seed ${prefix}`);
  return article;
};
const tagNames = (prefix: string) => seed(prefix).tags.map((tag) => tag.name);

beforeAll(async () => {
  archive = buildArchive([...(await parseRealSeeds()).values()]);
});

describe("tags on the seeds", () => {
  const all = ["000", "001", "002", "003", "004"];

  it.each(all)("%s has Vladimir Putin, Xi Jinping, China and Russia", (prefix) => {
    expect(tagNames(prefix)).toEqual(expect.arrayContaining(["Vladimir Putin", "Xi Jinping", "China", "Russia"]));
  });

  it.each(["000", "001", "002", "004"])("%s has Ukraine", (prefix) => {
    expect(tagNames(prefix)).toContain("Ukraine");
  });

  it("000 has NATO, 001 has Wang Yi, 003 has Antony Blinken", () => {
    expect(tagNames("000")).toContain("NATO");
    expect(tagNames("001")).toContain("Wang Yi");
    expect(tagNames("003")).toContain("Antony Blinken");
  });

  it.each(all)("%s keeps a handful of tags, none of them boilerplate or a title", (prefix) => {
    const names = tagNames(prefix);
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names.length).toBeLessThanOrEqual(8);
    for (const never of ["Peter James", "Michael Cohen", "worldview", "President", "Xi", "Putin", "Wang", "U.S", "U.S.", "US"]) expect(names).not.toContain(never);
  });

  it("merges U.S., US and United States into one place tag", () => {
    const slugs = archive.tags.map((entry) => entry.tag.slug);
    expect(slugs).toContain("united-states");
    expect(slugs.filter((slug) => /^(u-s|us|usa)$/.test(slug))).toEqual([]);
    expect(archive.tags.find((entry) => entry.tag.slug === "united-states")?.tag.kind).toBe("place");
  });

  it("gives /tags/xi-jinping/ every seed", () => {
    expect(archive.tags.find((entry) => entry.tag.slug === "xi-jinping")?.articles).toHaveLength(5);
  });
});

describe("dates on the seeds", () => {
  it("takes notBefore from explicit dates with a year only", () => {
    expect(seed("001").notBefore).toBe("2022-02");
    expect(seed("002").notBefore).toBe("2022-02");
    expect(seed("004").notBefore).toBe("2022-02");
    expect(seed("000").notBefore).toBeNull();
    expect(seed("003").notBefore).toBeNull();
  });

  it("shows notBefore as a lower bound, never as the publication date", () => {
    expect(seed("001").date).toBeNull();
    expect(dateLabel(seed("001"))).toBe("Date unknown (after February 2022)");
    expect(dateLabel(seed("000"))).toBe("Date unknown");
  });

  it("orders undated articles by notBefore, newest first, after the dated ones", () => {
    const ordered = buildArchive([
      parseArticle("a.txt", "Talks began in May 2021 and went nowhere."),
      parseArticle("b.txt", "No date is named in this text at all."),
      parseArticle("c.txt", "The deal signed on 3 March 2023 still holds."),
      parseArticle("2020-01-05-d.txt", "A dated report from before the others."),
      parseArticle("e.txt", "Prices rose after March 2023, traders said."),
    ]).articles;
    expect(ordered.map((article) => [article.sourceFile, article.notBefore])).toEqual([
      ["2020-01-05-d.txt", null],
      ["c.txt", "2023-03-03"],
      ["e.txt", "2023-03"],
      ["a.txt", "2021-05"],
      ["b.txt", null],
    ]);
  });

  it("orders undated seeds with a notBefore first, then the rest in seed order", () => {
    expect(archive.articles.map((article) => article.sourceFile.slice(0, 3))).toEqual(["001", "002", "004", "000", "003"]);
  });
});

describe("a taxonomy in the seeds folder", () => {
  it("is read by the build and has the last word", async () => {
    const folder = await temporaryFolder();
    await cp(seedsDir, folder, { recursive: true });
    await writeFile(path.join(folder, "_taxonomy.yaml"), "never: [NATO]\nentities:\n  - {name: Karsten Heckl, kind: person, aliases: [Heckl]}\n");
    const { archive: withTaxonomy, report } = await loadArchive(folder);
    expect(report.published).toBe(5);
    expect(withTaxonomy.tags.map((entry) => entry.tag.name)).not.toContain("NATO");
  });
});
