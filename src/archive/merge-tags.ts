/**
 * One entity, one tag, across the archive. Each article's tags were chosen
 * from its own text; here the archive settles what no single article can:
 *
 * - a person named with and without middle names or initials ("John F.
 *   Kennedy", "John Kennedy", "John Fitzgerald Kennedy") is one tag, under the
 *   form most articles use;
 * - an organisation with and without its company suffix ("Coty Inc.",
 *   "Coty") is one tag;
 * - a surname or given name used alone ("Kennedy", "Wang") joins the one
 *   full name it can mean: the only one among the articles that share
 *   another tag with it, or else the one the archive uses far more often than
 *   any other ("Kennedy" is John F. Kennedy, not Robert F. Kennedy, in a 1961
 *   archive; "Berry" in a story about Dallas politics is not the "William
 *   Berry Jr." of one Atlanta divorce story);
 * - a tag has one kind everywhere: the one most articles give it.
 *
 * Every choice depends only on the set of articles, never on their order, so
 * a rebuild after adding, editing or deleting seeds gives what a clean build
 * of the same seeds gives.
 */
import type { Article, Tag } from "../model/article.ts";
import { coreNameParts, organizationBase, personKey } from "../entities/name-parts.ts";

/** A full name used by this many articles, and this many times as often as any other with the same surname, is what the surname alone means. */
const commonNameArticles = 3;
const dominance = 3;

interface Usage {
  tag: Tag;
  /** Articles carrying the tag. */
  articles: number;
  /** Slugs of the other tags on those articles. */
  context: Set<string>;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The most used form, then the longest, then the first in alphabetical order: the same whatever order the articles come in. */
function preferred(usages: readonly Usage[]): Usage {
  return [...usages].sort((a, b) => b.articles - a.articles || b.tag.name.length - a.tag.name.length || compareText(a.tag.name, b.tag.name))[0] as Usage;
}

function collectUsage(articles: readonly Article[]): Map<string, Usage> {
  const usage = new Map<string, Usage>();
  const kinds = new Map<string, Map<Tag["kind"], number>>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const known = usage.get(tag.slug);
      // The name as most often written; ties go to the alphabetically first, as order must not matter.
      const entry = known ?? { tag, articles: 0, context: new Set<string>() };
      if (known && compareText(tag.name, known.tag.name) < 0) entry.tag = { ...entry.tag, name: tag.name };
      entry.articles += 1;
      for (const other of article.tags) if (other.slug !== tag.slug) entry.context.add(other.slug);
      usage.set(tag.slug, entry);
      const byKind = kinds.get(tag.slug) ?? new Map<Tag["kind"], number>();
      kinds.set(tag.slug, byKind.set(tag.kind, (byKind.get(tag.kind) ?? 0) + 1));
    }
  }
  for (const [slug, byKind] of kinds) {
    const [kind] = [...byKind].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0] ?? [];
    const entry = usage.get(slug);
    if (entry && kind) entry.tag = { ...entry.tag, kind };
  }
  return usage;
}

/** Groups of slugs that name one entity, each mapped to the group's tag. */
function groupForms(usage: ReadonlyMap<string, Usage>, keyOf: (tag: Tag) => string | null, into: Map<string, Tag>): void {
  const groups = new Map<string, Usage[]>();
  for (const entry of usage.values()) {
    const key = keyOf(entry.tag);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const target = preferred(group).tag;
    for (const entry of group) if (entry.tag.slug !== target.slug) into.set(entry.tag.slug, target);
  }
}

/** Middle names and initials that do not contradict each other: "John F. Kennedy" and "John Kennedy", not "John F. Kennedy" and "John A. Kennedy". */
function middleOf(name: string): string {
  const words = name.split(" ").filter((word) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(word));
  return words
    .slice(1, -1)
    .map((word) => word.charAt(0))
    .join("");
}

function fullNameKey(tag: Tag): string | null {
  if (tag.kind !== "person") return null;
  const key = personKey(tag.name);
  return key === null ? null : `${key}|${middleOf(tag.name)}`;
}

