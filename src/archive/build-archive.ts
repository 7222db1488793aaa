/**
 * Records to archive: the archive-wide decisions no single seed can make.
 * Duplicate ids are refused (the first file by path keeps the id), slugs are
 * made unique, tags are merged across articles (`merge-tags.ts`: "Putin"
 * joins "Vladimir Putin" when the archive knows him by full name), a text another seed
 * already has is published once, related articles and versions of one story
 * are found, and the reading order and the tag index are computed once here,
 * so pages only present them.
 */
import { derivedSlug, sha256Hex } from "../record/identity.ts";
import type { Article, Tag } from "../model/article.ts";
import { articleRoute } from "../model/route.ts";
import type { SeedProblem } from "../seeds/problem.ts";
import { refuseDuplicateBodies } from "./duplicate-bodies.ts";
import { mergeTagsAcrossArchive } from "./merge-tags.ts";
import { findRelated } from "./related.ts";
import { findVersions } from "./same-story.ts";

export interface TagEntry {
  tag: Tag;
  /** Articles carrying the tag, in archive order. */
  articles: Article[];
}

export interface Archive {
  /** Every published article, in archive order: dated newest first, then undated. */
  articles: Article[];
  /** Every tag, by slug, sorted by slug. */
  tags: TagEntry[];
  /** Seeds refused at this stage (duplicate ids, copies of another seed's text). */
  rejected: SeedProblem[];
  /** Decisions about seeds that were published all the same. */
  notices: SeedProblem[];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dated articles newest first; undated after them, by the date the text implies, then in seed order. */
export function compareArchiveOrder(a: Article, b: Article): number {
  if (a.date && b.date) return compareText(b.date, a.date) || compareText(a.sourceFile, b.sourceFile);
  if (a.date) return -1;
  if (b.date) return 1;
  if (a.notBefore && b.notBefore && a.notBefore !== b.notBefore) return compareText(b.notBefore, a.notBefore);
  if (a.notBefore && !b.notBefore) return -1;
  if (!a.notBefore && b.notBefore) return 1;
  return compareText(a.sourceFile, b.sourceFile);
}

function refuseDuplicateIds(bySeedOrder: Article[], rejected: SeedProblem[]): Article[] {
  const owner = new Map<string, Article>();
  return bySeedOrder.filter((article) => {
    const key = article.id.normalize("NFC").toLowerCase();
    const first = owner.get(key);
    if (!first) {
      owner.set(key, article);
      return true;
    }
    rejected.push({ file: article.sourceFile, line: null, message: `duplicate id "${article.id}": ${first.sourceFile} already uses it; give one of them another id` });
    return false;
  });
}

/**
 * Derived slugs contain the id, so they clash only in the rare case where one
 * article's id ends another's title ("Budget" + "agreed-x" against "Budget
 * agreed" + "x"); the later file by path then gets a hash of its id as well.
 * A slug set in front matter may clash with another article's: it then falls
 * back to the derived slug. Every move is reported, and no two articles share
 * an address.
 */
function settleSlugs(bySeedOrder: Article[], notices: SeedProblem[]): Article[] {
  const taken = new Set<string>();
  const move = (article: Article, slug: string): Article => {
    const url = articleRoute.url({ slug });
    notices.push({ file: article.sourceFile, line: null, message: `slug "${article.slug}" is already used by another article; this one is published at ${url}` });
    return { ...article, slug, url, warnings: [...article.warnings, `slug "${article.slug}" was taken; published as "${slug}"`] };
  };
  const unclaimed = (article: Article): string => {
    const derived = derivedSlug(article.title, article.id);
    return taken.has(derived) ? `${derived}-${sha256Hex(article.id).slice(0, 8)}` : derived;
  };
  const withDerivedSlug = new Set(bySeedOrder.filter((article) => article.slug === derivedSlug(article.title, article.id)));
  const settled = new Map<Article, Article>();
  for (const article of [...withDerivedSlug, ...bySeedOrder.filter((article) => !withDerivedSlug.has(article))]) {
    const result = taken.has(article.slug) ? move(article, unclaimed(article)) : article;
    taken.add(result.slug);
    settled.set(article, result);
  }
  return bySeedOrder.map((article) => settled.get(article) ?? article);
}

function indexTags(articles: Article[]): TagEntry[] {
  const entries = new Map<string, TagEntry>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const entry = entries.get(tag.slug) ?? { tag, articles: [] };
      entry.articles.push(article);
      entries.set(tag.slug, entry);
    }
  }
  return [...entries.values()].sort((a, b) => compareText(a.tag.slug, b.tag.slug));
}

/**
 * An archive before its articles are linked to each other: every article,
 * address and tag is final, only `related` and `versionOf` are still unset.
 * Its articles are all a search index needs, so a build can start indexing
 * here while the links, the slowest archive-wide step, are worked out.
 */
export interface SettledArchive {
  /** Every published article, in archive order. */
  articles: Article[];
  /** The same articles, in seed order, the order links are found in. */
  bySeedOrder: Article[];
  rejected: SeedProblem[];
  notices: SeedProblem[];
}

export function settleArchive(records: readonly Article[]): SettledArchive {
  const rejected: SeedProblem[] = [];
  const notices: SeedProblem[] = [];
  const bySeedOrder = [...records].sort((a, b) => compareText(a.sourceFile, b.sourceFile));
  const unique = refuseDuplicateBodies(refuseDuplicateIds(bySeedOrder, rejected), rejected);
  const settled = mergeTagsAcrossArchive(settleSlugs(unique, notices));
  return { articles: [...settled].sort(compareArchiveOrder), bySeedOrder: settled, rejected, notices };
}

function withLinks({ articles, rejected, notices }: SettledArchive, related: Map<string, string[]>, versions: Map<string, string>): Archive {
  const linked = articles.map((article) => ({ ...article, related: related.get(article.id) ?? [], versionOf: versions.get(article.id) ?? null }));
  return { articles: linked, tags: indexTags(linked), rejected, notices };
}

/** Related articles and story versions need the whole archive, so they are found here, in seed order. */
export function linkArchive(settled: SettledArchive): Archive {
  return withLinks(settled, findRelated(settled.bySeedOrder), findVersions(settled.bySeedOrder));
}

/**
 * `linkArchive`, with the versions found elsewhere (`findVersions` on
 * `bySeedOrder`, in a worker thread: `src/concurrency/workers/find-versions.ts`) while this
 * thread finds the related articles.
 */
export async function linkArchiveBeside(settled: SettledArchive, versions: Promise<Map<string, string>>): Promise<Archive> {
  const related = findRelated(settled.bySeedOrder);
  return withLinks(settled, related, await versions);
}

export function buildArchive(records: readonly Article[]): Archive {
  return linkArchive(settleArchive(records));
}
