/** Tags grouped by kind, in the order and with the names every page uses, and the archive's tags counted. */
import type { TagEntry } from "../archive/build-archive.ts";
import type { Tag, TagKind } from "../model/article.ts";

export interface TagGroup<T> {
  kind: TagKind;
  label: string;
  tags: T[];
}

export interface TagCount {
  tag: Tag;
  count: number;
}

const kindLabels: Record<TagKind, string> = {
  person: "People",
  place: "Places",
  organization: "Organisations",
  topic: "Topics",
};
const kindOrder: TagKind[] = ["person", "place", "organization", "topic"];

export function groupByKind<T>(items: readonly T[], kindOf: (item: T) => TagKind): TagGroup<T>[] {
  return kindOrder
    .map((kind) => ({ kind, label: kindLabels[kind], tags: items.filter((item) => kindOf(item) === kind) }))
    .filter((group) => group.tags.length > 0);
}

/** An article's tags as its page and its search record group them. */
export function groupTagsByKind(tags: readonly Tag[]): TagGroup<Tag>[] {
  return groupByKind(tags, (tag) => tag.kind);
}

/** Every tag with its number of articles, most used first, then by name. */
export function countTags(tags: readonly TagEntry[]): TagCount[] {
  return tags
    .map((entry) => ({ tag: entry.tag, count: entry.articles.length }))
    .sort((a, b) => b.count - a.count || (a.tag.name < b.tag.name ? -1 : a.tag.name > b.tag.name ? 1 : 0));
}
