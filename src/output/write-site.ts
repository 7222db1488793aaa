/**
 * Writes the site into a fresh folder in two independent parts, the search
 * index and the pages: every search shard and page whose fingerprint matches
 * the previous site's is linked from it, the rest are indexed (Pagefind) and
 * rendered (Eleventy). The search index needs only the settled articles, so a
 * build starts it before it links articles to each other and renders.
 */
import type { Article } from "../model/article.ts";
import { renderSite } from "../site/render-site.ts";
import { writeSearchIndexInWorkers } from "../site/search-index.ts";
import { searchRecords } from "../site/search-records.ts";
import { searchShards } from "../site/search-shards.ts";
import type { SiteData } from "../site/site-data.ts";
import { pageOutputs, type ArticleHash } from "./page-fingerprints.ts";
import { fingerprintOf, linkOutputs, unchangedOutputs, type OutputRecord, type ReusableOutput } from "./reuse-outputs.ts";

export interface OutputPlan {
  /** Site-relative address -> fingerprint, for the record of this build. */
  fingerprints: Record<string, string>;
  write(folder: string): Promise<void>;
}

/** What the previous build's outputs must match to be carried over. */
export interface CurrentOutputs {
  renderer: string;
  outputDir: string;
}

function fingerprintsOf(outputs: readonly ReusableOutput[]): Record<string, string> {
  return Object.fromEntries(outputs.map((output) => [output.url, output.fingerprint]));
}

/** Links the outputs `kept` marks from the previous site into `folder`; returns those that could not be linked (a file gone from the previous site). */
function linkKept<T extends ReusableOutput>(outputs: readonly T[], kept: readonly boolean[], current: CurrentOutputs, folder: string): T[] {
  return linkOutputs(
    outputs.filter((_, index) => kept[index]),
    current.outputDir,
    folder,
  );
}

/** The search index of `articles` (settled, in archive order), shard by shard. */
export function planSearchIndex(
  articles: readonly Article[],
  articleHash: ArticleHash,
  previous: OutputRecord | null,
  current: CurrentOutputs,
): OutputPlan & { bundleUrls: string[] } {
  // A shard's search records are made from its articles' records alone, so their hashes stand for them.
  const bundles = searchShards(articles).map((shard, index) => {
    const primary = index === 0;
    return {
      url: shard.url,
      primary,
      articles: shard.articles,
      fingerprint: fingerprintOf({ primary, articles: shard.articles.map(articleHash) }),
      shape: "bundle",
    } as const;
  });
  const unchanged = unchangedOutputs(bundles, previous, current);
  return {
    bundleUrls: bundles.map((bundle) => bundle.url),
    fingerprints: fingerprintsOf(bundles),
    async write(folder) {
      const unlinked = linkKept(bundles, unchanged, current, folder);
      const toWrite = [...bundles.filter((_, index) => !unchanged[index]), ...unlinked];
      await writeSearchIndexInWorkers(
        folder,
        toWrite.map((bundle) => ({ folder: bundle.url, records: searchRecords(bundle.articles), primary: bundle.primary })),
      );
    },
  };
}

/** Every page of the site. */
export function planPages(siteData: SiteData, articleHash: ArticleHash, previous: OutputRecord | null, current: CurrentOutputs): OutputPlan {
  const pages = pageOutputs(siteData, articleHash);
  const unchanged = {
    articlePages: unchangedOutputs(pages.articlePages, previous, current),
    tagPages: unchangedOutputs(pages.tagPages, previous, current),
  };
  return {
    fingerprints: { ...fingerprintsOf(pages.articlePages), ...fingerprintsOf(pages.tagPages) },
    async write(folder) {
      // A page whose previous file is gone cannot be linked (someone edited the published folder): it is rendered instead.
      const unlinkedArticles = new Set(linkKept(pages.articlePages, unchanged.articlePages, current, folder).map((output) => output.url));
      const unlinkedTags = new Set(linkKept(pages.tagPages, unchanged.tagPages, current, folder).map((output) => output.url));
      await renderSite(siteData, folder, {
        pages: {
          articlePages: siteData.articlePages.filter((entry, index) => !unchanged.articlePages[index] || unlinkedArticles.has(entry.article.url)),
          tagPages: siteData.tagPages.filter((listing, index) => !unchanged.tagPages[index] || unlinkedTags.has(listing.url)),
        },
      });
    },
  };
}
