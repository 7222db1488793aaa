/**
 * `npm run bench`: builds generated archives of Brown Corpus press text as
 * whole `npm run build` processes and reports wall time (median of several
 * runs), CPU time and peak memory for four cases: cold (no parse cache), warm (cache,
 * nothing changed), after adding one seed, after deleting one seed.
 *
 *   npm run bench -- [--sizes 1000,10000] [--large] [--runs 3] [--seed 1] [--shm] [--warc 1000] [--against <checkout>]
 *
 * `--warc N` (default 1,000; 0 for none) also builds the same N articles as
 * the pages of one web archive (`bench/generate-web-archive.ts`), cold runs
 * taking turns with cold runs of the N text seeds, then warm.
 * `--large` adds 100,000 articles (one run per case). `--shm` writes the
 * output folder to /dev/shm, in memory, to keep disk noise out.
 * `--against` builds every case with another checkout of the project too
 * (say `git worktree add /tmp/base main`, then `npm ci` there), the two
 * interleaved run by run (A B A B), and prints the ratio of their medians:
 * on a shared machine, only builds measured side by side compare. Results go
 * to the terminal and to bench/results/latest.json.
 */
import { execFile } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadPressTexts } from "./brown-press.ts";
import { generateSeed, writeArchive } from "./generate-archive.ts";
import { writeWebArchive } from "./generate-web-archive.ts";
import { median } from "./stats.ts";
import { sampleTreeMemory } from "./tree-memory.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const workDir = path.join(projectRoot, "bench", "archives");
const resultsDir = path.join(projectRoot, "bench", "results");

type Scenario = "cold" | "warm" | "add one" | "delete one" | "cold, text seeds" | "cold, web archive" | "warm, web archive";

interface Measurement {
  seconds: number;
  cpuSeconds: number;
  /** The build process's own peak resident memory. */
  peakMiB: number;
  /** Peak of the build process and its children (Pagefind) together; 0 where /proc is missing. */
  treePeakMiB: number;
}

interface CaseResult {
  /** The checkout that was built: "this" or the `--against` folder. */
  code: string;
  articles: number;
  scenario: Scenario;
  runs: Measurement[];
  medianSeconds: number;
  medianCpuSeconds: number;
  peakMiB: number;
  treePeakMiB: number;
  msPerArticle: number;
}

interface Folders {
  seeds: string;
  state: string;
  output: string;
}

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    large: { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    shm: { type: "boolean", default: false },
    warc: { type: "string", default: "1000" },
    against: { type: "string" },
  },
});
const webArchiveSize = Number(args.warc);
const sizes = [...args.sizes.split(",").filter((size) => size !== "").map(Number), ...(args.large ? [100_000] : [])];
const runs = Number(args.runs);
const seedNumber = Number(args.seed);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(seedNumber) || !Number.isInteger(webArchiveSize) || webArchiveSize < 0) {
  throw new Error("usage: npm run bench -- [--sizes 1000,10000] [--large] [--runs 3] [--seed 1] [--shm] [--warc 1000] [--against <checkout>]");
}

interface Checkout {
  label: string;
  root: string;
}

const thisCheckout: Checkout = { label: "this", root: projectRoot };
const checkouts: Checkout[] = [thisCheckout, ...(args.against ? [{ label: path.resolve(args.against), root: path.resolve(args.against) }] : [])];
const usageRecorder = path.join(projectRoot, "bench", "process-usage.mjs");
const outputRoot = args.shm ? path.join("/dev/shm", `news-archive-bench-${process.pid}`) : workDir;

/** One `npm run build` process of `checkout`, as `package.json` runs it, timed from spawn to exit. */
async function measureBuild(checkout: Checkout, folders: Folders): Promise<Measurement> {
  const usageFile = path.join(workDir, `usage-${process.pid}.json`);
  const started = performance.now();
  const child = execFile(process.execPath, ["--expose-gc", "--import", usageRecorder, "src/cli/launch.mjs", "build"], {
    cwd: checkout.root,
    env: { ...process.env, ARCHIVE_SEEDS_DIR: folders.seeds, ARCHIVE_STATE_DIR: folders.state, ARCHIVE_OUTPUT_DIR: folders.output, BENCH_USAGE_FILE: usageFile },
  });
  const stopSampling = sampleTreeMemory(child.pid ?? process.pid);
  // The report lines are not needed, but the pipe must be drained or a long report would stall the build.
  child.stdout?.resume();
  let stderr = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => (stderr += chunk));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  const treePeakKiB = stopSampling();
  // Exit code 1 means some seeds were rejected: the site was still built.
  if (exitCode !== 0 && exitCode !== 1) throw new Error(`build failed (exit ${exitCode}): ${stderr}`);
  const seconds = (performance.now() - started) / 1000;
  const usage = JSON.parse(await readFile(usageFile, "utf8")) as { maxRssKiB: number; cpuSeconds: number };
  return { seconds, cpuSeconds: usage.cpuSeconds, peakMiB: usage.maxRssKiB / 1024, treePeakMiB: treePeakKiB / 1024 };
}

