import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/build-archive.ts";
import { paginate } from "../../src/archive/paginate.ts";
import { parseArticle as record, parseRealSeeds } from "../helpers.ts";

describe("buildArchive", () => {
  it("orders dated articles newest first, then undated ones in seed order", () => {
    const archive = buildArchive([
      record("b.txt", "Undated second."),
      record("2023-01-01-old.txt", "Old news."),
      record("a.txt", "Undated first."),
      record("2024-06-01-new.txt", "New news."),
    ]);
    expect(archive.articles.map((article) => article.sourceFile)).toEqual(["2024-06-01-new.txt", "2023-01-01-old.txt", "a.txt", "b.txt"]);
  });

  it("refuses a duplicate id, keeping the file whose path sorts first", () => {
    const archive = buildArchive([record("z.txt", "---\nid: same\n---\nZ text."), record("a.txt", "---\nid: same\n---\nA text.")]);
    expect(archive.articles.map((article) => article.sourceFile)).toEqual(["a.txt"]);
    expect(archive.rejected).toEqual([{ file: "z.txt", line: null, message: 'duplicate id "same": a.txt already uses it; give one of them another id' }]);
  });

  it("gives a clashing front-matter slug to the first file and moves the other, with a notice", () => {
    const archive = buildArchive([record("b.txt", "---\nslug: talks\n---\nB text."), record("a.txt", "---\nslug: talks\n---\nA text.")]);
    const urls = archive.articles.map((article) => article.url);
    expect(new Set(urls).size).toBe(2);
    expect(archive.articles.find((article) => article.sourceFile === "a.txt")?.slug).toBe("talks");
    expect(archive.notices.map((notice) => notice.file)).toEqual(["b.txt"]);
  });

  it("gives two derived slugs that coincide (one id ends the other's title) two addresses, and reports the move", () => {
    const archive = buildArchive([
      record("b.txt", "---\ntitle: Budget agreed\nid: x\n---\nThe council agreed the budget on Friday."),
      record("a.txt", "---\ntitle: Budget\nid: agreed-x\n---\nThe council met about the budget on Tuesday."),
    ]);
    expect(archive.articles.find((article) => article.sourceFile === "a.txt")?.slug).toBe("budget-agreed-x");
    expect(archive.articles.find((article) => article.sourceFile === "b.txt")?.slug).toMatch(/^budget-agreed-x-[0-9a-f]{8}$/);
    expect(archive.notices.map((notice) => notice.file)).toEqual(["b.txt"]);
  });

  it("does not change an existing article's slug when another file is added", () => {
    const existing = record("000_aaaaaaaaaaaaaaaa.txt", "Leaders met in Geneva on Monday.");
    const before = buildArchive([existing]).articles[0]?.slug;
    const after = buildArchive([existing, record("000_bbbbbbbbbbbbbbbb.txt", "Leaders met in Geneva on Monday. Talks go on.")]);
    expect(after.articles.find((article) => article.id === "aaaaaaaaaaaaaaaa")?.slug).toBe(before);
    expect(new Set(after.articles.map((article) => article.slug)).size).toBe(2);
  });

  it("merges a lone surname into the full name the archive knows, among articles sharing another tag", () => {
    const archive = buildArchive([
      record("a.txt", "Foreign minister Karsten Heckl spoke in Rome on Monday. Karsten Heckl said talks in Rome would go on."),
      record("b.txt", "Minister Heckl arrived in Rome. Heckl met officials there, and Heckl left on Friday."),
    ]);
    const names = archive.articles.map((article) => article.tags.filter((tag) => tag.kind === "person").map((tag) => tag.name));
    expect(names).toEqual([["Karsten Heckl"], ["Karsten Heckl"]]);
  });

  it("keeps a lone surname apart from a namesake in an article with nothing in common", () => {
    const archive = buildArchive([
      record("a.txt", "Mayor William Berry spoke in Atlanta on Monday. William Berry said Atlanta would grow."),
      record("b.txt", "Rep. Berry arrived in Dallas. Berry met officials in Dallas, and Berry left on Friday."),
    ]);
    const berry = archive.articles.find((article) => article.sourceFile === "b.txt")?.tags.find((tag) => tag.kind === "person");
    expect(berry?.name).toBe("Berry");
  });
});

describe("buildArchive and the parsed body", () => {
  // Page fingerprints stand for an article's body by its seed's content hash (src/output/article-digest.ts).
  it("never changes an article's paragraphs or HTML", async () => {
    const parsed = [...(await parseRealSeeds()).values()];
    const built = new Map(buildArchive(parsed).articles.map((article) => [article.id, article]));
    expect(built.size).toBe(parsed.length);
    for (const article of parsed) {
      expect(built.get(article.id)?.paragraphs).toEqual(article.paragraphs);
      expect(built.get(article.id)?.html).toBe(article.html);
    }
  });
});

describe("paginate", () => {
  it("numbers pages and links them", () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, "/tags/x/");
    expect(pages.map((page) => [page.url, page.items, page.previousUrl, page.nextUrl])).toEqual([
      ["/tags/x/", [1, 2], null, "/tags/x/page/2/"],
      ["/tags/x/page/2/", [3, 4], "/tags/x/", "/tags/x/page/3/"],
      ["/tags/x/page/3/", [5], "/tags/x/page/2/", null],
    ]);
  });

  it("gives one empty page for no items", () => {
    expect(paginate([], 20, "/")).toHaveLength(1);
  });
});
