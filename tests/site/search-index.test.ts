/** The search index written by two Pagefind processes (two worker threads') is the one a single process writes. */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { writeSearchIndex, writeSearchIndexInWorkers, type SearchBundle } from "../../src/site/search-index.ts";
import { temporaryFolder } from "../helpers.ts";
import { snapshotFolder } from "../folder-snapshot.ts";

let work: string;
beforeAll(async () => {
  work = await temporaryFolder("news-archive-search-index-");
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function bundles(): SearchBundle[] {
  return [0, 1, 2].map((shard) => ({
    folder: `/pagefind/${shard}/`,
    primary: shard === 0,
    records: Array.from({ length: 20 }, (_, index) => ({
      url: `/articles/report-${shard}-${index}/`,
      content: `Report ${shard}-${index}. The harbour board met about dredging berth ${index} in shard ${shard}.`,
      language: "en",
      meta: { title: `Report ${shard}-${index}` },
      filters: { Year: [String(2000 + index)] },
    })),
  }));
}

it("writes the same bundles from two processes as from one", async () => {
  await writeSearchIndex(path.join(work, "one"), bundles());
  await writeSearchIndexInWorkers(path.join(work, "two"), bundles(), 2);
  const one = await snapshotFolder(path.join(work, "one"));
  expect([...one.keys()].filter((file) => file.endsWith("pagefind-entry.json"))).toHaveLength(3);
  expect(await snapshotFolder(path.join(work, "two"))).toEqual(one);
});

it("fails, rather than hangs, when a worker's share cannot be written", async () => {
  const site = path.join(work, "three");
  await mkdir(site);
  await writeFile(path.join(site, "a-file"), "");
  const unwritable = bundles().map((bundle, index) => (index === 2 ? { ...bundle, folder: "/a-file/pagefind/" } : bundle));
  await expect(writeSearchIndexInWorkers(site, unwritable, 2)).rejects.toThrow(/exit code|search index/);
});