/** The seeds folder for `count` articles, generated unless an identical one is already there. */
async function prepareSeeds(texts: readonly string[][], count: number): Promise<string> {
  const folder = path.join(workDir, `seeds-${count}-${seedNumber}`);
  const marker = path.join(folder, ".generated");
  const expected = `${count} ${seedNumber}`;
  if ((await readFile(marker, "utf8").catch(() => "")) !== expected) {
    process.stdout.write(`generating ${count} articles... `);
    await writeArchive(texts, folder, count, seedNumber);
    await writeFile(marker, expected);
    console.log("done");
  }
  return folder;
}

/** A seeds folder holding one web archive of `count` pages, generated unless an identical one is already there. */
async function prepareWebArchive(texts: readonly string[][], count: number): Promise<string> {
  const folder = path.join(workDir, `web-archive-${count}-${seedNumber}`);
  const marker = path.join(workDir, `web-archive-${count}-${seedNumber}.generated`);
  const expected = `${count} ${seedNumber}`;
  if ((await readFile(marker, "utf8").catch(() => "")) !== expected) {
    process.stdout.write(`generating a web archive of ${count} pages... `);
    await writeWebArchive(texts, path.join(folder, "crawl.warc.gz"), count, seedNumber);
    await writeFile(marker, expected);
    console.log("done");
  }
  return folder;
}

function summarise(code: string, articles: number, scenario: Scenario, measurements: Measurement[]): CaseResult {
  const medianSeconds = median(measurements.map((measurement) => measurement.seconds));
  return {
    code,
    articles,
    scenario,
    runs: measurements,
    medianSeconds,
    medianCpuSeconds: median(measurements.map((measurement) => measurement.cpuSeconds)),
    peakMiB: Math.max(...measurements.map((measurement) => measurement.peakMiB)),
    treePeakMiB: Math.max(...measurements.map((measurement) => measurement.treePeakMiB)),
    msPerArticle: (medianSeconds * 1000) / articles,
  };
}

async function benchSize(texts: readonly string[][], count: number): Promise<CaseResult[]> {
  const seeds = await prepareSeeds(texts, count);
  const builds = checkouts.map((checkout, index) => ({
    checkout,
    folders: { seeds, state: path.join(workDir, `state-${count}-${index}`), output: path.join(outputRoot, `site-${count}-${index}`) },
    cold: [] as Measurement[],
    warm: [] as Measurement[],
    added: [] as Measurement[],
    deleted: [] as Measurement[],
  }));
  const repeats = count >= 100_000 ? 1 : runs;
  // Each case alternates between the checkouts, so a slower spell of the machine falls on both.
  for (let attempt = 0; attempt < repeats; attempt++) {
    for (const build of builds) {
      await rm(build.folders.state, { recursive: true, force: true });
      build.cold.push(await measureBuild(build.checkout, build.folders));
    }
  }
  for (let attempt = 0; attempt < repeats; attempt++) for (const build of builds) build.warm.push(await measureBuild(build.checkout, build.folders));
  for (let attempt = 0; attempt < repeats; attempt++) {
    // A seed from beyond the archive's own range, so it is new to the cache; deleting it again restores the archive.
    const extra = generateSeed(texts, seedNumber, count + attempt);
    const file = path.join(seeds, `zz-added-${extra.fileName}`);
    await writeFile(file, extra.text);
    for (const build of builds) build.added.push(await measureBuild(build.checkout, build.folders));
    await rm(file);
    for (const build of builds) build.deleted.push(await measureBuild(build.checkout, build.folders));
  }
  for (const build of builds) await rm(build.folders.output, { recursive: true, force: true });
  return builds.flatMap(({ checkout, cold, warm, added, deleted }) => [
    summarise(checkout.label, count, "cold", cold),
    summarise(checkout.label, count, "warm", warm),
    summarise(checkout.label, count, "add one", added),
    summarise(checkout.label, count, "delete one", deleted),
  ]);
}

