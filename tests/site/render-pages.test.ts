/** Rendering the pages in several Eleventy runs gives the same files as one run. */
import { rm } from "node:fs/promises";
import path from "node:path";
import { register } from "tsx/esm/api";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadArchive } from "../../src/load-archive.ts";
import { ContentWriter } from "../../src/output/content-writer.ts";
import { planSite } from "../../src/site/plan-site.ts";
import { renderPages } from "../../src/site/render-pages.ts";
import { seedsDir, temporaryFolder } from "../helpers.ts";
import { snapshotFolder } from "../folder-snapshot.ts";

let work: string;
let unregister: () => Promise<void>;
beforeAll(async () => {
  // Eleventy imports `.eleventy.ts` and the templates with Node's own import(); tsx's hooks let it read TypeScript in-process.
  unregister = register();
  work = await temporaryFolder("news-archive-batches-");
});
afterAll(async () => {
  await unregister();
  await rm(work, { recursive: true, force: true });
});

it("writes byte-identical sites whether the pages are rendered in one run or in runs of two", async () => {
  const { archive } = await loadArchive(seedsDir);
  const { site, pages } = planSite(archive, { title: "Test Archive", pathPrefix: "/", siteUrl: null });
  await renderPages(pages, site, new ContentWriter(path.join(work, "one-run")));
  await renderPages(pages, site, new ContentWriter(path.join(work, "batches")), { pagesPerRun: 2, pagesInOneRun: 2 });
  const oneRun = await snapshotFolder(path.join(work, "one-run"));
  expect([...oneRun.keys()].filter((file) => file.startsWith("articles/"))).toHaveLength(5);
  expect(await snapshotFolder(path.join(work, "batches"))).toEqual(oneRun);
});
