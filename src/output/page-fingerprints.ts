/**
 * Fingerprints of the pages that can be carried over from the previous site:
 * article pages and tag pages, each a pure function of its entry in the site
 * data and the site settings (what their templates read). Each article record
 * is hashed once and its hash stands for it wherever it appears, on its own
 * page and on every tag page listing it, so fingerprinting reads the
 * archive's text once rather than once per page.
 */
import { createHash } from "node:crypto";
import type { Article } from "../record/article.ts";
import type { SiteData } from "../site/site-data.ts";
import { fingerprintOf, type ReusableOutput } from "./reuse-outputs.ts";

export interface PageOutputs {
  articlePages: ReusableOutput[];
  tagPages: ReusableOutput[];
  /** The hash of one article's record, computed once however often it is asked for. */
  articleHash(article: Article): string;
}

/**
 * A hash of every field of an article. The body text (paragraphs, HTML,
 * summary) is hashed as it is, each string prefixed with its length so no
 * two records hash alike by shifting text between fields, and in UTF-16 so
 * every string, even one with a lone surrogate, keeps its own bytes; only
 * the small structured fields go through JSON. At 10,000 articles this is a
 * third of the time of hashing the record's JSON.
 */
function articleFingerprint(article: Article): string {
  const hash = createHash("sha256");
  const addText = (text: string): void => {
    hash.update(`${text.length}:`).update(text, "utf16le");
  };
  for (const [field, value] of Object.entries(article)) {
    addText(field);
    if (typeof value === "string") {
      hash.update("s");
      addText(value);
    } else if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
      hash.update(`a${value.length}:`);
      for (const item of value) addText(item);
    } else {
      hash.update("j");
      addText(JSON.stringify(value) ?? "undefined");
    }
  }
  return hash.digest("hex");
}

export function pageOutputs({ site, articlePages, tagPages }: SiteData): PageOutputs {
  const articleHashes = new Map<Article, string>();
  const hashOf = (article: Article): string => {
    let hash = articleHashes.get(article);
    if (hash === undefined) {
      hash = articleFingerprint(article);
      articleHashes.set(article, hash);
    }
    return hash;
  };
  return {
    articleHash: hashOf,
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
