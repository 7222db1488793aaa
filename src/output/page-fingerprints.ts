/**
 * Fingerprints of the pages that can be carried over from the previous site:
 * article pages and tag pages, each a pure function of its entry in the site
 * data and the site settings (what their templates read). Each article record
 * is hashed once and its hash stands for it wherever it appears, on its own
 * page and on every tag page listing it, so fingerprinting reads the
 * archive's text once rather than once per page.
 */
import type { Article } from "../record/article.ts";
import type { SiteData } from "../site/site-data.ts";
import { fingerprintOf, type ReusableOutput } from "./reuse-outputs.ts";

export interface PageOutputs {
  articlePages: ReusableOutput[];
  tagPages: ReusableOutput[];
}

export function pageOutputs({ site, articlePages, tagPages }: SiteData): PageOutputs {
  const articleHashes = new Map<Article, string>();
  const hashOf = (article: Article): string => {
    let hash = articleHashes.get(article);
    if (hash === undefined) {
      hash = fingerprintOf(article);
      articleHashes.set(article, hash);
    }
    return hash;
  };
  return {
    articlePages: articlePages.map((entry) => ({
      url: entry.article.url,
      fingerprint: fingerprintOf({ ...entry, article: hashOf(entry.article), site }),
      shape: "page",
    })),
    tagPages: tagPages.map((listing) => ({
      url: listing.url,
      fingerprint: fingerprintOf({ ...listing, items: listing.items.map(hashOf), site }),
      shape: "page",
    })),
  };
}
