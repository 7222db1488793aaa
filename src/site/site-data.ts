/**
 * Archive to pages: everything the templates present, computed here so that
 * templates only present it. Eleventy paginates over these lists with one
 * template per kind of page.
 */
import type { Archive, TagEntry } from "../archive/build-archive.ts";
import { paginate, type Listing } from "../archive/paginate.ts";
import type { Article, Tag, TagKind } from "../model/article.ts";
import { formatDate } from "./format.ts";
import { textDirection, type TextDirection } from "./text-direction.ts";
import { searchShards } from "./search-shards.ts";

export interface SiteSettings {
  title: string;
  /** Sub-path the site is hosted under, starting and ending with `/`. */
  pathPrefix: string;
  /** Absolute site address without a trailing slash, or null when unknown. */
  siteUrl: string | null;
}

export interface ArticleLink {
  title: string;
  url: string;
}

export interface Breadcrumb {
  label: string;
  /** Null for the page itself. */
  url: string | null;
}

export interface ArticlePage {
  article: Article;
  breadcrumbs: Breadcrumb[];
  /** The neighbours in archive order. */
  newer: ArticleLink | null;
  older: ArticleLink | null;
  related: ArticleLink[];
  /** Other versions of the same story (near-copies), in archive order. */
  versions: ArticleLink[];
  tagsByKind: TagGroup<Tag>[];
  /** The writing direction of the article's language. */
  direction: TextDirection;
}

export interface TagSummary {
  tag: Tag;
  url: string;
  count: number;
}

export interface TagGroup<T> {
  kind: TagKind;
  label: string;
  tags: T[];
}

export interface TagListing extends Listing<Article> {
  tag: Tag;
  articleCount: number;
}

export interface MonthGroup {
  /** `YYYY-MM`. */
  month: string;
  label: string;
  /** Fragment id of the month's section on its year page. */
  anchor: string;
  articles: Article[];
}

export interface YearPage {
  year: string;
  url: string;
  articleCount: number;
  months: MonthGroup[];
  newer: YearLink | null;
  older: YearLink | null;
}

export interface YearLink {
  year: string;
  url: string;
}

export interface ArchiveOverview {
  years: YearPage[];
  /** Articles without a publication date, in archive order. */
  undated: Article[];
}

/** A search filter: Pagefind's filter name and the values pages carry. */
export interface SearchFilter {
  name: string;
  values: string[];
}

export interface SiteData {
  site: SiteSettings;
  articlePages: ArticlePage[];
  archiveOverview: ArchiveOverview;
  indexPages: Listing<Article>[];
  tagPages: TagListing[];
  tagGroups: TagGroup<TagSummary>[];
  /** The records as exported in `articles.json`. */
  records: Article[];
  searchFilters: SearchFilter[];
  /** Site-relative addresses of the search index's shards; the search page merges them. */
  searchBundleUrls: string[];
  /** The newest articles, in archive order, for the feeds. */
  feedArticles: Article[];
}

export const pageSize = 20;
export const feedSize = 50;
export const archiveUrl = "/archive/";
export const undatedAnchor = "undated";

const kindLabels: Record<TagKind, string> = {
  person: "People",
  place: "Places",
  organization: "Organisations",
  topic: "Topics",
};
const kindOrder: TagKind[] = ["person", "place", "organization", "topic"];

export function tagUrl(tag: Tag): string {
  return `/tags/${tag.slug}/`;
}

function groupByKind<T>(items: readonly T[], kindOf: (item: T) => TagKind): TagGroup<T>[] {
  return kindOrder
    .map((kind) => ({ kind, label: kindLabels[kind], tags: items.filter((item) => kindOf(item) === kind) }))
    .filter((group) => group.tags.length > 0);
}

/** An article's tags as its page and its search record group them. */
export function groupTagsByKind(tags: readonly Tag[]): TagGroup<Tag>[] {
  return groupByKind(tags, (tag) => tag.kind);
}

export function yearUrl(year: string): string {
  return `${archiveUrl}${year}/`;
}

