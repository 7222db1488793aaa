/**
 * `npm run fuzz`'s time check: no seed of up to 1 MB takes more than linear
 * time to parse. A seed is a short unit repeated to 16 KB, 64 KB, 256 KB and
 * 1 MB: named units that made parsing quadratic before, or could (runs of
 * abbreviations, initials, stops, connectors, brackets, dates, long front
 * matter), and units generated from the hostile pieces. Each step
 * quadruples the size; linear parsing then takes about four times as long,
 * quadratic sixteen. A step is judged on the growth of its per-byte time,
 * never on an absolute time, so a busy machine slows both sides alike: the
 * fastest of a few timings at each size, and a suspect step timed again,
 * both sizes in turn (A B A B), then once more a size further up.
 */
import fc from "fast-check";
import { parseSeed } from "../../src/record/parse-seed.ts";
import { oddCharacters, payloads } from "../../tests/hostile/hostile-seeds.ts";

/** A seed's text: `head` once, `unit` repeated to the size wanted, then `tail` once. */
export interface GrowthUnit {
  name: string;
  file: string;
  head?: string;
  unit: string;
  tail?: string;
}

export const sizes = [16 * 1024, 64 * 1024, 256 * 1024, 1024 * 1024] as const;
/**
 * Per-byte time may grow by this much over the last step (four times the
 * bytes): linear parsing gives about 1, quadratic 4, and chrono over one
 * window of a whole text full of dates gave 2.2 to 3.3. Only the last step
 * is judged, where a superlinear term dominates, and a suspect one is
 * confirmed a size further up: between smaller sizes, a one-off jump (a
 * string or the heap crossing a size where the engine changes strategy)
 * can look like growth that the next step does not keep.
 */
export const maxGrowth = 2;
/** A step whose larger seed parses faster than this is not judged: timer resolution and a stray pause would decide it. */
const judgedFromMilliseconds = 50;
/**
 * A seed of at most 1 MB projected to take longer than this (from the time
 * at the size before and the growth so far) fails without being timed:
 * quadratic parsing would take minutes, and even linear parsing that slow
 * (30 KB a second) would take minutes over a 5 MB seed.
 */
const longestProjectedMilliseconds = 30_000;

/** Units that made a step of the parser quadratic, or could: each was tried on purpose. */
export const namedUnits: GrowthUnit[] = [
  { name: "abbreviations", file: "a.txt", unit: "Mr. Smith " },
  { name: "initials", file: "a.txt", unit: "J. K. " },
  { name: "dotted forms", file: "a.txt", unit: "U.S. U.K. " },
  { name: "a run of stops", file: "a.txt", head: "Words first ", unit: "." },
  { name: "stops and spaces", file: "a.txt", head: "Words first", unit: ". " },
  { name: "one long word", file: "a.txt", unit: "a" },
  { name: "names", file: "a.txt", unit: "Xi Jinping met Vladimir Putin in Beijing. " },
  { name: "connectors", file: "a.txt", head: "The Hall ", unit: "of " },
  { name: "long names", file: "a.txt", unit: "Great Hall of the People " },
  { name: "dates", file: "a.txt", unit: "In February 2022 and on 3 March 2021, 2023-04-05. " },
  { name: "one paragraph a line", file: "a.txt", unit: "The council met on Tuesday.\n" },
  { name: "many paragraphs", file: "a.txt", unit: "The council met on Tuesday.\n\n" },
  { name: "boilerplate", file: "a.txt", unit: "Sign up for our newsletter\n\nPhoto: Getty Images\n\nShare this article\n\n" },
  { name: "markdown brackets", file: "a.md", head: "Text ", unit: "[" },
  { name: "markdown links", file: "a.md", unit: "[a](b " },
  { name: "markdown emphasis", file: "a.md", unit: "**a _b " },
  { name: "markdown quotes", file: "a.md", unit: "> " },
  { name: "markdown backticks", file: "a.md", head: "Text ", unit: "`a" },
  { name: "markup", file: "a.md", unit: "<b>&amp;</b> " },
  { name: "front-matter list", file: "a.md", head: "---\nnotes:\n", unit: "  - Topic\n", tail: "---\nThe body.\n" },
  { name: "front-matter tags", file: "a.md", head: "---\ntags: [", unit: "Topic, ", tail: "Last]\n---\nThe body.\n" },
  { name: "front-matter title", file: "a.md", head: "---\ntitle: ", unit: "word ", tail: "\n---\nThe body.\n" },
];

/** A unit made of the hostile pieces: words, stops, payloads, odd characters, some arbitrary text. */
const generatedUnit: fc.Arbitrary<GrowthUnit> = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/),
        fc.constantFrom(".", ". ", "! ", "? ", "… ", "\n", "\n\n", " ", "Mr. ", "J. ", "U.S. ", "“", "”", "(", ")", "# ", "* ", "> ", "[", "](", "`", "_", "**"),
        fc.constantFrom(...payloads),
        fc.constantFrom(...oddCharacters),
        fc.string({ maxLength: 8 }),
      ),
      { minLength: 1, maxLength: 10 },
    ),
    fc.constantFrom("a.txt", "a.md"),
  )
  .map(([pieces, file]) => ({ name: `generated ${JSON.stringify(pieces.join(""))}`, file, unit: pieces.join("") }))
  .filter(({ unit }) => unit.length > 0);

export function generatedUnits(count: number, seed: number): GrowthUnit[] {
  return fc.sample(generatedUnit, { numRuns: count, seed });
}

