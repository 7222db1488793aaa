/**
 * The registry: every kind of page the site has, one line each, in the order
 * the sitemap lists their pages. Planning, reuse, rendering, the sitemap and
 * the navigation loop over this list (`src/site/plan-site.ts`). A new kind
 * is a file in this folder (its route, entries, template, digest, sitemap
 * and navigation membership: see `src/site/page-kind.ts`) and a line here.
 */
import type { KindName, PageKind, RouteTable } from "../src/site/page-kind.ts";
import { archivePages } from "./archive.ts";
import { articlePages } from "./article.ts";
import { atomFeedPages } from "./atom-feed.ts";
import { homePages } from "./home.ts";
import { jsonFeedPages } from "./json-feed.ts";
import { monthPages } from "./month.ts";
import { notFoundPages } from "./not-found.ts";
import { recordsPages } from "./records.ts";
import { robotsPages } from "./robots.ts";
import { searchPages } from "./search.ts";
import { sitemapPages } from "./sitemap.ts";
import { tagPages } from "./tag.ts";
import { tagIndexPages } from "./tags.ts";
import { yearPages } from "./year.ts";

export const pageKinds = [
  homePages,
  articlePages,
  tagIndexPages,
  tagPages,
  archivePages,
  yearPages,
  monthPages,
  searchPages,
  notFoundPages,
  atomFeedPages,
  jsonFeedPages,
  recordsPages,
  sitemapPages,
  robotsPages,
] as const satisfies readonly PageKind[];

/** Fails to type-check, naming the kind, while a kind's file declares a route and the kind is missing above. */
type Listed<Unlisted extends never> = Unlisted;
export type EveryKindListed = Listed<Exclude<KindName, (typeof pageKinds)[number]["name"]>>;

/** The route table: each kind's route by its name (complete, as `EveryKindListed` checks). */
export const routes = Object.fromEntries(pageKinds.map((kind) => [kind.name, kind.route])) as unknown as RouteTable;
