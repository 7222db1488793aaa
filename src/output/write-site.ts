/**
 * Writes the site into a fresh folder: every page and search shard whose
 * fingerprint matches the previous site's is linked from it, the rest are
 * rendered (Eleventy) and indexed (Pagefind), side by side, since Pagefind
 * runs in a process of its own.
 */
import { allSettled } from "../concurrency/all-settled.ts";
import { renderSite } from "../site/render-site.ts";
import { writeSearchIndexInParallel } from "../site/search-index.ts";
import { searchRecords } from "../site/search-records.ts";
import type { SiteData } from "../site/site-data.ts";
import { pageOutputs } from "./page-fingerprints.ts";
import { fingerprintOf, linkOutputs, unchangedOutputs, type OutputRecord, type ReusableOutput } from "./reuse-outputs.ts";

export interface OutputPlan {
  /** Site-relative address -> fingerprint, for the record of this build. */
  fingerprints: Record<string, string>;
  write(folder: string): Promise<void>;
}

/** What a build will write, given the record of the previous one (`current` says what it must match to be reused). */
export function planOutputs(siteData: SiteData, previous: OutputRecord | null, current: { renderer: string; outputDir: string }): OutputPlan {
  const pages = pageOutputs(siteData);
  // A shard's search records are made from its articles' records alone, so their hashes stand for them.
  const bundles = siteData.searchShards.map((shard, index) => {
    const primary = index === 0;
    return {
      url: shard.url,
      primary,
      pages: shard.pages,
      fingerprint: fingerprintOf({ primary, articles: shard.pages.map((page) => pages.articleHash(page.article)) }),
      shape: "bundle",
    } as const;
  });
  const unchanged = {
    articlePages: unchangedOutputs(pages.articlePages, previous, current),
    tagPages: unchangedOutputs(pages.tagPages, previous, current),
    bundles: unchangedOutputs(bundles, previous, current),
  };

  async function write(folder: string): Promise<void> {
    const link = <T extends ReusableOutput>(outputs: readonly T[], kept: readonly boolean[]): T[] =>
      linkOutputs(
        outputs.filter((_, index) => kept[index]),
        current.outputDir,
        folder,
      );
    // Pagefind runs in a process of its own, so it starts first and indexes while the pages are linked and rendered.
    const unlinkedBundles = link(bundles, unchanged.bundles);
    const indexed = writeSearchIndexInParallel(
      folder,
      [...bundles.filter((_, index) => !unchanged.bundles[index]), ...unlinkedBundles].map((bundle) => ({ folder: bundle.url, records: searchRecords(bundle.pages), primary: bundle.primary })),
    );
    // A page whose previous file is gone cannot be linked (someone edited the published folder): it is rendered instead.
    const unlinkedArticles = new Set(link(pages.articlePages, unchanged.articlePages).map((output) => output.url));
    const unlinkedTags = new Set(link(pages.tagPages, unchanged.tagPages).map((output) => output.url));
    const rendered = renderSite(siteData, folder, {
      pages: {
        articlePages: siteData.articlePages.filter((entry, index) => !unchanged.articlePages[index] || unlinkedArticles.has(entry.article.url)),
        tagPages: siteData.tagPages.filter((listing, index) => !unchanged.tagPages[index] || unlinkedTags.has(listing.url)),
      },
    });
    await allSettled([rendered, indexed]);
  }

  const fingerprints = Object.fromEntries([...pages.articlePages, ...pages.tagPages, ...bundles].map((output) => [output.url, output.fingerprint]));
  return { fingerprints, write };
}
