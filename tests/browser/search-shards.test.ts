/**
 * Search over an index in several shards (`src/site/search-shards.ts`): the
 * search page merges them, so every article is found whichever shard holds
 * it, counts add up across shards, and only the first shard ships Pagefind's
 * script and WebAssembly.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { chromiumPath, shardedSite } from "../built-site/built-sites.ts";
import { markedSeedCount, markWord } from "../built-site/marked-seeds.ts";
import { launchChromium } from "./chromium.ts";
import { serveSite, type RunningServer } from "./static-server.ts";

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  browser = await launchChromium(chromiumPath());
  server = await serveSite(shardedSite().folder, shardedSite().pathPrefix);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("writes one bundle per shard, with Pagefind's runtime in the first only", async () => {
  const bundlesFolder = path.join(shardedSite().folder, "pagefind");
  const bundles = (await readdir(bundlesFolder)).sort();
  expect(bundles.length).toBeGreaterThanOrEqual(3);
  for (const bundle of bundles) {
    const files = await readdir(path.join(bundlesFolder, bundle));
    expect(files).toContain("pagefind-entry.json");
    expect(files.includes("pagefind.js")).toBe(bundle === "0");
    expect(files.filter((name) => name.includes("-ui."))).toEqual([]);
  }
});

it("finds every article by its own word, whichever shard holds it, and counts across shards", async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${server.baseUrl}search/?q=dredging`);
  await expect.poll(() => page.locator("#search-status").textContent()).toBe(`${markedSeedCount} articles found for “dredging”, showing the first 20.`);
  const query = page.locator("#search-query");
  for (let index = 0; index < markedSeedCount; index++) {
    await query.fill(markWord(index));
    await query.press("Enter");
    await expect.poll(() => page.locator("#search-status").textContent()).toBe(`1 article found for “${markWord(index)}”.`);
    await expect(page.locator("#search-results a").textContent()).resolves.toBe(`Port report ${index}`);
  }
  await expect(page.locator("#search-results a").getAttribute("href")).resolves.toMatch(/^\/news\/articles\//);
  expect(problems).toEqual([]);
  await page.close();
});
