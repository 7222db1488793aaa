/**
 * Fingerprints of the pages that can be carried over from the previous site:
 * article pages and tag pages, each a pure function of its entry in the site
 * data and the site settings (what their templates read). Each article record
 * is hashed once and its hash stands for it wherever it appears, on its own
 * page and on every tag page listing it, so fingerprinting reads the
 * archive's text once rather than once per page.
 */
import type { Article } from "../model/article.ts";
import type { SiteData } from "../site/site-data.ts";
import { fingerprintOf, type ReusableOutput } from "./reuse-outputs.ts";

export interface PageOutputs {
  articlePages: ReusableOutput[];
  tagPages: ReusableOutput[];
}

/** The hash standing for one article's record (`articleHasher`). */
export type ArticleHash = (article: Article) => string;

/**
 * A hash standing for an article's record wherever it is shown. Two parts
 * are left out. The body (paragraphs and HTML, nine tenths of a record) comes
 * from the parser alone (building the archive never changes it,
 * `tests/archive.test.ts`), so the seed's content hash and path in the record
 * stand for it, as long as the parser is the same, which the build's output
 * record checks (`src/build.ts`). The links to other articles (`related`,
 * `versionOf`) shift whenever articles are added; listings and search records
 * never show them, and an article page shows them from its `ArticlePage`
 * entry, titles and all, which its fingerprint holds.
 */
function articleFingerprint(article: Article): string {
  return fingerprintOf({ ...article, paragraphs: null, html: null, related: null, versionOf: null });
}

/**
 * Hashes each article once however often it is asked for, by id: the record
 * an article has before it is linked to others and the one after differ only
 * in the links the hash leaves out, so the search index and the pages share
 * one hash per article.
 */
export function articleHasher(): ArticleHash {
  const hashes = new Map<string, string>();
  return (article) => {
    let hash = hashes.get(article.id);
    if (hash === undefined) {
      hash = articleFingerprint(article);
      hashes.set(article.id, hash);
    }
    return hash;
  };
}

export function pageOutputs({ site, articlePages, tagPages }: SiteData, articleHash: ArticleHash): PageOutputs {
  return {
    articlePages: articlePages.map((entry) => ({
      url: entry.article.url,
      fingerprint: fingerprintOf({ ...entry, article: articleHash(entry.article), site }),
      shape: "page",
    })),
    tagPages: tagPages.map((listing) => ({
      url: listing.url,
      fingerprint: fingerprintOf({ ...listing, items: listing.items.map(articleHash), site }),
      shape: "page",
    })),
  };
}
