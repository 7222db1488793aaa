/** The one-line message `npm start` prints after a rebuild. */
import { describe, expect, it } from "vitest";
import { compareArticles, describeChanges } from "../../src/serve/changes.ts";
import type { Article } from "../../src/model/article.ts";
import { fileForRequest } from "../../src/serve/live-server.ts";
import { parseRealSeeds } from "../helpers.ts";

const records = [...(await parseRealSeeds()).values()];
const [first, second, third] = records as [Article, Article, Article];

describe("what a rebuild changed", () => {
  it("names added, edited, renamed and removed seed files", () => {
    const before = [first, second, third];
    const after = [{ ...first, contentHash: "f".repeat(64) }, { ...second, sourceFile: "moved/second.txt" }, records[3] as Article];
    const changes = compareArticles(before, after);
    expect(changes).toEqual({
      added: [records[3]?.sourceFile],
      changed: [first.sourceFile],
      renamed: [{ from: second.sourceFile, to: "moved/second.txt" }],
      removed: [third.sourceFile],
    });
    expect(describeChanges(changes)).toBe(
      `added 1 (${records[3]?.sourceFile}); changed 1 (${first.sourceFile}); renamed 1 (${second.sourceFile} -> moved/second.txt); removed 1 (${third.sourceFile})`,
    );
  });

  it("says so when no article changed, and shortens long lists", () => {
    expect(describeChanges(compareArticles(records, records))).toBe("no article changed");
    expect(describeChanges(compareArticles([], records))).toMatch(/^added 5 \(.+, .+, .+ and 2 more\)$/);
  });
});

describe("the development server's file lookup", () => {
  it("maps addresses to files under the site folder and its path prefix", () => {
    expect(fileForRequest("/site", "/", "/")).toBe("/site/index.html");
    expect(fileForRequest("/site", "/", "/tags/geneva/?x=1")).toBe("/site/tags/geneva/index.html");
    expect(fileForRequest("/site", "/archive/", "/archive/articles.json")).toBe("/site/articles.json");
  });

  it("never serves a file outside the site folder or the prefix", () => {
    expect(fileForRequest("/site", "/", "/../etc/passwd")).toBe("/site/etc/passwd");
    expect(fileForRequest("/site", "/", "/%2e%2e/%2e%2e/etc/passwd")).toBe("/site/etc/passwd");
    expect(fileForRequest("/site", "/archive/", "/archive/../../etc/passwd")).toBe("/site/etc/passwd");
    expect(fileForRequest("/site", "/", "/%E0%A4%A")).toBeNull();
    expect(fileForRequest("/site", "/archive/", "/index.html")).toBeNull();
  });
});
