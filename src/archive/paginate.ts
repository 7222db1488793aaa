/** Splits an ordered list into numbered pages with the links between them. */
import { pageUrl } from "../model/route.ts";

export interface Listing<T> {
  items: T[];
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
  url: string;
  previousUrl: string | null;
  nextUrl: string | null;
}

export function paginate<T>(items: readonly T[], pageSize: number, baseUrl: string): Listing<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) => {
    const pageNumber = index + 1;
    return {
      items: items.slice(index * pageSize, (index + 1) * pageSize),
      pageNumber,
      pageCount,
      url: pageUrl(baseUrl, pageNumber),
      previousUrl: pageNumber > 1 ? pageUrl(baseUrl, pageNumber - 1) : null,
      nextUrl: pageNumber < pageCount ? pageUrl(baseUrl, pageNumber + 1) : null,
    };
  });
}
