/**
 * The Pagefind search index, written into a site folder from search records
 * (`search-records.ts`). Pagefind indexes in its own process, so a build runs
 * this beside rendering and the two share the machine's cores.
 */
import path from "node:path";
import * as pagefind from "pagefind";
import { mapConcurrently } from "../concurrency/map-concurrently.ts";
import type { SearchRecord } from "./search-records.ts";

export const searchBundleFolder = "pagefind";

/** Enough records in flight to keep Pagefind busy; all of them at once held a gigabyte of messages at 10,000 articles. */
const recordsInFlight = 64;

export async function writeSearchIndex(siteFolder: string, records: readonly SearchRecord[]): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`search index could not be started: ${errors.join("; ")}`);
    const added = await mapConcurrently(records, recordsInFlight, (record) => index.addCustomRecord(record));
    const failed = added.flatMap((response) => response.errors);
    if (failed.length > 0) throw new Error(`search indexing failed: ${failed.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(siteFolder, searchBundleFolder) });
    if (written.errors.length > 0) throw new Error(`search index could not be written: ${written.errors.join("; ")}`);
    return records.length;
  } finally {
    await pagefind.close();
  }
}
