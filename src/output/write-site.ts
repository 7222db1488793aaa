/**
 * Writes the site into a fresh folder in two independent parts, the search
 * index and the pages: every search shard and page whose fingerprint matches
 * the previous site's is carried over from it, the rest are indexed
 * (Pagefind) and rendered (Eleventy). The search index needs only the
 * settled articles, so a build starts it before it links articles to each
 * other and renders.
 */
import type { Article } from "../model/article.ts";
import type { ArticleDigest } from "../site/page-kind.ts";
import type { SitePlan } from "../site/plan-site.ts";
import { renderPages } from "../site/render-pages.ts";
import { writeSearchIndexInWorkers } from "../site/search-index.ts";
import { searchRecords } from "../site/search-records.ts";
import { searchShards } from "../site/search-shards.ts";
import type { ContentWriter, ReusableOutput } from "./content-writer.ts";
import { fingerprintOf, fingerprintsOf, unchangedOutputs, type CurrentOutputs, type OutputRecord } from "./reuse-outputs.ts";

export interface OutputPlan {
  /** Site-relative address -> fingerprint, for the record of this build. */
  fingerprints: Record<string, string>;
  write(writer: ContentWriter): Promise<void>;
}

/** The outputs to make: those not unchanged, and those unchanged that could not be carried over (a file gone from the previous site). */
function carryOverUnchanged<T extends ReusableOutput>(outputs: readonly T[], unchanged: readonly boolean[], current: CurrentOutputs, writer: ContentWriter): Set<T> {
  const failed = writer.carryOver(
    outputs.filter((_, index) => unchanged[index]),
    current.outputDir,
  );
  return new Set([...outputs.filter((_, index) => !unchanged[index]), ...failed]);
}

/** The search index of `articles` (settled, in archive order), shard by shard. */
export function planSearchIndex(articles: readonly Article[], articleHash: ArticleDigest, previous: OutputRecord | null, current: CurrentOutputs): OutputPlan & { bundleUrls: string[] } {
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
    async write(writer) {
      const toWrite = carryOverUnchanged(bundles, unchanged, current, writer);
      await writeSearchIndexInWorkers(
        writer.folder,
        [...toWrite].map((bundle) => ({ folder: bundle.url, records: searchRecords(bundle.articles), primary: bundle.primary })),
      );
    },
  };
}

/** Every page of the site: those of kinds with a digest carried over when it is unchanged, the rest rendered. */
export function planPages({ site, pages }: SitePlan, articleHash: ArticleDigest, previous: OutputRecord | null, current: CurrentOutputs): OutputPlan {
  // Every page is made with the same site (settings, navigation, routes): hashed once, its hash stands for it in each page's fingerprint.
  const siteHash = fingerprintOf(site);
  const reusable = pages.flatMap((page) =>
    page.reusable ? [{ page, url: page.url, fingerprint: fingerprintOf({ kind: page.kind, entry: page.digest(articleHash), site: siteHash }), shape: "page" as const }] : [],
  );
  const unchanged = unchangedOutputs(reusable, previous, current);
  return {
    fingerprints: fingerprintsOf(reusable),
    async write(writer) {
      const remade = new Set([...carryOverUnchanged(reusable, unchanged, current, writer)].map((output) => output.page));
      await renderPages(
        pages.filter((page) => !page.reusable || remade.has(page)),
        site,
        writer,
      );
    },
  };
}
