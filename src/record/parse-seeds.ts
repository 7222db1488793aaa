/**
 * Parsing the seeds the cache does not have. A few are parsed on the main
 * thread; many are parsed in worker threads, one per core, which pays off
 * only past a threshold because each worker loads the parser itself (about
 * 0.35 s alone, more when two start together). Either way the outcomes are exactly
 * `parseSeed`'s.
 */
import { availableParallelism } from "node:os";
import { runInWorkers } from "../concurrency/worker-pool.ts";
import type { Taxonomy } from "../entities/taxonomy.ts";
import type { SeedFile } from "../seeds/find.ts";
import { packSeeds, type PackedSeeds } from "../seeds/pack.ts";
import { isSavedPage } from "../seeds/seed-kind.ts";
import type { ArchiveEvidence, SeedOutcome } from "./parse-seed.ts";

/** One seed to parse, with what the rest of the archive says about it. */
export interface ParseJob {
  seed: SeedFile;
  evidence: ArchiveEvidence;
}

/** A run of jobs as a worker receives it: the seeds packed, and each one's evidence. */
export interface PackedJobs {
  seeds: PackedSeeds;
  recurringLines: (readonly number[])[];
}

/** Outcomes of consecutive seeds: `outcomes[i]` is that of seed `start + i`. */
export interface ParsedRun {
  start: number;
  outcomes: SeedOutcome[];
}

/** A worker gets this much work at a time (in text seeds): tens of milliseconds of parsing, so messages cost little and the workers finish close together. */
const seedsPerRun = 32;

/**
 * A saved web page costs about as much to parse as this many text seeds:
 * parsing the 40 real-web pages (219 KB each on average) against 400 Brown
 * Corpus seeds in one process, four rounds, gave ratios of 28 to 55.
 */
const savedPageWeight = 40;

/** The parsing a seed costs, in text seeds. */
function parseWeight(seed: SeedFile): number {
  return isSavedPage(seed) && !seed.skipped ? savedPageWeight : 1;
}

/**
 * Each worker needs this many seeds to repay its start. Measured on a 2-core
 * machine, parsing Brown Corpus seeds in two workers against on the main
 * thread (medians of 3): 1,000 took 1.37 s against 0.98 s, 2,000 1.72
 * against 1.45, 3,500 2.19 against 2.12; earlier, with caching and a slower
 * parser, 4,500 4.05 against 4.56 and 10,000 6.42 against 7.60. Running two
 * threads at once also slows each by about a third there, which is why the
 * break-even is this high.
 */
const seedsWorthAWorker = 1_750;

/** How many workers to parse `workload` (in text seeds, see `parseWeight`) in: 0 means on the main thread. */
export function parseWorkerCount(workload: number, cores = availableParallelism()): number {
  const workers = Math.min(cores, Math.floor(workload / seedsWorthAWorker));
  return workers >= 2 ? workers : 0;
}

/**
 * The packages the parser imports (see `runInWorkers`); one missing here is
 * still loaded, only more slowly. chrono-node is not among them: the parser
 * requires its CommonJS build (`src/language-libraries.ts`), and importing it
 * here would load its ES module sources as well.
 */
const parserPackages = ["chardet", "gray-matter", "iconv-lite", "js-yaml", "markdown-it", "zod"];

/** Parses `jobs` in `workerCount` worker threads, giving runs of outcomes as they are done. */
export async function* parseInWorkers(jobs: readonly ParseJob[], taxonomy: Taxonomy, workerCount: number): AsyncGenerator<ParsedRun> {
  /** Where each run starts: consecutive seeds worth `seedsPerRun` text seeds together. */
  const starts: number[] = [];
  let weight = seedsPerRun;
  jobs.forEach((job, index) => {
    if (weight >= seedsPerRun) {
      starts.push(index);
      weight = 0;
    }
    weight += parseWeight(job.seed);
  });
  function* runs(): Generator<{ input: PackedJobs; transfer: ArrayBuffer[] }> {
    for (const [run, start] of starts.entries()) {
      const slice = jobs.slice(start, starts[run + 1] ?? jobs.length);
      const seeds = packSeeds(slice.map((job) => job.seed));
      yield { input: { seeds, recurringLines: slice.map((job) => job.evidence.recurringLines) }, transfer: [seeds.bytes] };
    }
  }
  const options = { module: new URL("../concurrency/workers/parse-seeds.ts", import.meta.url), preload: parserPackages, workerData: taxonomy, workers: workerCount };
  for await (const { job, output } of runInWorkers<PackedJobs, SeedOutcome[]>(options, runs())) {
    yield { start: starts[job] as number, outcomes: output };
  }
}

/**
 * Parses `jobs` with the taxonomy in `seedsDir`, on this thread or in
 * workers. The parser and taxonomy are loaded only here, so a build whose
 * seeds are all cached never loads them.
 */
export async function* parseSeeds(jobs: readonly ParseJob[], seedsDir: string): AsyncGenerator<ParsedRun> {
  if (jobs.length === 0) return;
  const { loadTaxonomy } = await import("../entities/taxonomy.ts");
  // Read here, not in the workers, so a malformed taxonomy fails the build with its own message.
  const taxonomy = await loadTaxonomy(seedsDir);
  const workerCount = parseWorkerCount(jobs.reduce((sum, job) => sum + parseWeight(job.seed), 0));
  if (workerCount > 0) {
    yield* parseInWorkers(jobs, taxonomy, workerCount);
    return;
  }
  const { parseSeed, seedContext } = await import("./parse-seed.ts");
  const context = seedContext(taxonomy);
  yield { start: 0, outcomes: jobs.map((job) => parseSeed(job.seed, context, job.evidence)) };
}

/** The census of each seed's lines (`seedCensus`), loading the parser only when asked. */
export async function censusOf(seeds: readonly SeedFile[]): Promise<number[][]> {
  if (seeds.length === 0) return [];
  const { seedCensus } = await import("./parse-seed.ts");
  return seeds.map(seedCensus);
}

/** Each seed's evidence from the whole archive, from every seed's census: the keys of its lines that recur. */
export async function archiveEvidence(censuses: readonly (readonly number[])[]): Promise<ArchiveEvidence[]> {
  const { recurringIn, recurringKeys } = await import("../parse/recurring-lines.ts");
  const recurring = recurringKeys(censuses);
  return censuses.map((census) => ({ recurringLines: recurringIn(census, recurring) }));
}

/** Every outcome of `runs`, in seed order. */
export async function outcomesInOrder(runs: AsyncIterable<ParsedRun>): Promise<SeedOutcome[]> {
  const outcomes: SeedOutcome[] = [];
  for await (const { start, outcomes: parsed } of runs) parsed.forEach((outcome, index) => (outcomes[start + index] = outcome));
  return outcomes;
}
