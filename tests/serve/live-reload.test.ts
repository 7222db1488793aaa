/**
 * Live reload as the archivist sees it, in Debian's Chromium: a page open
 * from `npm start` reloads by itself once a seed is added, and shows the new
 * article, with no Content-Security-Policy refusal on the way. (The pages
 * allow scripts from the site only; an inline reload script was refused, so
 * no page ever reloaded.)
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureChromium, launchChromium } from "../browser/chromium.ts";
import { startOnRealSeeds, type DevServer } from "./dev-server.ts";

let work: string;
let server: DevServer;
let browser: Browser;

beforeAll(async () => {
  ({ work, server } = await startOnRealSeeds());
  browser = await launchChromium(ensureChromium());
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("live reload under npm start", () => {
  it("reloads an open page after a seed is added, and the page shows the new article", async () => {
    const page = await browser.newPage();
    const refusals: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") refusals.push(message.text());
    });
    // The page is listening once its script has opened the reload stream; a marker on the window lasts only until the page reloads.
    const listening = page.waitForResponse((response) => response.url().endsWith("/__live-reload"), { timeout: 15_000 });
    await page.goto(`http://localhost:${server.port}/`);
    await listening;
    await page.evaluate(() => Object.assign(globalThis, { notReloaded: true }));
    const reloaded = page.waitForEvent("load", { timeout: 30_000 });
    await writeFile(path.join(work, "seeds", "2030-01-02-harbour.txt"), "Harbour reopens after the storm\n\nThe harbour reopened on Tuesday after a week of repairs.\n");
    await reloaded;
    expect(await page.evaluate(() => "notReloaded" in globalThis)).toBe(false);
    expect(await page.textContent("main")).toContain("Harbour reopens after the storm");
    expect(refusals).toEqual([]);
  });
});
