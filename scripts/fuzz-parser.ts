/**
 * `npm run fuzz`, in three parts, all seeded:
 * 1. generated hostile seeds through the parser (100,000 by default),
 *    checking the promises in `tests/hostile/hostile-seeds.ts` for each;
 * 2. parse time: no seed of up to 1 MB takes more than linear time
 *    (`scripts/fuzz/parse-time.ts`), with the worst bytes per second seen;
 * 3. a site built from a few hundred generated seeds, whose feeds, sitemap
 *    and JSON exports must parse (`scripts/fuzz/site-exports.ts`).
 * Prints what each found; exits 1 if any part fails, with the shrunk
 * counterexample for a broken promise. `FUZZ_RUNS`, `FUZZ_SEED`,
 * `FUZZ_GROWTH_UNITS` (generated units timed, besides the named ones) and
 * `FUZZ_SITE_SEEDS` change the run.
 */
import fc from "fast-check";
import { brokenPromise, hostileSeed } from "../tests/hostile/hostile-seeds.ts";
import { runInWorker } from "../src/concurrency/worker-thread.ts";
import type measureParseTime from "./fuzz/parse-time-worker.ts";
import { checkBuiltSite } from "./fuzz/site-exports.ts";

const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? 20_260_522);
const growthUnits = Number(process.env.FUZZ_GROWTH_UNITS ?? 6);
const siteSeeds = Number(process.env.FUZZ_SITE_SEEDS ?? 400);
const outcomes = new Map<string, number>();
const reasons = new Map<string, number>();

function tally(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** A rejection's reason without the values quoted in it, so alike reasons count together. */
function reasonKind(message: string): string {
  return message.replace(/\(given .*\)$/, "(given ...)").replace(/"[^"]*"/g, '"..."').replace(/\d[\d,.]*/g, "N").slice(0, 90);
}

let slowestSeed = { milliseconds: 0, bytes: 0 };

const growthStarted = performance.now();
const growthsDone = runInWorker<typeof measureParseTime>(new URL("./fuzz/parse-time-worker.ts", import.meta.url), { generated: growthUnits, seed }, "the parse-time check");

const started = performance.now();
const result = fc.check(
  fc.property(hostileSeed, (file) => {
    const seedStarted = performance.now();
    const { outcome, problem } = brokenPromise(file);
    const milliseconds = performance.now() - seedStarted;
    if (milliseconds > slowestSeed.milliseconds) slowestSeed = { milliseconds, bytes: file.bytes.length };
    if (outcome) tally(outcomes, outcome.kind);
    if (outcome?.kind === "rejected") tally(reasons, reasonKind(outcome.problem.message));
    return problem === null;
  }),
  { numRuns: runs, seed },
);
const seconds = (performance.now() - started) / 1000;

console.log(`fuzz-parser: ${result.numRuns.toLocaleString("en")} generated seeds (seed ${seed}) in ${seconds.toFixed(1)} s, ${((seconds * 1e6) / Math.max(1, result.numRuns)).toFixed(0)} µs each`);
console.log(`slowest seed: ${slowestSeed.milliseconds.toFixed(1)} ms (${slowestSeed.bytes} bytes)`);
console.log(`outcomes: ${[...outcomes].map(([kind, count]) => `${kind} ${count.toLocaleString("en")}`).join(", ")}`);
console.log("most common rejections:");
for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${String(count).padStart(7)}  ${reason}`);
if (result.failed) {
  console.error(`a promise was broken after ${result.numRuns} runs: ${result.errorInstance ? String(result.errorInstance) : ""}`);
  console.error(`counterexample: ${fc.stringify(result.counterexample)}`);
  const [file] = result.counterexample ?? [];
  if (file) console.error(brokenPromise(file).problem);
  process.exitCode = 1;
} else {
  console.log("no promise broken");
}

function describeGrowth(growth: Awaited<typeof growthsDone>[number]): string {
  const times = growth.bytes.map((bytes, index) => `${Math.round(bytes / 1024)} KB ${(growth.milliseconds[index] ?? 0).toFixed(0)} ms`).join(", ");
  return `${growth.unit.name.slice(0, 60)}: ${times}`;
}

const growths = await growthsDone;
const slowest = growths.reduce((worst, growth) => (growth.bytesPerSecond < worst.bytesPerSecond ? growth : worst));
const steepest = growths.reduce((worst, growth) => (growth.growth > worst.growth ? growth : worst));
console.log(`parse time: ${growths.length} units repeated to 16 KB, 64 KB, 256 KB and 1 MB, beside the property run, done ${((performance.now() - growthStarted) / 1000).toFixed(1)} s after it started`);
console.log(`  worst speed ${(slowest.bytesPerSecond / 1024).toFixed(0)} KB/s: ${describeGrowth(slowest)}`);
console.log(`  steepest last step ${steepest.growth.toFixed(2)}x per byte (linear 1, quadratic 4): ${describeGrowth(steepest)}`);
const superlinear = growths.filter((growth) => growth.failure !== null);
for (const growth of superlinear) console.error(`  more than linear: ${describeGrowth(growth)}: ${growth.failure}`);
if (superlinear.length > 0) process.exitCode = 1;
else console.log("  none more than linear");

const siteStarted = performance.now();
const site = await checkBuiltSite(siteSeeds, seed);
console.log(`built site: ${site.seeds} generated seeds, exit code ${site.exitCode}, in ${((performance.now() - siteStarted) / 1000).toFixed(1)} s; parsed ${site.checked.xml} XML, ${site.checked.json} JSON and ${site.checked.html} HTML files`);
for (const problem of site.problems.slice(0, 20)) console.error(`  ${problem}`);
if (site.problems.length > 0) {
  console.error(site.output);
  process.exitCode = 1;
} else {
  console.log("  every feed, sitemap and JSON export parses");
}
