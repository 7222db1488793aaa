/**
 * The archive by year and month, as the archive, year and month pages show
 * it: dated articles only (a date is never invented), years and months
 * newest first, each month's articles in archive order.
 */
import { formatDate } from "./format.ts";
import type { ShownArticle } from "./page-kind.ts";

export interface MonthGroup {
  /** `YYYY-MM`. */
  month: string;
  label: string;
  /** Fragment id of the month's section on its year page. */
  anchor: string;
  articles: ShownArticle[];
}

export interface YearGroup {
  year: string;
  articleCount: number;
  /** Newest first. */
  months: MonthGroup[];
}

/** Fragment id of the undated articles' section on the archive page. */
export const undatedAnchor = "undated";

export function calendarOf(articles: readonly ShownArticle[]): YearGroup[] {
  const byMonth = new Map<string, ShownArticle[]>();
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
  return [...byYear.keys()]
    .sort()
    .reverse()
    .map((year) => {
      const months = byYear.get(year) ?? [];
      return { year, articleCount: months.reduce((total, group) => total + group.articles.length, 0), months };
    });
}
