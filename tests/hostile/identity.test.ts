/**
 * Ids, slugs and file names an attacker or a careless copy would choose: no
 * address leaves `/articles/<slug>/`, no two articles share one, and every
 * choice made for the archivist is deterministic and reported.
 */
import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/build-archive.ts";
import { chooseSlug, derivedSlug } from "../../src/record/identity.ts";
import { parseSeed, type SeedOutcome } from "../../src/record/parse-seed.ts";
import { seedFile } from "../helpers.ts";
import { articleOf } from "./outcomes.ts";

const body = "The council met on Tuesday and agreed the budget.\n";

function withFrontMatter(file: string, frontMatter: string, text = body): SeedOutcome {
  return parseSeed(seedFile(file, `---\n${frontMatter}\n---\n${text}`));
}

const safeUrl = /^\/articles\/[a-z0-9]+(-[a-z0-9]+)*\/$/;

describe("hostile slugs", () => {
  it.each([
    ["../../etc/passwd", "etc-passwd"],
    ["/etc/cron.d/evil", "etc-cron-d-evil"],
    ["..\\..\\windows\\system32", "windows-system32"],
    ["C:\\Users\\Public", "c-users-public"],
    ["Talks/../../../outside", "talks-outside"],
  ])("makes %j URL-safe and says so", (requested, expected) => {
    const record = articleOf(withFrontMatter("story.txt", `slug: ${JSON.stringify(requested)}`));
    expect(record.slug).toBe(expected);
    expect(record.url).toMatch(safeUrl);
    expect(record.warnings).toContain(`front matter: slug ${JSON.stringify(requested)} is not URL-safe; published as "${expected}"`);
  });

  it.each(["/", "..", "../..", "\\", "…"])("falls back to the derived slug for %j, which has nothing to make an address from", (requested) => {
    const record = articleOf(withFrontMatter("story.txt", `title: Budget agreed\nid: budget-1\nslug: ${JSON.stringify(requested)}`));
    expect(record.slug).toBe("budget-agreed-budget-1");
  });

  it.each(["con", "NUL", "aux", "com1", "LPT9", "prn"])("never publishes at a name Windows reserves (%s)", (requested) => {
    const record = articleOf(withFrontMatter("story.txt", `title: Budget agreed\nid: budget-1\nslug: ${requested}`));
    expect(record.slug).toBe("budget-agreed-budget-1");
    expect(record.warnings.join("\n")).toContain("reserved file name on Windows");
  });

  it("cuts a very long slug to 80 characters at a word break", () => {
    const record = articleOf(withFrontMatter("story.txt", `slug: ${"budget-".repeat(200)}end`));
    expect(record.slug.length).toBeLessThanOrEqual(80);
    expect(record.slug).toMatch(/^budget(-budget)*$/);
  });

  it("keeps a URL-safe slug as given, without a warning", () => {
    expect(chooseSlug("budget-agreed", "Title", "x")).toEqual({ slug: "budget-agreed", warning: null });
  });
});

describe("hostile tags", () => {
  it("gives tags a URL-safe slug that is never a name Windows reserves", () => {
    const record = articleOf(withFrontMatter("story.txt", `tags: [CON, "../../etc", "<script>alert(1)</script>", nul]`));
    expect(record.tags.map((tag) => [tag.name, tag.slug])).toEqual(
      expect.arrayContaining([
        ["CON", "con-tag"],
        ["../../etc", "etc"],
        // Its symbols ("<", ">") are not in the slug, so a hash of the name keeps it apart from the tag "script alert 1 script".
        ["<script>alert(1)</script>", expect.stringMatching(/^script-alert-1-script-[0-9a-f]{8}$/)],
        ["nul", "nul-tag"],
      ]),
    );
  });
});