function yearPages(articles: readonly Article[]): YearPage[] {
  const byMonth = new Map<string, Article[]>();
  for (const article of articles) {
    if (!article.date) continue;
    const month = article.date.slice(0, 7);
    const list = byMonth.get(month) ?? [];
    list.push(article);
    byMonth.set(month, list);
  }
  const byYear = new Map<string, MonthGroup[]>();
  for (const [month, monthArticles] of byMonth) {
    const year = month.slice(0, 4);
    const groups = byYear.get(year) ?? [];
    groups.push({ month, label: formatDate(month), anchor: `month-${month}`, articles: monthArticles });
    byYear.set(year, groups);
  }
  const years = [...byYear.keys()].sort().reverse();
  return years.map((year, index) => {
    const months = byYear.get(year) ?? [];
    const newer = years[index - 1];
    const older = years[index + 1];
    return {
      year,
      url: yearUrl(year),
      articleCount: months.reduce((total, group) => total + group.articles.length, 0),
      months,
      newer: newer ? { year: newer, url: yearUrl(newer) } : null,
      older: older ? { year: older, url: yearUrl(older) } : null,
    };
  });
}

/** The value of the `Year` filter an article page carries. */
export function searchYear(article: Article): string {
  return article.date?.slice(0, 4) ?? "Undated";
}

function searchFilters(tags: readonly TagSummary[], articles: readonly Article[]): SearchFilter[] {
  const years = [...new Set(articles.map(searchYear))].sort((a, b) => (a === "Undated" ? 1 : b === "Undated" ? -1 : b.localeCompare(a)));
  const byKind = groupByKind(tags, (summary) => summary.tag.kind).map((group) => ({
    name: group.label,
    values: group.tags.map((summary) => summary.tag.name).sort((a, b) => a.localeCompare(b, "en")),
  }));
  return [...byKind, { name: "Year", values: years }];
}

function breadcrumbs(article: Article): Breadcrumb[] {
  const year = article.date?.slice(0, 4);
  return [
    { label: "Home", url: "/" },
    { label: "Archive", url: archiveUrl },
    year ? { label: year, url: yearUrl(year) } : { label: "Undated", url: `${archiveUrl}#${undatedAnchor}` },
    { label: article.title, url: null },
  ];
}

function link(article: Article | undefined): ArticleLink | null {
  return article ? { title: article.title, url: article.url } : null;
}

function tagListings(entry: TagEntry): TagListing[] {
  return paginate(entry.articles, pageSize, tagUrl(entry.tag)).map((listing) => ({
    ...listing,
    tag: entry.tag,
    articleCount: entry.articles.length,
  }));
}

/** `searchBundleUrls` are those of `searchShards(archive.articles)`; a build that has them already passes them in. */
export function buildSiteData(archive: Archive, site: SiteSettings, searchBundleUrls = searchShards(archive.articles).map((shard) => shard.url)): SiteData {
  const byId = new Map(archive.articles.map((article) => [article.id, article]));
  const stories = new Map<string, Article[]>();
  for (const article of archive.articles) {
    const story = article.versionOf ?? article.id;
    stories.set(story, [...(stories.get(story) ?? []), article]);
  }
  const articlePages = archive.articles.map((article, index) => ({
    article,
    breadcrumbs: breadcrumbs(article),
    newer: link(archive.articles[index - 1]),
    older: link(archive.articles[index + 1]),
    related: article.related.flatMap((id) => link(byId.get(id)) ?? []),
    versions: (stories.get(article.versionOf ?? article.id) ?? []).flatMap((version) => (version === article ? [] : (link(version) ?? []))),
    tagsByKind: groupTagsByKind(article.tags),
    direction: textDirection(article.lang),
  }));
  const tagSummaries = archive.tags
    .map((entry) => ({ tag: entry.tag, url: tagUrl(entry.tag), count: entry.articles.length }))
    .sort((a, b) => b.count - a.count || (a.tag.name < b.tag.name ? -1 : a.tag.name > b.tag.name ? 1 : 0));
  return {
    site,
    articlePages,
    indexPages: paginate(archive.articles, pageSize, "/"),
    tagPages: archive.tags.flatMap(tagListings),
    tagGroups: groupByKind(tagSummaries, (summary) => summary.tag.kind),
    records: archive.articles,
    archiveOverview: { years: yearPages(archive.articles), undated: archive.articles.filter((article) => !article.date) },
    searchFilters: searchFilters(tagSummaries, archive.articles),
    searchBundleUrls,
    feedArticles: archive.articles.slice(0, feedSize),
  };
}
