/**
 * Front-matter values that are valid YAML and were published wrongly: tags in
 * other scripts and tags that differ only in a symbol (dropped), early
 * years (refused), thousands of tags and a title of thousands of characters
 * (kept whole, on every page and feed), a `__proto__` field (lost while the
 * report said kept), and an Arabic article (laid out left to right).
 */
import { readdir, readFile, rm, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleSchema, type Article } from "../../src/model/article.ts";
import { parseSeed } from "../../src/record/parse-seed.ts";
import { parseArticle, seedFile, temporaryFolder } from "../helpers.ts";
import { runBuild, type BuildRun } from "./run-build.ts";

const scriptTags = ["東京", "Москва", "القاهرة", "C#", "C", "C++", "F#"];
const manyTags = Array.from({ length: 9_990 }, (_, index) => `Topic ${index}`);
const longTitle = Array.from({ length: 700 }, (_, index) => `word${index}`).join(" ");

const seeds: Record<string, string> = {
  "script-tags.md": `---\ntitle: Tags in many scripts\ntags: ${JSON.stringify(scriptTags)}\n---\nThe conference drew delegates from three continents.\n`,
  "ancient.md": "---\ntitle: An early record\ndate: 0005-03-01\n---\nThe chronicle records a harvest.\n",
  "0099-12-31-century.txt": "The last day of the first century was quiet.\n",
  "many-tags.md": `---\ntitle: Every topic at once\ntags: ${JSON.stringify(manyTags)}\n---\nThe index lists every subject.\n`,
  "long-title.md": `---\ntitle: ${longTitle}\n---\nThe body is short.\n`,
  "proto.md": "---\ntitle: A reserved field name\n__proto__: kept or not\n---\nThe field has a name JavaScript reserves.\n",
  "arabic.md": "---\ntitle: \"\u0627\u0644\u0642\u0627\u0647\u0631\u0629 \u202Eتقرير\"\nlang: ar\n---\n\u0639\u0627\u062f \u0627\u0644\u0648\u0641\u062f \u0625\u0644\u0649 \u0627\u0644\u0642\u0627\u0647\u0631\u0629.\n",
};

describe("front-matter values, parsed", () => {
  it("keeps every tag, in any script, each with a slug of its own", () => {
    const article = parseArticle("script-tags.md", seeds["script-tags.md"] ?? "");
    const frontMatterTags = article.tags.filter((tag) => scriptTags.includes(tag.name));
    expect(frontMatterTags.map((tag) => tag.name).sort()).toEqual([...scriptTags].sort());
    const slugs = frontMatterTags.map((tag) => tag.slug);
    expect(new Set(slugs).size).toBe(scriptTags.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("accepts the years 0000 to 0099 as calendar years, in front matter and file names", () => {
    expect(parseArticle("ancient.md", seeds["ancient.md"] ?? "").date).toBe("0005-03-01");
    expect(parseArticle("0099-12-31-century.txt", seeds["0099-12-31-century.txt"] ?? "").date).toBe("0099-12-31");
    expect(parseArticle("year-zero.md", "---\ndate: 0000-02-29\n---\nA leap day in year zero.\n").date).toBe("0000-02-29");
    const notADay = parseSeed(seedFile("bad.md", "---\ndate: 0001-02-29\n---\nNot a leap year.\n"));
    expect(notADay.kind).toBe("rejected");
  });

  it("keeps at most 50 front-matter tags, and says how many it left out", () => {
    const article = parseArticle("many-tags.md", seeds["many-tags.md"] ?? "");
    expect(article.tags.filter((tag) => tag.name.startsWith("Topic ")).length).toBe(50);
    expect(article.warnings).toContain("front matter: 9,990 tags given; the first 50 are kept and 9,940 are left out (at most 50 tags a seed)");
  });

  it("cuts a title of thousands of characters at a word, and says so", () => {
    const article = parseArticle("long-title.md", seeds["long-title.md"] ?? "");
    expect([...article.title].length).toBeLessThanOrEqual(200);
    expect(article.title.endsWith("…")).toBe(true);
    expect(longTitle.startsWith(article.title.slice(0, -1))).toBe(true);
    expect(article.warnings.some((warning) => warning.startsWith(`the title is ${longTitle.length.toLocaleString("en")} characters long`))).toBe(true);
  });

  it("says a __proto__ field is not kept, rather than that it is", () => {
    const article = parseArticle("proto.md", seeds["proto.md"] ?? "");
    const keptClaim = article.warnings.some((warning) => warning.includes('"__proto__" is kept'));
    expect(keptClaim && !Object.hasOwn(article.extra, "__proto__")).toBe(false);
    expect(article.warnings.some((warning) => warning.includes('field "__proto__" is not kept'))).toBe(true);
  });

  it("removes a right-to-left override from a title", () => {
    expect(parseArticle("arabic.md", seeds["arabic.md"] ?? "").title).not.toContain("\u202E");
  });
});

describe("front-matter values, built", () => {
  let work: string;
  let result: BuildRun;
  let records: Article[];

  beforeAll(async () => {
    work = await temporaryFolder();
    await mkdir(path.join(work, "seeds"));
    for (const [file, text] of Object.entries(seeds)) await writeFile(path.join(work, "seeds", file), text);
    result = await runBuild({ ARCHIVE_SEEDS_DIR: path.join(work, "seeds"), ARCHIVE_OUTPUT_DIR: path.join(work, "site"), ARCHIVE_STATE_DIR: path.join(work, "state") }, { cwd: work });
    records = (JSON.parse(await readFile(path.join(work, "site", "articles.json"), "utf8")) as unknown[]).map((record) => articleSchema.parse(record));
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  function page(article: Article | undefined): Promise<string> {
    if (!article) throw new Error("the article is missing");
    return readFile(path.join(work, "site", article.url, "index.html"), "utf8");
  }

  it("publishes every seed", () => {
    expect(result.code, result.stderr).toBe(0);
    expect(records).toHaveLength(Object.keys(seeds).length);
  });

  it("gives each tag in another script or with a symbol a page of its own", async () => {
    const article = records.find((record) => record.sourceFile === "script-tags.md");
    for (const name of scriptTags) {
      const tag = article?.tags.find((candidate) => candidate.name === name);
      expect(tag, name).toBeDefined();
      expect(await readFile(path.join(work, "site", "tags", tag?.slug ?? "", "index.html"), "utf8")).toContain(name);
    }
  });

  it("makes a handful of tag pages, not thousands, from a seed with 9,990 tags, and a small page", async () => {
    expect((await readdir(path.join(work, "site", "tags"))).length).toBeLessThan(100);
    expect((await page(records.find((record) => record.sourceFile === "many-tags.md"))).length).toBeLessThan(100_000);
  });

  it("puts no title of thousands of characters in <title> or the feed", async () => {
    const html = await page(records.find((record) => record.sourceFile === "long-title.md"));
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]?.length).toBeLessThan(300);
    const feed = await readFile(path.join(work, "site", "feed.xml"), "utf8");
    for (const [, title] of feed.matchAll(/<title[^>]*>([^<]*)<\/title>/g)) expect(title?.length).toBeLessThan(300);
  });

  it("lays an Arabic article out right to left, and an English one left to right", async () => {
    expect(await page(records.find((record) => record.sourceFile === "arabic.md"))).toMatch(/<html lang="ar" dir="rtl">/);
    expect(await page(records.find((record) => record.sourceFile === "ancient.md"))).toMatch(/<html lang="en" dir="ltr">/);
  });
});
