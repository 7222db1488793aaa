/**
 * Pages rendered by Eleventy and written by the `ContentWriter`. Eleventy
 * runs one template, `templates/pages.11ty.ts`, paginated over the pages of a
 * run, each rendered by its kind's template; the project's `.eleventy.ts`
 * does the wiring. Eleventy returns the pages (`toJSON`) rather than writing
 * them, so one writer touches the output folder.
 *
 * Eleventy keeps every page of a run in memory until the run ends (about
 * 40 KB a page), so when there are more pages than fit in one run they are
 * rendered in runs of a bounded size. Before each run the garbage of what
 * came before is collected, where the process allows it (`--expose-gc`, which
 * `npm run build` and `npm start` pass): V8 otherwise lets it pile up, and the
 * heap grew to 700 MB at 10,000 articles with 120 MB of it alive. Memory then
 * stays flat however many articles there are; smaller archives take one run.
 *
 * The stylesheet, script and icon are copied here rather than by Eleventy's
 * passthrough copy, which goes on copying after a template has failed the
 * run, into a folder the failed build has already removed, and then fails
 * the process from outside any promise the build holds.
 */
import path from "node:path";
import type { ContentWriter } from "../output/content-writer.ts";
import { projectRoot } from "../project-root.ts";
import type { PlannedPage, Site } from "./page-kind.ts";

const templatesDir = path.join(projectRoot, "templates");
const pagesTemplate = path.join(templatesDir, "pages.11ty.ts");
const assetsFolder = path.join(templatesDir, "assets");

/**
 * Eleventy takes about half a second to import, mostly waiting on files and
 * tsx's loader thread. Started when this module loads, at the start of a
 * build, it loads while the seeds are read and parsed instead of after.
 */
const eleventyLoaded = import("@11ty/eleventy");
// A failed import fails the first render; until then it must not count as an unhandled rejection.
eleventyLoaded.catch(() => {});

/** Pages per run when they do not fit in one: small runs bound memory, and each run costs a few tenths of a second. */
export const pagesPerRunByDefault = 2_500;

/**
 * Up to this many pages are rendered in one run: a 1,000-article archive has
 * about 2,700, and splitting them cost it two more runs, each a few tenths
 * of a second, and a full collection before each.
 */
export const pagesInOneRunByDefault = 5_000;

async function runEleventy(pages: readonly PlannedPage[], site: Site, outputDir: string): Promise<{ url: string; content: string }[]> {
  const { default: Eleventy } = await eleventyLoaded;
  const eleventy = new Eleventy(pagesTemplate, outputDir, {
    configPath: path.join(projectRoot, ".eleventy.ts"),
    quietMode: true,
    config(config) {
      config.addGlobalData("pages", pages);
      config.addGlobalData("site", site);
    },
  });
  // The build report and `npm start` say what was written, one line each; Eleventy's own summary line would be a second.
  eleventy.disableLogger();
  return eleventy.toJSON();
}

export interface RenderOptions {
  pagesPerRun?: number;
  /** Up to this many pages in all, one run renders everything. */
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

/** Renders `pages` and writes them, with the site's assets, through `writer`. */
export async function renderPages(pages: readonly PlannedPage[], site: Site, writer: ContentWriter, options: RenderOptions = {}): Promise<void> {
  const { pagesPerRun = pagesPerRunByDefault, pagesInOneRun = pagesInOneRunByDefault } = options;
  writer.copyFolder(assetsFolder, "/assets/");
  // More than fit in one run: first the pages made on every build (index pages, feeds, the export), so the export (45 MB at
  // 10,000 articles) shares its run with no batch of 2,500 others (120 MB more at the peak when it did), then the rest in batches.
  const runs = pages.length <= pagesInOneRun ? [pages] : [pages.filter((page) => !page.reusable), ...batchesOf(pages.filter((page) => page.reusable), pagesPerRun)];
  for (const run of runs) {
    if (runs.length > 1) collectGarbage();
    for (const page of await runEleventy(run, site, writer.folder)) writer.write(page.url, page.content);
  }
}
