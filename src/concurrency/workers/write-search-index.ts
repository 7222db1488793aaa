/**
 * A worker thread that writes some of a build's search shards
 * (`writeSearchIndexInWorkers`): importing Pagefind here starts a Pagefind
 * process of the worker's own, so two workers index two shards at once.
 */
import { writeSearchIndex, type SearchBundle } from "../../site/search-index.ts";
import { reapChildrenBeforeExit } from "../reap-children.ts";

reapChildrenBeforeExit();

export default async function writeShards({ siteFolder, bundles }: { siteFolder: string; bundles: SearchBundle[] }): Promise<void> {
  await writeSearchIndex(siteFolder, bundles);
}