/** Full names by their first and last name parts, each the tag it finally merges into. */
function fullNamesByPart(usage: ReadonlyMap<string, Usage>, merged: ReadonlyMap<string, Tag>): Map<string, Usage[]> {
  const byPart = new Map<string, Usage[]>();
  for (const entry of usage.values()) {
    if (entry.tag.kind !== "person" || !entry.tag.name.includes(" ") || merged.has(entry.tag.slug)) continue;
    const parts = coreNameParts(entry.tag.name);
    for (const part of new Set([parts[0] ?? "", parts[parts.length - 1] ?? ""])) byPart.set(part, [...(byPart.get(part) ?? []), entry]);
  }
  return byPart;
}

/** Slug -> the tag it finally is: itself with its archive-wide kind and name, or the tag it is another form of. */
export function tagMerges(articles: readonly Article[]): Map<string, Tag> {
  const usage = collectUsage(articles);
  const merged = new Map<string, Tag>();
  groupForms(usage, fullNameKey, merged);
  // Middle names: "John Kennedy" joins "John F. Kennedy" when no other middle name competes.
  const byName = new Map<string, Usage[]>();
  for (const entry of usage.values()) {
    const key = entry.tag.kind === "person" ? personKey(entry.tag.name) : null;
    if (key !== null && !merged.has(entry.tag.slug)) byName.set(key, [...(byName.get(key) ?? []), entry]);
  }
  for (const group of byName.values()) {
    const withMiddle = group.filter((entry) => middleOf(entry.tag.name) !== "");
    const without = group.filter((entry) => middleOf(entry.tag.name) === "");
    const target = withMiddle.length === 1 ? withMiddle[0] : undefined;
    if (target) for (const entry of without) merged.set(entry.tag.slug, target.tag);
  }
  groupForms(usage, (tag) => (tag.kind === "organization" ? organizationBase(tag.name).toLowerCase() : null), merged);

  const fullNames = fullNamesByPart(usage, merged);
  for (const entry of usage.values()) {
    if (entry.tag.kind !== "person" || entry.tag.name.includes(" ")) continue;
    const candidates = fullNames.get(entry.tag.name) ?? [];
    const sharing = candidates.filter((candidate) => [...entry.context].some((slug) => candidate.context.has(slug) || slug === candidate.tag.slug));
    const pool = [...(sharing.length > 0 ? sharing : candidates)].sort((a, b) => b.articles - a.articles || compareText(a.tag.slug, b.tag.slug));
    const [top, runnerUp] = pool;
    const dominant = top && top.articles >= commonNameArticles && top.articles >= dominance * (runnerUp?.articles ?? 0) ? top : undefined;
    const target = sharing.length === 1 ? sharing[0] : dominant;
    if (target) merged.set(entry.tag.slug, target.tag);
  }
  // A merge target may itself have merged: follow to the end, and give every tag its archive-wide kind.
  const final = (tag: Tag): Tag => {
    let current = tag;
    for (let seen = 0; merged.has(current.slug) && seen < merged.size; seen++) current = merged.get(current.slug) ?? current;
    return usage.get(current.slug)?.tag ?? current;
  };
  return new Map([...usage.values()].map((entry) => [entry.tag.slug, final(entry.tag)]));
}

function sameTag(a: Tag, b: Tag): boolean {
  return a.slug === b.slug && a.kind === b.kind && a.name === b.name;
}

/** The articles with every tag replaced by the one it merges into, each tag once. */
export function mergeTagsAcrossArchive(articles: readonly Article[]): Article[] {
  const merges = tagMerges(articles);
  return articles.map((article) => {
    if (article.tags.every((tag) => sameTag(merges.get(tag.slug) ?? tag, tag))) return article;
    const tags = new Map<string, Tag>();
    for (const tag of article.tags) {
      const target = merges.get(tag.slug) ?? tag;
      if (!tags.has(target.slug)) tags.set(target.slug, target);
    }
    return { ...article, tags: [...tags.values()] };
  });
}
