/**
 * The registry of page kinds (`templates/page-kinds.ts`): each page belongs to
 * exactly one kind by its address, the route table holds every kind, and
 * the navigation, the sitemap and reuse come from it. (On a built site:
 * `tests/built-site/kinds.test.ts`.)
 */
import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/build-archive.ts";
import { planSite } from "../../src/site/plan-site.ts";
import { pageKinds, routes } from "../../templates/page-kinds.ts";
import { parseRealSeeds } from "../helpers.ts";

const settings = { title: "Test Archive", pathPrefix: "/", siteUrl: "https://news.example.org" };
const plan = planSite(buildArchive([...(await parseRealSeeds()).values()]), settings);

/** The kinds whose route matches a site-relative address. */
function owners(url: string): string[] {
  return pageKinds.filter((kind) => kind.route.matches(url)).map((kind) => kind.name);
}

describe("the registry", () => {
  it("names each kind once and puts its route in the route table under that name", () => {
    const names = pageKinds.map((kind) => kind.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(routes)).toEqual(names);
    for (const kind of pageKinds) expect(routes[kind.name]).toBe(kind.route);
  });

  it("gives every planned page an address of its own kind's route, and of no other kind's", () => {
    expect(plan.pages.length).toBeGreaterThan(20);
    for (const page of plan.pages) expect(owners(page.url), page.url).toEqual([page.kind]);
    const urls = plan.pages.map((page) => page.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("builds the navigation from the kinds that ask for a link, in their order, each current on its section's pages", () => {
    expect(plan.site.nav.map((item) => [item.label, item.url])).toEqual([
      ["Articles", "/"],
      ["Archive", "/archive/"],
      ["Tags", "/tags/"],
      ["Search", "/search/"],
    ]);
    const sectionOf = (url: string) => plan.site.nav.filter((item) => item.section.some((route) => route.matches(url))).map((item) => item.label);
    const article = plan.pages.find((page) => page.kind === "article");
    const tag = plan.pages.find((page) => page.kind === "tag");
    expect(sectionOf(article?.url ?? "")).toEqual(["Articles"]);
    expect(sectionOf(tag?.url ?? "")).toEqual(["Tags"]);
    expect(sectionOf("/page/2/")).toEqual(["Articles"]);
    expect(sectionOf("/404.html")).toEqual([]);
  });

  it("lists in the sitemap every page of the kinds that are in it, in registry order, and no other", () => {
    const inSitemap = plan.content.sitemapPages().map((page) => page.url);
    expect(inSitemap).toEqual(plan.pages.filter((page) => pageKinds.find((kind) => kind.name === page.kind)?.sitemap).map((page) => page.url));
    expect(inSitemap).toContain("/tags/");
    expect(inSitemap).not.toContain("/404.html");
    expect(inSitemap).not.toContain("/feed.xml");
  });

  it("carries over only the pages of kinds with a digest: articles, tags and months", () => {
    const withDigest: string[] = pageKinds.filter((kind) => kind.digest !== null).map((kind) => kind.name);
    expect(withDigest).toEqual(["article", "tag", "month"]);
    for (const page of plan.pages) expect(page.reusable, page.url).toBe(withDigest.includes(page.kind));
  });
});
