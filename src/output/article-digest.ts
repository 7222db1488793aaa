/**
 * The hash standing for an article's record in the digests of pages and
 * search shards, so each record is hashed once however many pages show it,
 * and fingerprinting reads the archive's text once rather than once per page.
 */
import type { ArticleDigest, ShownArticle } from "../site/page-kind.ts";
import { fingerprintOf } from "./reuse-outputs.ts";

/**
 * Two parts of a record are left out. The body (paragraphs and HTML, nine
 * tenths of a record) comes from the parser alone (building the archive never
 * changes it, `tests/archive/build-archive.test.ts`), so the seed's content hash and path
 * in the record stand for it, as long as the parser is the same, which the
 * build's output record checks (`src/build.ts`). The links to other articles
 * (`related`, `versionOf`) shift whenever articles are added; pages never
 * show them from the record (`ShownArticle`), and an article page shows them
 * from its own entry, which its digest holds.
 */
function articleFingerprint(article: ShownArticle): string {
  return fingerprintOf({ ...article, paragraphs: null, html: null, related: null, versionOf: null });
}

/**
 * Hashes each article once however often it is asked for, by id: the record
 * an article has before it is linked to others and the one after differ only
 * in the links the hash leaves out, so the search index and the pages share
 * one hash per article.
 */
export function articleHasher(): ArticleDigest {
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
