/** No broken internal link or asset anywhere in the built site, at the root and under a path prefix. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixturesDir } from "../helpers.ts";
import { prefixedSite, rootSite, siteFiles, type BuiltSite } from "./built-sites.ts";
import { findBrokenLinks } from "./link-check.ts";

describe("the link checker", () => {
  it("finds missing pages, assets and ids, and leaves other sites alone", async () => {
    const fixture: BuiltSite = { folder: path.join(fixturesDir, "site-with-broken-links"), pathPrefix: "/", siteUrl: null };
    const { checked, broken } = await findBrokenLinks(fixture, await siteFiles(fixture));
    expect(broken.map((problem) => `${problem.from} ${problem.link}`).sort()).toEqual(["index.html /about/#nobody", "index.html /assets/missing.css", "index.html /gone/"]);
    expect(checked).toBe(7);
  });
});

describe.each([
  ["at the root", rootSite],
  ["under the path prefix /archive/", prefixedSite],
])("the built site %s", (_label, site) => {
  it("has no broken internal link or asset", async () => {
    const { checked, broken } = await findBrokenLinks(site(), await siteFiles(site()));
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });
});
