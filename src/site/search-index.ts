/**
 * The Pagefind search index, written into a site folder from search records
 * (`search-records.ts`), one bundle per shard (`search-shards.ts`). Pagefind
 * indexes in its own process, so a build runs this beside rendering and the
 * two share the machine's cores. Shards are written one at a time and each
 * is dropped from Pagefind's memory once written.
 */
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { Worker } from "node:worker_threads";
import * as pagefind from "pagefind";
import { allSettled } from "../concurrency/all-settled.ts";
import { mapConcurrently } from "../concurrency/map-concurrently.ts";
import type { SearchRecord } from "./search-records.ts";

/** Enough records in flight to keep Pagefind busy; all of them at once held a gigabyte of messages at 10,000 articles. */
const recordsInFlight = 64;

/** Pagefind's ready-made search interfaces: the site has its own (`assets/search.js`). */
const unusedInterface = /^pagefind-(ui|component-ui|modular-ui)\.(js|css)$|^pagefind-highlight\.js$/;
/** A merged shard is searched with the first shard's script and WebAssembly, so its own copies are never loaded. */
const runtimeOfFirstShard = /^pagefind(-worker)?\.js$|^wasm\..*\.pagefind$/;

export interface SearchBundle {
  /** Folder of the bundle inside the site folder. */
  folder: string;
  records: readonly SearchRecord[];
  /** The bundle the search page loads first; the others are merged into it. */
  primary: boolean;
}

async function removeUnusedFiles(bundleFolder: string, primary: boolean): Promise<void> {
  const names = await readdir(bundleFolder);
  const unused = names.filter((name) => unusedInterface.test(name) || (!primary && runtimeOfFirstShard.test(name)));
  await Promise.all(unused.map((name) => rm(path.join(bundleFolder, name))));
}

async function writeBundle(siteFolder: string, bundle: SearchBundle): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index could not be started: ${errors.join("; ")}`);
  try {
    const added = await mapConcurrently(bundle.records, recordsInFlight, (record) => index.addCustomRecord(record));
    const failed = added.flatMap((response) => response.errors);
    if (failed.length > 0) throw new Error(`search indexing failed: ${failed.join("; ")}`);
    const outputPath = path.join(siteFolder, bundle.folder);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`search index could not be written: ${written.errors.join("; ")}`);
    await removeUnusedFiles(outputPath, bundle.primary);
  } finally {
    await index.deleteIndex();
  }
}

/** Writes each bundle in turn; Pagefind is not started when there is none to write. */
export async function writeSearchIndex(siteFolder: string, bundles: readonly SearchBundle[]): Promise<void> {
  if (bundles.length === 0) return;
  try {
    for (const bundle of bundles) await writeBundle(siteFolder, bundle);
  } finally {
    await pagefind.close();
  }
}

/** Below this many records a second Pagefind process costs more to start (a worker thread, tsx, Pagefind) than it saves. */
const recordsWorthASecondProcess = 2_000;
const workerEntry = new URL("../concurrency/typescript-worker.mjs", import.meta.url);
const workerModule = new URL("./search-index-worker.ts", import.meta.url);

/** Runs `writeSearchIndex` in a worker thread, so in a Pagefind process of its own. */
function writeSearchIndexInWorker(siteFolder: string, bundles: readonly SearchBundle[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry, { argv: [workerModule.href], workerData: { siteFolder, bundles }, execArgv: [] });
    worker.once("error", reject);
    worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`the search index worker stopped with exit code ${code}`))));
  });
}

/**
 * Pagefind indexes on one core, and a cold build's index is the longest part
 * of it: with many records to index, the bundles are shared between this
 * process's Pagefind and a second one started from a worker thread, halves
 * by record count, so both cores index.
 */
export async function writeSearchIndexInParallel(siteFolder: string, bundles: readonly SearchBundle[], minRecords = recordsWorthASecondProcess): Promise<void> {
  const total = bundles.reduce((sum, bundle) => sum + bundle.records.length, 0);
  if (total < minRecords || bundles.length < 2) return writeSearchIndex(siteFolder, bundles);
  const here: SearchBundle[] = [];
  const there: SearchBundle[] = [];
  let hereRecords = 0;
  for (const bundle of bundles) {
    if (hereRecords < total / 2) {
      here.push(bundle);
      hereRecords += bundle.records.length;
    } else there.push(bundle);
  }
  await allSettled([writeSearchIndex(siteFolder, here), writeSearchIndexInWorker(siteFolder, there)]);
}
