/**
 * `npm run fuzz`: a seeded run of generated hostile seeds through the parser
 * (100,000 by default), checking the promises in
 * `tests/hostile/hostile-seeds.ts` for each. Prints the count, the duration
 * and what the seeds turned into; exits 1 with the shrunk counterexample if a
 * promise is broken. `FUZZ_RUNS` and `FUZZ_SEED` change the run.
 */
import fc from "fast-check";
import { brokenPromise, hostileSeed } from "../tests/hostile/hostile-seeds.ts";

const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? 20_260_522);
const outcomes = new Map<string, number>();
const reasons = new Map<string, number>();

function tally(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** A rejection's reason without the values quoted in it, so alike reasons count together. */
function reasonKind(message: string): string {
  return message.replace(/\(given .*\)$/, "(given ...)").replace(/"[^"]*"/g, '"..."').replace(/\d[\d,.]*/g, "N").slice(0, 90);
}

let slowest = { milliseconds: 0, bytes: 0 };

const started = performance.now();
const result = fc.check(
  fc.property(hostileSeed, (file) => {
    const seedStarted = performance.now();
    const { outcome, problem } = brokenPromise(file);
    const milliseconds = performance.now() - seedStarted;
    if (milliseconds > slowest.milliseconds) slowest = { milliseconds, bytes: file.bytes.length };
    if (outcome) tally(outcomes, outcome.kind);
    if (outcome?.kind === "rejected") tally(reasons, reasonKind(outcome.problem.message));
    return problem === null;
  }),
  { numRuns: runs, seed },
);
const seconds = (performance.now() - started) / 1000;

console.log(`fuzz-parser: ${result.numRuns.toLocaleString("en")} generated seeds (seed ${seed}) in ${seconds.toFixed(1)} s, ${((seconds * 1e6) / Math.max(1, result.numRuns)).toFixed(0)} µs each`);
console.log(`slowest seed: ${slowest.milliseconds.toFixed(1)} ms (${slowest.bytes} bytes)`);
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
