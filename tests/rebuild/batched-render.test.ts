/** Rendering article and tag pages in several Eleventy runs gives the same files as one run. */
import { rm } from "node:fs/promises";
import path from "node:path";
import { register } from "tsx/esm/api";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadArchive } from "../../src/load-archive.ts";
import { renderSite } from "../../src/site/render-site.ts";
import { buildSiteData } from "../../src/site/site-data.ts";
import { seedsDir, temporaryFolder } from "../helpers.ts";
import { snapshotFolder } from "./folder-snapshot.ts";

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

it("writes byte-identical sites whether the article and tag pages are rendered in one run or in batches of two", async () => {
  const { archive } = await loadArchive(seedsDir);
  const siteData = buildSiteData(archive, { title: "Test Archive", pathPrefix: "/", siteUrl: null });
  await renderSite(siteData, path.join(work, "one-run"));
  await renderSite(siteData, path.join(work, "batches"), { pagesPerRun: 2, pagesInOneRun: 2 });
  const oneRun = await snapshotFolder(path.join(work, "one-run"));
  expect([...oneRun.keys()].filter((file) => file.startsWith("articles/"))).toHaveLength(5);
  expect(await snapshotFolder(path.join(work, "batches"))).toEqual(oneRun);
});