describe("hostile ids", () => {
  it.each(["../../etc/passwd", "/absolute/id", "a\\b", "CON", "x".repeat(5000), "Ünïcødé ïd", "<script>"])("gives id %j a URL-safe address", (id) => {
    const record = articleOf(withFrontMatter("story.txt", `title: Budget agreed\nid: ${JSON.stringify(id)}`));
    expect(record.id).toBe(id);
    expect(record.url).toMatch(safeUrl);
    expect(record.url.length).toBeLessThan(150);
  });

  it("gives ids that slugify alike different addresses", () => {
    const slugs = ["A.B", "a-b", "a_b", "A B", "a/b", "x".repeat(100), `${"x".repeat(100)}y`].map((id) => derivedSlug("Budget agreed", id));
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe("clashes across the archive", () => {
  function archiveOf(outcomes: SeedOutcome[]) {
    return buildArchive(outcomes.map(articleOf));
  }

  it("gives two articles whose ids differ only in punctuation, with the same title, two addresses", () => {
    const archive = archiveOf([
      withFrontMatter("a.txt", "title: Budget agreed\nid: a.b"),
      withFrontMatter("b.txt", "title: Budget agreed\nid: a-b", "The council met again on Friday and agreed the budget.\n"),
    ]);
    expect(new Set(archive.articles.map((record) => record.url)).size).toBe(2);
  });

  it("refuses the second of two ids that differ only in case, keeping the first path", () => {
    const archive = archiveOf([withFrontMatter("b.txt", "id: Story-1"), withFrontMatter("a.txt", "id: story-1")]);
    expect(archive.articles.map((record) => record.sourceFile)).toEqual(["a.txt"]);
    expect(archive.rejected).toEqual([{ file: "b.txt", line: null, message: 'duplicate id "Story-1": a.txt already uses it; give one of them another id' }]);
  });

  it("treats file names that differ only in Unicode normalisation as the same article: the first path by code point wins, the other is reported", () => {
    const composed = "caf\u00e9.txt";
    const decomposed = "cafe\u0301.txt";
    const archive = archiveOf([parseSeed(seedFile(composed, body)), parseSeed(seedFile(decomposed, body))]);
    expect(archive.articles.map((record) => record.sourceFile)).toEqual([decomposed]);
    expect(archive.rejected.map((problem) => problem.file)).toEqual([composed]);
  });

  it("publishes file names that differ only in case as two articles at two addresses", () => {
    const archive = archiveOf([parseSeed(seedFile("Story.txt", body)), parseSeed(seedFile("story.txt", "A different story about the same council.\n"))]);
    expect(archive.articles).toHaveLength(2);
    expect(new Set(archive.articles.map((record) => record.url)).size).toBe(2);
  });

  it("moves the second of two front-matter slugs that clash by case or normalisation, and reports it", () => {
    const archive = archiveOf([
      withFrontMatter("a.txt", "title: First\nid: first\nslug: Café-News"),
      withFrontMatter("b.txt", "title: Second\nid: second\nslug: cafe\u0301-news", "A second story about the café.\n"),
    ]);
    expect(archive.articles.map((record) => [record.sourceFile, record.slug]).sort()).toEqual([
      ["a.txt", "cafe-news"],
      ["b.txt", "second-second"],
    ]);
    expect(archive.notices.map((notice) => notice.file)).toEqual(["b.txt"]);
  });

  it("publishes two files with the same body once, and reports the copy", () => {
    const archive = archiveOf([parseSeed(seedFile("copy-2.txt", body)), parseSeed(seedFile("copy-1.txt", body))]);
    expect(archive.articles.map((record) => record.sourceFile)).toEqual(["copy-1.txt"]);
    expect(archive.rejected.map((problem) => problem.file)).toEqual(["copy-2.txt"]);
    expect(archive.rejected[0]?.message).toContain("copy-1.txt");
  });

  it("keeps the id and address of a seed renamed between builds when the id is in its name or front matter", () => {
    const named = articleOf(parseSeed(seedFile("000_e6d30eb71dfbbe6e.txt", body)));
    const renamed = articleOf(parseSeed(seedFile("2024-05-16_e6d30eb71dfbbe6e.txt", body)));
    expect(renamed.url).toBe(named.url);
    const fromFrontMatter = articleOf(withFrontMatter("old-name.txt", "id: budget-1"));
    const movedFrontMatter = articleOf(withFrontMatter("archive/new-name.txt", "id: budget-1"));
    expect(movedFrontMatter.url).toBe(fromFrontMatter.url);
  });
});
