/**
 * Pages from site data, rendered by Eleventy into a folder. The project's
 * `.eleventy.ts` does the wiring; the archive is handed over as global data,
 * so Eleventy paginates over typed records and no file is written per article
 * into its input folder.
 *
 * Eleventy keeps every page of a run in memory until the run ends (about
 * 40 KB a page), so when there are more article and tag pages than fit in
 * one run they are rendered in batches: one run renders every other page
 * (with the whole archive as data), then each further run only the article
 * or the tag template over the next batch. Before each run the garbage of
 * what came before is collected, where the process allows it (`--expose-gc`,
 * which `npm run build` and `npm start` pass): V8 otherwise lets it pile up,
 * and the heap grew to 700 MB at 10,000 articles with 120 MB of it alive.
 * Memory then stays flat however many articles there are; smaller archives
 * take one run.
 *
 * The stylesheet, script and icon are copied here rather than by Eleventy's
 * passthrough copy, which goes on copying after a template has failed the
 * run, into a folder the failed build has already removed, and then fails
 * the process from outside any promise the build holds.
 *
 * Article and tag pages can be carried over from the previous site
 * (`src/output/reuse-outputs.ts`), so a build may render only some of them.
 */
import { cp } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../project-root.ts";
import type { ArticlePage, SiteData, TagListing } from "./site-data.ts";


const templatesDir = path.join(projectRoot, "templates");
const articleTemplate = path.join(templatesDir, "article.11ty.ts");
const tagTemplate = path.join(templatesDir, "tag.11ty.ts");
const assetsFolder = path.join(templatesDir, "assets");

/**
 * Eleventy takes about half a second to import, mostly waiting on files and
 * tsx's loader thread. Started when this module loads, at the start of a
 * build, it loads while the seeds are read and parsed instead of after.
 */
const eleventyLoaded = import("@11ty/eleventy");
// A failed import fails the first render; until then it must not count as an unhandled rejection.
eleventyLoaded.catch(() => {});

/** Article and tag pages per run: small batches bound memory, and each run costs a few tenths of a second. */
export const pagesPerRunByDefault = 2_500;

/**
 * Up to this many article and tag pages are rendered in one run, batches
 * or not: a 1,000-article archive has about 2,600, and splitting them cost
 * it two more runs, each a few tenths of a second, and a full collection
 * before each.
 */
export const pagesInOneRunByDefault = 5_000;

/**
 * The pages a run writes, of the kinds that are carried over from the
 * previous site when unchanged; the templates of those kinds paginate over
 * these lists, while every other template sees the whole archive.
 */
export interface PagesToRender {
  articlePages: readonly ArticlePage[];
  tagPages: readonly TagListing[];
}

async function runEleventy(input: string, siteData: SiteData, pages: PagesToRender, outputDir: string): Promise<void> {
  const { default: Eleventy } = await eleventyLoaded;
  const eleventy = new Eleventy(input, outputDir, {
    configPath: path.join(projectRoot, ".eleventy.ts"),
    quietMode: true,
    config(config) {
      config.addGlobalData("archive", siteData);
      config.addGlobalData("render", pages);
    },
  });
  // The build report and `npm start` say what was written, one line each; Eleventy's own summary line would be a second.
  eleventy.disableLogger();
  await eleventy.write();
}

export interface RenderOptions {
  /** The pages of those kinds to render, when the others are already in the folder; all of them by default. */
  pages?: PagesToRender;
  pagesPerRun?: number;
  /** Up to this many article and tag pages in all, one run renders everything. */
  pagesInOneRun?: number;
}

function batchesOf<T>(items: readonly T[], size: number): (readonly T[])[] {
  const batches: (readonly T[])[] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/** `global.gc` is there only when Node was started with `--expose-gc`. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function renderSite(siteData: SiteData, outputDir: string, options: RenderOptions = {}): Promise<void> {
  const { pages = siteData, pagesPerRun = pagesPerRunByDefault, pagesInOneRun = pagesInOneRunByDefault } = options;
  await cp(assetsFolder, path.join(outputDir, "assets"), { recursive: true });
  if (pages.articlePages.length + pages.tagPages.length <= pagesInOneRun) {
    await runEleventy(templatesDir, siteData, pages, outputDir);
    return;
  }
  const runs = [
    { input: templatesDir, pages: { articlePages: [], tagPages: [] } },
    ...batchesOf(pages.articlePages, pagesPerRun).map((batch) => ({ input: articleTemplate, pages: { articlePages: batch, tagPages: [] } })),
    ...batchesOf(pages.tagPages, pagesPerRun).map((batch) => ({ input: tagTemplate, pages: { articlePages: [], tagPages: batch } })),
  ];
  for (const run of runs) {
    collectGarbage();
    await runEleventy(run.input, siteData, run.pages, outputDir);
  }
}
