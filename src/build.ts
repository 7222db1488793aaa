/**
 * A whole build: seeds -> records -> archive -> pages, written into the output
 * folder in one swap, with the report written beside the other build state.
 */
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { linkArchive, linkArchiveBeside, type Archive } from "./archive/build-archive.ts";
import { parserVersion, rendererVersion, seedSettingsHash } from "./cache/fingerprint.ts";
import { openParseCache, type CacheStats } from "./cache/parse-cache.ts";
import { allSettled } from "./concurrency/all-settled.ts";
import { startWorker } from "./concurrency/worker-thread.ts";
import { versionSources, type default as findVersions } from "./concurrency/workers/find-versions.ts";
import { ConfigError, type BuildOptions } from "./config.ts";
import { settleSeeds } from "./load-archive.ts";
import { articleHasher } from "./output/article-digest.ts";
import { ContentWriter } from "./output/content-writer.ts";
import { prepareReplacement } from "./output/replace-folder.ts";
import { readOutputRecord, writeOutputRecord } from "./output/reuse-outputs.ts";
import { planPages, planSearchIndex } from "./output/write-site.ts";
import type { BuildReport } from "./report.ts";
import { projectRoot } from "./project-root.ts";
import { readSeedFiles } from "./seeds/find.ts";
import { planSite } from "./site/plan-site.ts";

function isSameOrInside(folder: string, possibleParent: string): boolean {
  const relative = path.relative(possibleParent, folder);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** The output folder is replaced whole, so it must never be a folder holding anything else of value. */
async function checkFolders(options: BuildOptions, cwd: string): Promise<void> {
  const seedsStat = await stat(options.seedsDir).catch(() => null);
  if (!seedsStat?.isDirectory()) throw new ConfigError(`seeds folder ${options.seedsDir} does not exist; create it or set ARCHIVE_SEEDS_DIR`);
  for (const [label, folder] of [["the seeds folder", options.seedsDir], ["the current folder", cwd], ["the project folder", projectRoot], ["the state folder", options.stateDir]] as const) {
    if (isSameOrInside(folder, options.outputDir)) {
      throw new ConfigError(`output folder ${options.outputDir} would replace ${label} (${folder}); choose a folder of its own with ARCHIVE_OUTPUT_DIR`);
    }
  }
  if (isSameOrInside(options.outputDir, options.seedsDir)) {
    throw new ConfigError(`output folder ${options.outputDir} is inside the seeds folder; choose one outside it with ARCHIVE_OUTPUT_DIR`);
  }
  // Every build writes the state folder, so inside the seeds folder it would set off `npm start`'s watcher after each build.
  if (isSameOrInside(options.stateDir, options.seedsDir)) {
    throw new ConfigError(`state folder ${options.stateDir} is inside the seeds folder; choose one outside it with ARCHIVE_STATE_DIR`);
  }
}

export interface BuildOutcome {
  report: BuildReport;
  archive: Archive;
  /** How many seeds came from the parse cache and how many were parsed. */
  cache: CacheStats;
}

/**
 * From this many seeds on, the versions of one story are found in a worker
 * thread while this one finds the related articles: the two are the slowest
 * archive-wide steps (about 0.4 s and 0.7 s at 10,000 articles), and they
 * need nothing of each other. The worker is started before the seeds are
 * parsed, so its own start (a few tenths of a second) is over when the
 * articles are ready. Below, finding versions takes less time on this thread
 * than a worker takes to start.
 */
const seedsWorthAVersionsWorker = 2_000;
const versionsWorkerModule = new URL("./concurrency/workers/find-versions.ts", import.meta.url);

export async function buildSite(options: BuildOptions, cwd = process.cwd()): Promise<BuildOutcome> {
  await checkFolders(options, cwd);
  const replaceOutput = prepareReplacement(options.outputDir);
  // Made first, so a state folder that cannot be made fails the build while the previous site is still in place.
  await mkdir(options.stateDir, { recursive: true });
  const fingerprint = `${await parserVersion(projectRoot)}:${await seedSettingsHash(options.seedsDir)}`;
  const cache = openParseCache(path.join(options.stateDir, "parse-cache"), fingerprint);
  const seeds = await readSeedFiles(options.seedsDir, options.maxSeedBytes);
  const versionsWorker = seeds.length >= seedsWorthAVersionsWorker ? startWorker<typeof findVersions>(versionsWorkerModule) : null;
  try {
    const { settled, report } = await settleSeeds(seeds, options.seedsDir, cache);
    const versions = versionsWorker?.run(versionSources(settled.bySeedOrder)) ?? null;
    // Awaited once the related articles are found; a build that fails before then stops the worker, and that is no second failure.
    versions?.catch(() => {});
    const outputRecordFile = path.join(options.stateDir, "outputs.json");
    const previous = await readOutputRecord(outputRecordFile);
    // Until the new record is written, no record: a build interrupted after the swap must not trust the old one.
    await rm(outputRecordFile, { force: true });
    // Pages stand for their articles' bodies by the seeds' content hashes, so a parser change must also mean making everything.
    const current = { renderer: `${await rendererVersion(projectRoot)}:${fingerprint}`, outputDir: options.outputDir };
    const articleHash = articleHasher();
    const searchIndex = planSearchIndex(settled.articles, articleHash, previous, current);
    const { archive, fingerprints } = await replaceOutput(async (folder) => {
      const writer = new ContentWriter(folder);
      // Indexed in worker threads from here on, while this thread links the articles and renders the pages.
      const indexed = searchIndex.write(writer);
      const rendered = (async () => {
        const linked = versions ? await linkArchiveBeside(settled, versions) : linkArchive(settled);
        const pages = planPages(planSite(linked, options.site, searchIndex.bundleUrls), articleHash, previous, current);
        await pages.write(writer);
        return { archive: linked, fingerprints: { ...pages.fingerprints, ...searchIndex.fingerprints } };
      })();
      return (await allSettled([rendered, indexed]))[0];
    });
    // Cache entries are written while the site is made; the build is done once they are on disk.
    await cache.saved();
    await writeOutputRecord(outputRecordFile, { ...current, outputs: fingerprints });
    await writeFile(path.join(options.stateDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
    return { report, archive, cache: cache.stats };
  } finally {
    await versionsWorker?.stop();
  }
}
