/**
 * A parse worker (started by `parseInWorkers`): loads the parser once, with
 * the archive's taxonomy as its worker data, then parses each run of seeds
 * it is sent, each with what the rest of the archive says about it.
 */
import { workerData } from "node:worker_threads";
import type { Taxonomy } from "../../entities/taxonomy.ts";
import { parseSeed, seedContext, type SeedOutcome } from "../../record/parse-seed.ts";
import type { PackedJobs } from "../../record/parse-seeds.ts";
import type { SeedFile } from "../../seeds/find.ts";
import { unpackSeeds } from "../../seeds/pack.ts";

const context = seedContext(workerData as Taxonomy);

/** A parser bug, not a rejection: it fails the build, and the message says which seed set it off. */
function parseNamingTheSeed(seed: SeedFile, recurringLines: readonly number[]): SeedOutcome {
  try {
    return parseSeed(seed, context, { recurringLines });
  } catch (error) {
    throw new Error(`parsing ${seed.path} threw`, { cause: error });
  }
}

export default function parseSeeds(run: PackedJobs): SeedOutcome[] {
  return unpackSeeds(run.seeds).map((seed, index) => parseNamingTheSeed(seed, run.recurringLines[index] ?? []));
}
