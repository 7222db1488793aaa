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
import type { SeedOutcome } from "./parse-seed.ts";

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

/** Parses `seeds` in `workerCount` worker threads, giving runs of outcomes as they are done. */
export async function* parseInWorkers(seeds: readonly SeedFile[], taxonomy: Taxonomy, workerCount: number): AsyncGenerator<ParsedRun> {
  /** Where each run starts: consecutive seeds worth `seedsPerRun` text seeds together. */
  const starts: number[] = [];
  let weight = seedsPerRun;
  seeds.forEach((seed, index) => {
    if (weight >= seedsPerRun) {
      starts.push(index);
      weight = 0;
    }
    weight += parseWeight(seed);
  });
  function* runs(): Generator<{ input: PackedSeeds; transfer: ArrayBuffer[] }> {
    for (const [run, start] of starts.entries()) {
      const packed = packSeeds(seeds.slice(start, starts[run + 1] ?? seeds.length));
      yield { input: packed, transfer: [packed.bytes] };
    }
  }
  const options = { module: new URL("./parse-worker.ts", import.meta.url), preload: parserPackages, workerData: taxonomy, workers: workerCount };
  for await (const { job, output } of runInWorkers<PackedSeeds, SeedOutcome[]>(options, runs())) {
    yield { start: starts[job] as number, outcomes: output };
  }
}

/**
 * Parses `seeds` with the taxonomy in `seedsDir`, on this thread or in
 * workers. The parser and taxonomy are loaded only here, so a build whose
 * seeds are all cached never loads them.
 */
export async function* parseSeeds(seeds: readonly SeedFile[], seedsDir: string): AsyncGenerator<ParsedRun> {
  if (seeds.length === 0) return;
  const { loadTaxonomy } = await import("../entities/taxonomy.ts");
  // Read here, not in the workers, so a malformed taxonomy fails the build with its own message.
  const taxonomy = await loadTaxonomy(seedsDir);
  const workerCount = parseWorkerCount(seeds.reduce((sum, seed) => sum + parseWeight(seed), 0));
  if (workerCount > 0) {
    yield* parseInWorkers(seeds, taxonomy, workerCount);
    return;
  }
  const { parseSeed, seedContext } = await import("./parse-seed.ts");
  const context = seedContext(taxonomy);
  yield { start: 0, outcomes: seeds.map((seed) => parseSeed(seed, context)) };
}

/** Every outcome of `runs`, in seed order. */
export async function outcomesInOrder(runs: AsyncIterable<ParsedRun>): Promise<SeedOutcome[]> {
  const outcomes: SeedOutcome[] = [];
  for await (const { start, outcomes: parsed } of runs) parsed.forEach((outcome, index) => (outcomes[start + index] = outcome));
  return outcomes;
}
