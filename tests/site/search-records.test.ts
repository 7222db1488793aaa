/** The search index's records: article text only, with the filters the search page offers. */
import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/build-archive.ts";
import { searchRecords } from "../../src/site/search-records.ts";
import { parseArticle, parseRealSeeds } from "../helpers.ts";

describe("searchRecords", () => {
  it("holds each article's title and body, never the page chrome, credits or removed boilerplate", async () => {
    const seeds = await parseRealSeeds();
    const { articles } = buildArchive([...seeds.values()]);
    const records = searchRecords(articles);
    expect(records).toHaveLength(5);
    for (const [index, record] of records.entries()) {
      const article = articles[index];
      expect(record.url).toBe(article?.url);
      expect(record.meta).toEqual({ title: article?.title });
      expect(record.content.startsWith(`${article?.title}\n\n${article?.paragraphs[0]}`)).toBe(true);
      expect(record.language).toBe("en");
      expect(record.filters.Year).toEqual(["Undated"]);
      expect(record.content).not.toMatch(/Skip to content|Related articles|Creative Commons|View all posts|Leave a Reply/);
    }
    const kirby = records.filter((record) => record.content.includes("Kirby"));
    expect(kirby.map((record) => record.url)).toEqual([seeds.get("000")?.url]);
    expect(kirby[0]?.filters.People).toContain("Vladimir Putin");
    expect(kirby[0]?.filters.Organisations).toContain("NATO");
  });

  it("files a dated article under its year and its language's index", () => {
    const article = parseArticle("2019-03-04-vote.md", "---\nlang: en-GB\n---\nThe council voted on the budget on Monday.");
    const [record] = searchRecords(buildArchive([article]).articles);
    expect(record?.filters.Year).toEqual(["2019"]);
    expect(record?.language).toBe("en");
  });
});
