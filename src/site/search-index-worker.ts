/**
 * A worker thread that writes some of a build's search shards
 * (`writeSearchIndexInWorkers`): importing Pagefind here starts a Pagefind
 * process of the worker's own, so two workers index two shards at once.
 */
import { workerData } from "node:worker_threads";
import { reapChildrenBeforeExit } from "../concurrency/reap-children.ts";
import { writeSearchIndex, type SearchBundle } from "./search-index.ts";

reapChildrenBeforeExit();

const { siteFolder, bundles } = workerData as { siteFolder: string; bundles: SearchBundle[] };
await writeSearchIndex(siteFolder, bundles);
