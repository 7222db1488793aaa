/**
 * The search index in shards. Pagefind cannot change an index once written,
 * only write a new one whole, and at 10,000 articles that takes seconds. So
 * articles are dealt into shards by a hash of their address: the same article
 * always lands in the same shard, adding or editing one article changes one
 * shard, and a rebuild writes that shard while carrying the others over
 * unchanged. The search page merges the shards in the browser (Pagefind's
 * `mergeIndex`). Few shards keep a search to few requests; a shard of a few
 * hundred articles is quick to write and bounds Pagefind's memory.
 */
import type { Article } from "../model/article.ts";
import { sha256Hex } from "../record/identity.ts";

const searchBundleFolder = "pagefind";
const articlesPerShard = 64;
const maxShards = 16;

export interface SearchShard {
  /** Site-relative address of the shard's Pagefind bundle, ending in `/`. */
  url: string;
  /** In archive order. */
  articles: Article[];
}

export function searchShardCount(articleCount: number): number {
  return Math.min(maxShards, Math.max(1, Math.ceil(articleCount / articlesPerShard)));
}

/** The shards that hold some article, in shard order; one empty shard for an empty archive, so search still loads. */
export function searchShards(articles: readonly Article[]): SearchShard[] {
  const count = searchShardCount(articles.length);
  const shards = Array.from({ length: count }, (_, shard) => ({ url: `/${searchBundleFolder}/${shard}/`, articles: [] as Article[] }));
  for (const article of articles) {
    const shard = Number.parseInt(sha256Hex(article.url).slice(0, 8), 16) % count;
    shards[shard]?.articles.push(article);
  }
  const filled = shards.filter((shard) => shard.articles.length > 0);
  return filled.length > 0 ? filled : shards.slice(0, 1);
}
