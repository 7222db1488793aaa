/**
 * Archive to pages: every page of the site, kind by kind from the registry
 * (`templates/page-kinds.ts`), with the site every template receives.
 */
import type { Archive } from "../archive/build-archive.ts";
import type { SiteSettings } from "../config.ts";
import { pageKinds, routes } from "../../templates/page-kinds.ts";
import type { NavItem, PageKind, PlannedPage, Site, SiteContent, SitemapPage } from "./page-kind.ts";
import { searchShards } from "./search-shards.ts";

export interface SitePlan {
  site: Site;
  content: SiteContent;
  /** Every page, kind by kind in registry order. */
  pages: PlannedPage[];
}

/** The navigation: a link to each kind with a `nav` entry, current on the pages of the kinds in its section. */
export function navigation(kinds: readonly PageKind[]): NavItem[] {
  return kinds
    .flatMap((kind) => (kind.nav ? [{ kind, nav: kind.nav }] : []))
    .sort((a, b) => a.nav.position - b.nav.position)
    .map(({ kind, nav }) => {
      if (kind.route.pattern.includes(":")) throw new Error(`page kind ${kind.name} is in the navigation, so its route must be one address, not ${kind.route.pattern}`);
      return { label: nav.label, url: kind.route.pattern, section: [kind.route, ...kinds.filter((other) => other.section === kind.name).map((other) => other.route)] };
    });
}

/** `searchBundleUrls` are those of `searchShards(archive.articles)`; a build that has them already passes them in. */
export function planSite(archive: Archive, settings: SiteSettings, searchBundleUrls = searchShards(archive.articles).map((shard) => shard.url)): SitePlan {
  const planned = new Map<PageKind, PlannedPage[]>();
  const inProgress = new Set<PageKind>();
  function pagesOf(kind: PageKind): PlannedPage[] {
    let pages = planned.get(kind);
    if (pages) return pages;
    if (inProgress.has(kind)) throw new Error(`page kind ${kind.name} is in the sitemap and reads the sitemap to make its entries`);
    inProgress.add(kind);
    pages = kind.plan(content);
    planned.set(kind, pages);
    return pages;
  }
  const content: SiteContent = {
    archive,
    searchBundleUrls,
    routes,
    sitemapPages: (): SitemapPage[] =>
      pageKinds.filter((kind) => kind.sitemap).flatMap((kind) => pagesOf(kind).map(({ url, lastModified }) => ({ url, lastModified }))),
  };
  const site: Site = { ...settings, nav: navigation(pageKinds), routes };
  return { site, content, pages: pageKinds.flatMap(pagesOf) };
}