function seedOfSize(unit: GrowthUnit, size: number): Uint8Array {
  const ends = (unit.head ?? "") + (unit.tail ?? "");
  const repeats = Math.max(1, Math.ceil((size - Buffer.byteLength(ends)) / Buffer.byteLength(unit.unit)));
  return new TextEncoder().encode((unit.head ?? "") + unit.unit.repeat(repeats) + (unit.tail ?? ""));
}

/** With `--expose-gc`: garbage from earlier parses is collected before each timing, not during it. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** The fastest of `runs` parses, in milliseconds. */
function parseTime(file: string, bytes: Uint8Array, runs: number): number {
  let fastest = Infinity;
  for (let run = 0; run < runs; run += 1) {
    collectGarbage();
    const started = performance.now();
    parseSeed({ path: file, bytes });
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

/** The smaller seeds are timed more often: the fastest of a few is what counts, and the 1 MB parse is the slow part of the check. */
function runsAt(size: number): number {
  return size <= 64 * 1024 ? 3 : size < 1024 * 1024 ? 2 : 1;
}

export interface GrowthResult {
  unit: GrowthUnit;
  /** The seeds' sizes, in bytes, and the fastest parse of each, in milliseconds. */
  bytes: number[];
  milliseconds: number[];
  /** Per-byte time of the largest seed timed over that of the one before. */
  growth: number;
  /** Bytes per second at the largest size timed. */
  bytesPerSecond: number;
  /** Set when the growth, confirmed, is more than linear. */
  failure: string | null;
}

/** Per-byte time at the last size over that at the size before; 1 below the judging threshold. */
function lastStepGrowth(bytes: readonly number[], milliseconds: readonly number[]): number {
  const last = milliseconds.length - 1;
  if (last < 1 || (milliseconds[last] as number) < judgedFromMilliseconds) return 1;
  return (milliseconds[last] as number) / (bytes[last] as number) / ((milliseconds[last - 1] as number) / (bytes[last - 1] as number));
}

/** The size a suspect last step is confirmed at: one more quadrupling, past the 1 MB checked. */
const confirmationSize = 4 * 1024 * 1024;

interface Timings {
  bytes: number[];
  milliseconds: number[];
}

/** Times `seed` after the others, unless its projected time says it is too slow to: then the reason. */
function timeNext(unit: GrowthUnit, seed: Uint8Array, timings: Timings): string | null {
  const { bytes, milliseconds } = timings;
  const last = milliseconds.length - 1;
  if (last >= 0) {
    const growthSoFar = last >= 1 ? Math.max(1, lastStepGrowth(bytes, milliseconds)) : 1;
    const projected = (milliseconds[last] as number) * (seed.length / (bytes[last] as number)) * growthSoFar;
    if (projected > longestProjectedMilliseconds) {
      return `${seed.length} bytes would take about ${(projected / 1000).toFixed(0)} s (${bytes[last]} bytes took ${((milliseconds[last] as number) / 1000).toFixed(1)} s)`;
    }
  }
  bytes.push(seed.length);
  milliseconds.push(parseTime(unit.file, seed, runsAt(seed.length)));
  return null;
}

/** The last step's growth, timed again in turn if it is suspect, so a burst of load elsewhere weighs on both sizes. */
function confirmedLastStep(unit: GrowthUnit, seeds: readonly Uint8Array[], timings: Timings): number {
  const { bytes, milliseconds } = timings;
  const [smaller, larger] = [bytes.length - 2, bytes.length - 1];
  if (lastStepGrowth(bytes, milliseconds) <= maxGrowth) return lastStepGrowth(bytes, milliseconds);
  for (let round = 0; round < 3; round += 1) {
    milliseconds[smaller] = Math.min(milliseconds[smaller] as number, parseTime(unit.file, seeds[smaller] as Uint8Array, 1));
    milliseconds[larger] = Math.min(milliseconds[larger] as number, parseTime(unit.file, seeds[larger] as Uint8Array, 1));
  }
  return lastStepGrowth(bytes, milliseconds);
}

/**
 * Times the unit at each size and judges the last step. A last step that
 * grows too fast, twice over, is confirmed one size further up (4 MB):
 * growth that continues is superlinear; a jump that does not (V8's
 * `String.prototype.replace` has one between 256 KB and 1 MB) is not.
 */
export function measureGrowth(unit: GrowthUnit): GrowthResult {
  const seeds = [...sizes, confirmationSize].map((size) => seedOfSize(unit, size));
  const timings: Timings = { bytes: [], milliseconds: [] };
  const result = (growth: number, failure: string | null): GrowthResult => {
    const last = timings.bytes.length - 1;
    return { unit, ...timings, growth, bytesPerSecond: (timings.bytes[last] as number) / ((timings.milliseconds[last] as number) / 1000), failure };
  };
  for (const seed of seeds.slice(0, sizes.length)) {
    const tooSlow = timeNext(unit, seed, timings);
    if (tooSlow) return result(lastStepGrowth(timings.bytes, timings.milliseconds), tooSlow);
  }
  const growth = confirmedLastStep(unit, seeds, timings);
  if (growth <= maxGrowth) return result(growth, null);
  const tooSlow = timeNext(unit, seeds[sizes.length] as Uint8Array, timings);
  if (tooSlow) return result(growth, tooSlow);
  const further = confirmedLastStep(unit, seeds, timings);
  const [from, to] = timings.bytes.slice(-2);
  return result(further, further > maxGrowth ? `${(further * 4).toFixed(1)}x the time for 4x the bytes (${from} to ${to}), after ${(growth * 4).toFixed(1)}x the step before` : null);
}
