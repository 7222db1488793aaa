/**
 * The Pagefind search index, written into a site folder from search records
 * (`search-records.ts`), one bundle per shard (`search-shards.ts`). Pagefind
 * indexes in processes of its own, so a build runs this beside rendering and
 * the two share the machine's cores. Each worker writes its shards one at a
 * time, in a fresh Pagefind process whenever the last has indexed enough.
 */
import { readdir, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { allSettled } from "../concurrency/all-settled.ts";
import { mapConcurrently } from "../concurrency/map-concurrently.ts";
import { runInWorker } from "../concurrency/worker-thread.ts";
import type writeShards from "../concurrency/workers/write-search-index.ts";
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

/**
 * A Pagefind process keeps the memory of every index it has held: at 10,000
 * articles, one per bundle held 80 to 100 MB less at the build's peak. But
 * each process costs about 60 ms of CPU to start and stop, which at 1,000
 * articles (16 bundles of about 60) was nearly half of indexing's CPU, taken
 * from the rendering beside it. So a process writes bundles until it has
 * indexed this many records, and the next bundle gets a fresh one.
 */
const recordsPerProcess = 500;

async function writeBundle(siteFolder: string, bundle: SearchBundle): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index could not be started: ${errors.join("; ")}`);
  const added = await mapConcurrently(bundle.records, recordsInFlight, (record) => index.addCustomRecord(record));
  const failed = added.flatMap((response) => response.errors);
  if (failed.length > 0) throw new Error(`search indexing failed: ${failed.join("; ")}`);
  const outputPath = path.join(siteFolder, bundle.folder);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`search index could not be written: ${written.errors.join("; ")}`);
  await index.deleteIndex();
  await removeUnusedFiles(outputPath, bundle.primary);
}

/** Writes each bundle in turn. */
export async function writeSearchIndex(siteFolder: string, bundles: readonly SearchBundle[]): Promise<void> {
  let recordsInProcess = 0;
  try {
    for (const bundle of bundles) {
      if (recordsInProcess >= recordsPerProcess) {
        await pagefind.close();
        recordsInProcess = 0;
      }
      await writeBundle(siteFolder, bundle);
      recordsInProcess += bundle.records.length;
    }
  } finally {
    await pagefind.close();
  }
}

const workerModule = new URL("../concurrency/workers/write-search-index.ts", import.meta.url);

/** Runs `writeSearchIndex` in a worker thread, so in a Pagefind process of its own; Pagefind's package is loaded before tsx (see the entry). */
function writeSearchIndexInWorker(siteFolder: string, bundles: SearchBundle[]): Promise<void> {
  return runInWorker<typeof writeShards>(workerModule, { siteFolder, bundles }, "writing the search index", { preload: ["pagefind"] });
}

/** Each Pagefind process indexes on one core and holds one shard at a time; two keep a cold build's memory in bounds. */
const maxPagefindProcesses = 2;

/**
 * Writes the bundles from worker threads, each with its own Pagefind process
 * and a share of the bundles balanced by record count. Pagefind is driven
 * through messages, which only flow while the driving thread is free; from
 * workers, they keep flowing while this thread links articles and renders.
 */
export async function writeSearchIndexInWorkers(siteFolder: string, bundles: readonly SearchBundle[], workers = Math.min(maxPagefindProcesses, availableParallelism())): Promise<void> {
  if (bundles.length === 0) return;
  const shares = Array.from({ length: Math.max(1, Math.min(workers, bundles.length)) }, () => ({ records: 0, bundles: [] as SearchBundle[] }));
  for (const bundle of [...bundles].sort((a, b) => b.records.length - a.records.length)) {
    const lightest = shares.reduce((least, share) => (share.records < least.records ? share : least));
    lightest.bundles.push(bundle);
    lightest.records += bundle.records.length;
  }
  await allSettled(shares.map((share) => writeSearchIndexInWorker(siteFolder, share.bundles)));
}
