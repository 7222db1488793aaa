/**
 * Archive to pages: everything the templates present, computed here so that
 * templates only present it. Eleventy paginates over these lists with one
 * template per kind of page.
 */
import type { Archive, TagEntry } from "../archive/build-archive.ts";
import { paginate, type Listing } from "../archive/paginate.ts";
import type { Article, Tag, TagKind } from "../record/article.ts";

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

export interface ArticlePage {
  article: Article;
  /** The neighbours in archive order. */
  newer: ArticleLink | null;
  older: ArticleLink | null;
  related: ArticleLink[];
  tagsByKind: TagGroup<Tag>[];
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

export interface SiteData {
  site: SiteSettings;
  articlePages: ArticlePage[];
  indexPages: Listing<Article>[];
  tagPages: TagListing[];
  tagGroups: TagGroup<TagSummary>[];
  /** The records as exported in `articles.json`. */
  records: Article[];
}

export const pageSize = 20;

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

export function buildSiteData(archive: Archive, site: SiteSettings): SiteData {
  const byId = new Map(archive.articles.map((article) => [article.id, article]));
  const articlePages = archive.articles.map((article, index) => ({
    article,
    newer: link(archive.articles[index - 1]),
    older: link(archive.articles[index + 1]),
    related: article.related.flatMap((id) => link(byId.get(id)) ?? []),
    tagsByKind: groupByKind(article.tags, (tag) => tag.kind),
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
  };
}
