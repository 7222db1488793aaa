import { describe, expect, it } from "vitest";
import { parseSeed } from "../../src/record/parse-seed.ts";
import { parseArticle as article, seedFile } from "../helpers.ts";

describe("parseSeed", () => {
  it("prefers the front-matter title and keeps the first line as text", () => {
    const record = article("x.txt", "---\ntitle: Given title\n---\nA Short Line\n\nThe body follows here.");
    expect(record.title).toBe("Given title");
    expect(record.titleSource).toBe("front-matter");
    expect(record.paragraphs).toEqual(["A Short Line", "The body follows here."]);
  });

  it("takes a Markdown heading as the title and renders the rest", () => {
    const record = article("notes/story.md", "# Talks *resume*\n\nLeaders **met** again.\n\n- one\n- two\n");
    expect(record.title).toBe("Talks resume");
    expect(record.paragraphs).toEqual(["Leaders met again.", "one two"]);
    expect(record.html).toContain("<strong>met</strong>");
    expect(record.html).toContain("<li>one</li>");
  });

  it("derives a path id, and a slug with the id, for a file without a hex id", () => {
    const record = article("world/talks.txt", "Leaders met in Geneva on Monday.");
    expect(record.id).toMatch(/^[0-9a-f]{16}$/);
    expect(record.slug).toBe(`leaders-met-in-geneva-on-monday-${record.id}`);
    expect(record.url).toBe(`/articles/${record.slug}/`);
    expect(record.sourceFile).toBe("world/talks.txt");
  });

  it("keeps the slug when the text changes but the id does not", () => {
    const before = article("000_aaaaaaaaaaaaaaaa.txt", "Leaders met in Geneva on Monday.");
    const after = article("000_aaaaaaaaaaaaaaaa.txt", "Leaders met in Geneva on Monday. They agreed on little.");
    expect(after.id).toBe(before.id);
    expect(after.slug).toBe(before.slug);
    expect(after.contentHash).not.toBe(before.contentHash);
  });

  it("takes the date from the file name and refuses a file-name date that does not exist", () => {
    expect(article("2024-05-16-talks.txt", "Text.").date).toBe("2024-05-16");
    expect(parseSeed(seedFile("2024-13-01-talks.txt", "Text."))).toMatchObject({ kind: "rejected" });
  });

  it("refuses a file whose text is all boilerplate", () => {
    const outcome = parseSeed(seedFile("x.txt", "Leave a Reply\n\nShare this:"));
    expect(outcome).toEqual({ kind: "rejected", problem: { file: "x.txt", line: null, message: "nothing is left of the text once boilerplate is removed" } });
  });

  it("skips drafts", () => {
    expect(parseSeed(seedFile("x.txt", "---\ndraft: true\n---\nText."))).toEqual({ kind: "draft", file: "x.txt" });
  });

  it("counts words and reading time", () => {
    const record = article("x.txt", `${"word ".repeat(460).trim()}.`);
    expect(record.wordCount).toBe(460);
    expect(record.readingMinutes).toBe(2);
  });

  it("tags front-matter tags as topics unless they are known entities", () => {
    const record = article("x.txt", "---\ntags: [Trade, NATO]\n---\nMinisters discussed tariffs at length.");
    expect(record.tags).toEqual([
      { slug: "trade", name: "Trade", kind: "topic" },
      { slug: "nato", name: "NATO", kind: "organization" },
    ]);
  });
});
