/**
 * A kind of page (article pages, tag pages, the sitemap...): the unit the
 * site is made of. Each kind is one file in `templates/`, and
 * `templates/page-kinds.ts` lists them; planning, reuse, rendering in runs,
 * the sitemap, the navigation and the tests all loop over that list, so a
 * new kind is one file and one line there.
 *
 * A kind declares its route (its URL pattern), the entries it makes from the
 * archive (one page each), the template that turns an entry into the page
 * (it receives that entry and the site, nothing else), the digest of what an
 * entry depends on (a page whose digest is unchanged is carried over from the
 * previous build), and whether its pages are in the sitemap and the
 * navigation.
 */
import type { Archive } from "../archive/build-archive.ts";
import type { SiteSettings } from "../config.ts";
import type { Article } from "../model/article.ts";
import type { Route } from "../model/route.ts";

/**
 * Every kind's route, by kind name. Each kind's file adds its own entry
 * (`declare module "../src/site/page-kind.ts" { interface RouteTable { ... } }`),
 * so templates can link to any kind's pages through `site.routes`, and
 * `templates/page-kinds.ts` fails to type-check while a kind is not listed.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each kind's file through declaration merging
export interface RouteTable {}

export type KindName = keyof RouteTable;

/**
 * An article as a page may show it: the record without its links to other
 * articles (`related`, `versionOf`). Those shift whenever an article is
 * added, so they are left out of the article's digest, and a page that shows
 * them takes them from its own entry (titles and addresses), which its
 * digest covers. The type keeps templates to that rule.
 */
export type ShownArticle = Omit<Article, "related" | "versionOf">;

/** The hash standing for an article's record in digests (`articleHasher` in `src/output/`). */
export type ArticleDigest = (article: ShownArticle) => string;

/**
 * What an entry's digest must be: the entry itself, field for field, with
 * every article in it replaced by the article's hash. A digest that leaves
 * out a field, or keeps a whole record, does not type-check.
 */
export type Digest<T> = T extends ShownArticle
  ? string
  : T extends readonly (infer Item)[]
    ? readonly Digest<Item>[]
    : T extends object
      ? { readonly [Key in keyof T]: Digest<T[Key]> }
      : T;

/** A link in the site's navigation, and the routes of the pages that belong to its section. */
export interface NavItem {
  label: string;
  url: string;
  section: readonly Route[];
}

/** What every template receives beside its entry: the settings, the navigation and the route table. */
export interface Site extends SiteSettings {
  nav: readonly NavItem[];
  routes: RouteTable;
}

export interface SitemapPage {
  url: string;
  /** `YYYY-MM-DD`, or null when unknown. */
  lastModified: string | null;
}

/** What kinds make their entries from. */
export interface SiteContent {
  /** Linked: every article, address, tag and link between articles is final. */
  archive: Archive;
  /** Site-relative addresses of the search index's shards. */
  searchBundleUrls: readonly string[];
  routes: RouteTable;
  /** Every page of the kinds in the sitemap, in the order of `templates/page-kinds.ts`. */
  sitemapPages(): readonly SitemapPage[];
}

export interface PageKindSpec<Name extends KindName, Entry> {
  name: Name;
  route: RouteTable[Name];
  /** One entry per page, in the order the pages are listed (in the sitemap, for instance). */
  entries(content: SiteContent): readonly Entry[];
  /** The entry's address, made with `route`. */
  url(entry: Entry): string;
  /** The page. It sees its entry and the site only, so its digest can say what it depends on. */
  render(entry: Entry, site: Site): string;
  /** What the page is made from, for carrying it over unchanged; null: the page is made on every build. */
  digest: ((entry: Entry, article: ArticleDigest) => Digest<Entry>) | null;
  /** Whether the sitemap lists the kind's pages. */
  sitemap: boolean;
  lastModified?: (entry: Entry) => string | null;
  /** A link in the site's navigation to the kind's one page; `position` orders the links. */
  nav?: { label: string; position: number };
  /** The kind whose navigation link is current (`aria-current="true"`) on this kind's pages. */
  section?: KindName;
}

/** One page of the site, with its kind's entry bound in. */
export interface PlannedPage {
  kind: KindName;
  url: string;
  render(site: Site): string;
  /** The kind's digest of the entry, or null when the page is made on every build. */
  digest(article: ArticleDigest): unknown;
  reusable: boolean;
  lastModified: string | null;
}

/** A kind as the registry holds it: its entry type is bound into its pages, so kinds of any entry share one list. */
export interface PageKind {
  name: KindName;
  route: Route;
  sitemap: boolean;
  nav?: { label: string; position: number };
  section?: KindName;
  plan(content: SiteContent): PlannedPage[];
}

export function definePageKind<Name extends KindName, Entry>(spec: PageKindSpec<Name, Entry>): PageKindSpec<Name, Entry> & PageKind {
  const { digest, lastModified } = spec;
  return {
    ...spec,
    plan(content) {
      return spec.entries(content).map((entry) => ({
        kind: spec.name,
        url: spec.url(entry),
        render: (site) => spec.render(entry, site),
        digest: (article) => (digest ? digest(entry, article) : null),
        reusable: digest !== null,
        lastModified: lastModified?.(entry) ?? null,
      }));
    },
  };
}
