/**
 * The built site in a real browser (Debian's Chromium through playwright-core):
 * a reader's walk from the index to search, an axe-core audit of every kind
 * of page in light and dark mode, and screenshots for a person to look at.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../helpers.ts";
import { chromiumPath, prefixedSite, rootSite } from "../built-site/built-sites.ts";
import { launchChromium } from "./chromium.ts";
import { serveSite, type RunningServer } from "./static-server.ts";

const screenshotFolder = path.join(projectRoot, "test-results", "screenshots");
const axeScript = path.join(projectRoot, "node_modules", "axe-core", "axe.min.js");
const kirbyArticle = "e6d30eb71dfbbe6e";

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  browser = await launchChromium(chromiumPath());
  server = await serveSite(rootSite().folder, rootSite().pathPrefix);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that fails the test on any script error or Content-Security-Policy refusal. */
async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  return { page, problems };
}

describe("a reader's walk", () => {
  it("goes from the index to an article, its tag, back to it, the archive, and search for Kirby", async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(server.baseUrl);
    await expect(page.locator("h1").textContent()).resolves.toBe("Articles");

    const firstArticle = page.locator(".article-list h2 a").first();
    const title = (await firstArticle.textContent()) ?? "";
    await firstArticle.click();
    await page.waitForURL(/\/articles\/[^/]+\/$/);
    const articleUrl = page.url();
    await expect(page.locator("h1").textContent()).resolves.toBe(title);

    const tag = page.locator(".tag-list a").first();
    const tagName = (await tag.textContent()) ?? "";
    await tag.click();
    await page.waitForURL(/\/tags\/[^/]+\/$/);
    await expect(page.locator("h1").textContent()).resolves.toBe(tagName);

    await page.locator(".article-list a", { hasText: title }).click();
    await page.waitForURL(articleUrl);

    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Archive" }).click();
    await page.waitForURL(/\/archive\/$/);
    await expect(page.locator("#undated-heading").textContent()).resolves.toContain("Undated articles");

    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Search" }).click();
    await page.waitForURL(/\/search\/$/);
    await page.getByLabel("Search the archive").fill("Kirby");
    await page.getByRole("button", { name: "Search" }).click();
    const result = page.locator("#search-results a").first();
    await result.waitFor();
    await expect(page.locator("#search-status").textContent()).resolves.toMatch(/^1 article found for “Kirby”/);
    await expect(page.locator("#search-results mark").first().textContent()).resolves.toBe("Kirby");
    await result.click();
    await page.waitForURL(new RegExp(`/articles/[^/]+-${kirbyArticle}/$`));
    await expect(page.locator(".article-body").textContent()).resolves.toContain("Pentagon spokesperson John Kirby said");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("filters search by a tag kind and a year, from an address that can be shared", async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${server.baseUrl}search/?q=Putin&People=Antony+Blinken`);
    await page.locator("#search-results a").first().waitFor();
    const filtered = await page.locator("#search-results li").count();
    await page.getByLabel("People").selectOption("");
    await expect.poll(() => page.locator("#search-results li").count()).toBeGreaterThan(filtered);
    await page.getByLabel("Year").selectOption("Undated");
    await expect.poll(() => page.locator("#search-status").textContent()).toMatch(/articles? found for “Putin”/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("runs a typed and submitted search once, and keeps its result when the typing pause ends", async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${server.baseUrl}search/`);
    // Every text the status line shows, in order (a string: these tests are typed without the DOM library).
    await page.evaluate(`
      window.statusesShown = [];
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) window.statusesShown.push(node.textContent);
      }).observe(document.getElementById("search-status"), { childList: true });
    `);
    await page.getByLabel("Search the archive").fill("Kirby");
    await page.getByRole("button", { name: "Search" }).click();
    await page.locator("#search-results a").first().waitFor();
    // Longer than the script's 250 ms typing pause, so a second run would have started.
    await page.waitForTimeout(600);
    const shown = (await page.evaluate("window.statusesShown")) as string[];
    expect(shown.filter((text) => text === "Searching…")).toHaveLength(1);
    await expect(page.locator("#search-status").textContent()).resolves.toMatch(/^1 article found for “Kirby”/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("says when the search index cannot be loaded, and loads it when the reader searches again", async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    let requests = 0;
    await page.route(/\/pagefind\.js(\?|$)/, (route) => (requests++ === 0 ? route.abort() : route.continue()));
    await page.goto(`${server.baseUrl}search/`);
    await page.getByLabel("Search the archive").fill("Kirby");
    await page.getByRole("button", { name: "Search" }).click();
    await expect.poll(() => page.locator("#search-status").textContent()).toBe("The search index could not be loaded. Check the connection and search again.");
    await page.getByRole("button", { name: "Search" }).click();
    await expect.poll(() => page.locator("#search-status").textContent()).toMatch(/^1 article found for “Kirby”/);
    expect(requests).toBe(2);
    // The refused request is reported by the browser itself, and nothing else.
    expect(problems).toEqual([expect.stringMatching(/^console error: Failed to load resource/)]);
    await context.close();
  });

  it("searches the articles' text, not the navigation around it", async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    for (const chrome of ["Breadcrumb", "Organisations", "JSON"]) {
      await page.goto(`${server.baseUrl}search/?q=${chrome}`);
      await expect.poll(() => page.locator("#search-status").textContent()).toBe(`No articles found for “${chrome}”.`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it("searches under a path prefix and links to the prefixed article", async () => {
    const prefixed = await serveSite(prefixedSite().folder, prefixedSite().pathPrefix);
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${prefixed.baseUrl}search/?q=Kirby`);
    const result = page.locator("#search-results a").first();
    await result.waitFor();
    await expect(result.getAttribute("href")).resolves.toMatch(new RegExp(`^/archive/articles/[^/]+-${kirbyArticle}/$`));
    await result.click();
    await expect(page.locator(".article-body").textContent()).resolves.toContain("John Kirby");
    expect(problems).toEqual([]);
    await context.close();
    await prefixed.close();
  });

  it("reads and navigates with JavaScript off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.baseUrl);
    await page.locator(".article-list h2 a").first().click();
    await page.waitForURL(/\/articles\//);
    await expect(page.locator(".article-body p").count()).resolves.toBeGreaterThan(2);
    await page.goto(`${server.baseUrl}search/`);
    await expect(page.locator("noscript").count()).resolves.toBe(1);
    await context.close();
  });
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

const auditedPages = [
  { name: "index", path: "" },
  { name: "article", path: null },
  { name: "tags index", path: "tags/" },
  { name: "tag page", path: "tags/russia/" },
  { name: "archive", path: "archive/" },
  { name: "archive of a year", path: "archive/2024/" },
  { name: "archive of a month", path: "archive/2024/05/" },
  { name: "second page of a tag", path: "tags/harbour-authority/page/2/" },
  { name: "search with results", path: "search/?q=Kirby" },
  { name: "404", path: "no-such-page/" },
] as const;

/** The address, under the site, of the first real seed's article on the Russia tag page. */
async function realArticlePath(): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}tags/russia/`);
  const link = (await page.locator(".article-list h2 a").first().getAttribute("href")) ?? "";
  await context.close();
  return link.replace(/^\//, "");
}

describe("axe-core finds no accessibility violations", () => {
  let articlePath: string;
  beforeAll(async () => {
    articlePath = await realArticlePath();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const audited of auditedPages) {
      it(`on the ${audited.name} in ${colorScheme} mode`, async () => {
        // Injecting axe needs an inline script, which the site's own policy rightly refuses.
        const context = await browser.newContext({ bypassCSP: true, colorScheme });
        const page = await context.newPage();
        await page.goto(`${server.baseUrl}${audited.path ?? articlePath}`);
        if (audited.name.startsWith("search")) await page.locator("#search-results a").first().waitFor();
        await page.addScriptTag({ path: axeScript });
        const violations = (await page.evaluate("axe.run({ resultTypes: ['violations'] }).then((result) => result.violations)")) as AxeViolation[];
        const summary = violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
        expect(summary).toEqual([]);
        await context.close();
      });
    }
  }
});

describe("the design", () => {
  it("fits every kind of page into a 360 px window without sideways scrolling", async () => {
    const articlePath = await realArticlePath();
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const audited of auditedPages) {
      await page.goto(`${server.baseUrl}${audited.path ?? articlePath}`);
      await expect(page.locator("h1").count(), audited.name).resolves.toBe(1);
      await expect(page.evaluate("document.documentElement.scrollWidth"), audited.name).resolves.toBeLessThanOrEqual(360);
    }
    await context.close();
  });

  it("shows where the keyboard focus is", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.baseUrl);
    for (let step = 0; step < 3; step += 1) {
      await page.keyboard.press("Tab");
      const outline = (await page.evaluate("getComputedStyle(document.activeElement).outlineStyle + ' ' + getComputedStyle(document.activeElement).outlineWidth")) as string;
      expect(outline).toBe("solid 3px");
    }
    await context.close();
  });

  it("prints the article without the navigation", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}tags/russia/`);
    await page.locator(".article-list h2 a").first().click();
    await page.waitForURL(/\/articles\//);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header nav").isVisible()).resolves.toBe(false);
    await expect(page.locator(".neighbours").isVisible()).resolves.toBe(false);
    await expect(page.locator(".article-body").isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe("screenshots for a person to look at", () => {
  for (const width of [375, 1280]) {
    it(`of the index, an article and a tag page at ${width} px`, async () => {
      await mkdir(screenshotFolder, { recursive: true });
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.baseUrl);
      await page.screenshot({ path: path.join(screenshotFolder, `index-${width}.png`), fullPage: true });
      await page.goto(`${server.baseUrl}tags/russia/`);
      await page.screenshot({ path: path.join(screenshotFolder, `tag-${width}.png`), fullPage: true });
      await page.locator(`.article-list a[href*="${kirbyArticle}"]`).click();
      await page.waitForURL(/\/articles\//);
      await page.screenshot({ path: path.join(screenshotFolder, `article-${width}.png`), fullPage: true });
      const pageWidth = await page.evaluate("document.documentElement.scrollWidth");
      expect(pageWidth, "nothing is wider than the window").toBeLessThanOrEqual(width);
      await context.close();
    });
  }
});
