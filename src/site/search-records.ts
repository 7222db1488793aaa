/**
 * What the search index holds for each article: its title and body text, its
 * tags grouped by kind and its year as filters. Built from the page data
 * rather than read back from the rendered HTML, so indexing needs no page on
 * disk and can run beside rendering; navigation and other chrome can never
 * reach the index.
 */
import type { Article } from "../model/article.ts";
import { groupTagsByKind } from "./tag-groups.ts";

export interface SearchRecord {
  /** Site-relative: the search page gives Pagefind the path prefix as its base URL. */
  url: string;
  content: string;
  /** ISO 639-1: Pagefind keeps one index per language. */
  language: string;
  meta: { title: string };
  filters: Record<string, string[]>;
}

/** The value of the `Year` filter an article carries. */
export function searchYear(article: Pick<Article, "date">): string {
  return article.date?.slice(0, 4) ?? "Undated";
}

export function searchRecords(articles: readonly Article[]): SearchRecord[] {
  return articles.map((article) => ({
    url: article.url,
    content: [article.title, ...article.paragraphs].join("\n\n"),
    language: (article.lang ?? "en").split("-")[0]?.toLowerCase() ?? "en",
    meta: { title: article.title },
    filters: {
      ...Object.fromEntries(groupTagsByKind(article.tags).map((group) => [group.label, group.tags.map((tag) => tag.name)])),
      Year: [searchYear(article)],
    },
  }));
}
