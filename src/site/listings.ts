/** Lists of articles in pages of a fixed size: the index and each tag's pages. */
import { paginate, type Listing } from "../archive/paginate.ts";
import type { ShownArticle } from "./page-kind.ts";

export const articlesPerPage = 20;

/** Pages of `articles` (in archive order), the first at `baseUrl`. */
export function articleListings(articles: readonly ShownArticle[], baseUrl: string): Listing<ShownArticle>[] {
  return paginate(articles, articlesPerPage, baseUrl);
}