/** For each case, this checkout's median over the other's: below 1 is faster. */
function ratios(results: readonly CaseResult[]): string[] {
  const other = checkouts[1];
  if (!other) return [];
  return results
    .filter((result) => result.code === "this")
    .flatMap((result) => {
      const against = results.find((candidate) => candidate.code === other.label && candidate.articles === result.articles && candidate.scenario === result.scenario);
      return against ? [`${result.articles.toLocaleString("en-US")} ${result.scenario}: ${(result.medianSeconds / against.medianSeconds).toFixed(3)}x wall, ${(result.medianCpuSeconds / against.medianCpuSeconds).toFixed(3)}x CPU`] : [];
    });
}

/** The same articles as text seeds and as one web archive, cold runs taking turns (text, archive, text, archive...), then the archive warm. */
async function benchWebArchive(texts: readonly string[][], count: number): Promise<CaseResult[]> {
  const text: Folders = { seeds: await prepareSeeds(texts, count), state: path.join(workDir, `state-text-${count}`), output: path.join(outputRoot, `site-text-${count}`) };
  const crawl: Folders = { seeds: await prepareWebArchive(texts, count), state: path.join(workDir, `state-warc-${count}`), output: path.join(outputRoot, `site-warc-${count}`) };
  const textCold: Measurement[] = [];
  const crawlCold: Measurement[] = [];
  const crawlWarm: Measurement[] = [];
  for (let attempt = 0; attempt < runs; attempt++) {
    await rm(text.state, { recursive: true, force: true });
    textCold.push(await measureBuild(thisCheckout, text));
    await rm(crawl.state, { recursive: true, force: true });
    crawlCold.push(await measureBuild(thisCheckout, crawl));
  }
  for (let attempt = 0; attempt < runs; attempt++) crawlWarm.push(await measureBuild(thisCheckout, crawl));
  await rm(text.output, { recursive: true, force: true });
  await rm(crawl.output, { recursive: true, force: true });
  const code = thisCheckout.label;
  return [summarise(code, count, "cold, text seeds", textCold), summarise(code, count, "cold, web archive", crawlCold), summarise(code, count, "warm, web archive", crawlWarm)];
}

function table(results: readonly CaseResult[]): string {
  const header = ["code", "articles", "case", "median s", "runs (s)", "CPU s", "peak MiB", "with Pagefind", "ms/article"];
  const rows = results.map((result) => [
    result.code,
    result.articles.toLocaleString("en-US"),
    result.scenario,
    result.medianSeconds.toFixed(2),
    result.runs.map((measurement) => measurement.seconds.toFixed(2)).join(" "),
    result.medianCpuSeconds.toFixed(2),
    result.peakMiB.toFixed(0),
    result.treePeakMiB.toFixed(0),
    result.msPerArticle.toFixed(3),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

function machine(): Record<string, string | number> {
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg()[0]?.toFixed(2) ?? "unknown",
  };
}

async function main(): Promise<void> {
  await mkdir(workDir, { recursive: true });
  await mkdir(resultsDir, { recursive: true });
  const about = machine();
  const texts = await loadPressTexts();
  const results: CaseResult[] = [];
  try {
    for (const size of sizes) results.push(...(await benchSize(texts, size)));
    if (webArchiveSize > 0) results.push(...(await benchWebArchive(texts, webArchiveSize)));
  } finally {
    if (args.shm) await rm(outputRoot, { recursive: true, force: true });
  }
  console.log(table(results));
  const comparison = ratios(results);
  if (comparison.length > 0) console.log([`this checkout against ${checkouts[1]?.label} (medians):`, ...comparison.map((line) => `  ${line}`)].join("\n"));
  const cold = (count: number) => results.find((result) => result.code === "this" && result.articles === count && result.scenario === "cold");
  const small = cold(1000);
  const large = cold(10_000);
  if (small && large) console.log(`per-article time, cold, 10,000 vs 1,000: ${(large.msPerArticle / small.msPerArticle).toFixed(2)}x`);
  const crawlCold = results.find((result) => result.scenario === "cold, web archive");
  const textCold = results.find((result) => result.scenario === "cold, text seeds");
  if (crawlCold && textCold) {
    console.log(`cold build, ${webArchiveSize.toLocaleString("en-US")} pages in a web archive vs the same articles as text seeds: ${(crawlCold.medianSeconds / textCold.medianSeconds).toFixed(2)}x the time, ${(crawlCold.peakMiB / textCold.peakMiB).toFixed(2)}x the peak memory`);
  }
  const report = { machine: about, seed: seedNumber, runsPerCase: runs, outputInMemory: args.shm, against: checkouts[1]?.root ?? null, results, ratios: comparison };
  const file = path.join(resultsDir, "latest.json");
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`machine: ${about.cpu}, ${about.cores} cores, ${about.memoryGiB} GiB, ${about.node}; results in ${path.relative(projectRoot, file)}`);
}

await main();
