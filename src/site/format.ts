/** Reader-facing wording of record values, in one place for every page. */
import type { Article } from "../model/article.ts";

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `2024-05-16` as "16 May 2024"; `2022-02` as "February 2022". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  const monthName = months[Number(month) - 1] ?? month ?? "";
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function dateLabel(article: Pick<Article, "date" | "notBefore">): string {
  if (article.date) return formatDate(article.date);
  return article.notBefore ? `Date unknown (after ${formatDate(article.notBefore)})` : "Date unknown";
}

export function readingTimeLabel(minutes: number): string {
  return `${minutes} min read`;
}

export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
