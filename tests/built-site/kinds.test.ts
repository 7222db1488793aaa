/**
 * The built sites against the registry of page kinds: every file is a page of
 * exactly one registered kind (or an asset, or the search index), at the file
 * its address is served from; every kind has its pages there; and every page
 * of a kind in the sitemap can be reached from the home page by links.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileForUrl } from "../../src/output/content-writer.ts";
import { pageKinds } from "../../templates/page-kinds.ts";
import { prefixedSite, rootSite, siteFiles, type BuiltSite } from "./built-sites.ts";
import { linksIn } from "./link-check.ts";

/** The kinds whose route matches a site-relative address. */
function owners(url: string): string[] {
  return pageKinds.filter((kind) => kind.route.matches(url)).map((kind) => kind.name);
}

function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** The site-relative addresses of the pages reachable from the home page by the links of HTML pages. */
async function reachable(site: BuiltSite): Promise<Set<string>> {
  const seen = new Set<string>(["/"]);
  const pending = ["/"];
  const origin = "http://site.invalid";
  while (pending.length > 0) {
    const url = pending.pop() as string;
    const file = fileForUrl(url);
    if (!file.endsWith(".html")) continue;
    const text = await readFile(path.join(site.folder, file), "utf8").catch(() => "");
    for (const link of linksIn(file, text)) {
      const target = new URL(link, new URL(`${site.pathPrefix}${url.slice(1)}`, origin));
      if (target.origin !== origin || !target.pathname.startsWith(site.pathPrefix)) continue;
      const address = `/${decodeURIComponent(target.pathname.slice(site.pathPrefix.length))}`;
      if (!seen.has(address)) {
        seen.add(address);
        pending.push(address);
      }
    }
  }
  return seen;
}

describe.each([
  ["at the root", rootSite],
  ["under the path prefix /archive/", prefixedSite],
])("the built site %s", (_label, site) => {
  it("holds only pages of registered kinds, assets and the search index, and pages of every kind", async () => {
    const files = (await siteFiles(site())).filter((file) => !file.startsWith("assets/") && !file.startsWith("pagefind/"));
    const kindOf = new Map(
      files.map((file) => {
        const url = urlOf(file);
        const [kind, ...others] = owners(url);
        expect(others, file).toEqual([]);
        expect(kind, `${file} is no page kind's`).toBeDefined();
        expect(fileForUrl(url)).toBe(file);
        return [file, kind];
      }),
    );
    expect([...new Set(kindOf.values())].sort()).toEqual(pageKinds.map((kind) => kind.name).sort());
  });

  it("lets a reader reach every page of every kind in the sitemap from the home page", async () => {
    const inSitemap = new Set<string>(pageKinds.filter((kind) => kind.sitemap).map((kind) => kind.name));
    const pages = (await siteFiles(site())).map(urlOf).filter((url) => owners(url).some((kind) => inSitemap.has(kind)));
    expect(pages.length).toBeGreaterThan(50);
    const links = await reachable(site());
    expect(pages.filter((url) => !links.has(url))).toEqual([]);
  });
});
