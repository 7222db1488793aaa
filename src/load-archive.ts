/**
 * The data half of a build: seed files -> records -> archive, with the report
 * of everything that was refused or changed on the way.
 */
import { linkArchive, settleArchive, type Archive, type SettledArchive } from "./archive/build-archive.ts";
import type { ParseCache, Parsing } from "./cache/parse-cache.ts";
import type { Article } from "./model/article.ts";
import type { ArchiveEvidence, SeedOutcome } from "./record/parse-seed.ts";
import { archiveEvidence, censusOf, outcomesInOrder, parseSeeds, type ParseJob } from "./record/parse-seeds.ts";
import { createReport, type BuildReport } from "./report.ts";
import { readSeedFiles, type SeedFile } from "./seeds/find.ts";
import type { SeedProblem } from "./seeds/problem.ts";

export interface LoadedArchive {
  archive: Archive;
  report: BuildReport;
}

export interface SettledLoad {
  settled: SettledArchive;
  report: BuildReport;
}

export interface LoadOptions {
  /** With a cache, seeds parsed before with the same parser and settings are not parsed again. */
  cache?: ParseCache;
  /** Larger seeds are rejected unread; the default is `defaultMaxSeedBytes`. */
  maxSeedBytes?: number;
}

/** Every seed's outcome, parsed with the evidence of the whole archive. */
async function parseWithoutCache(seeds: readonly SeedFile[], parsing: Parsing): Promise<SeedOutcome[]> {
  const evidence = await archiveEvidence(await parsing.census(seeds));
  return outcomesInOrder(parsing.parse(seeds.map((seed, index) => ({ seed, evidence: evidence[index] as ArchiveEvidence }))));
}

/** The archive of `seeds` (read from `seedsDir`) up to its links between articles (`settleArchive`), which a build finds while it starts the search index. */
export async function settleSeeds(seeds: readonly SeedFile[], seedsDir: string, cache?: ParseCache): Promise<SettledLoad> {
  const parsing = { census: censusOf, parse: (jobs: readonly ParseJob[]) => parseSeeds(jobs, seedsDir) };
  const outcomes = cache ? await cache.parseAll(seeds, parsing) : await parseWithoutCache(seeds, parsing);
  const records: Article[] = [];
  const drafts: string[] = [];
  const rejected: SeedProblem[] = [];
  const skipped: SeedProblem[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === "article") records.push(outcome.article);
    else if (outcome.kind === "draft") drafts.push(outcome.file);
    else if (outcome.kind === "skipped") skipped.push(outcome.problem);
    else rejected.push(outcome.problem);
  }
  const settled = settleArchive(records);
  const report = createReport(seeds.length - skipped.length, settled.articles, drafts, [...rejected, ...settled.rejected], settled.notices, skipped);
  return { settled, report };
}

export async function loadArchive(seedsDir: string, { cache, maxSeedBytes }: LoadOptions = {}): Promise<LoadedArchive> {
  const { settled, report } = await settleSeeds(await readSeedFiles(seedsDir, maxSeedBytes), seedsDir, cache);
  await cache?.saved();
  return { archive: linkArchive(settled), report };
}
