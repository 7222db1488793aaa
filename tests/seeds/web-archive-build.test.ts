/**
 * A seeds folder of saved pages and a crawl, built as the archivist builds
 * it (`npm run build`, a whole process) and rebuilt from the parse cache:
 * publication dates from the pages' metadata on the pages and in the feeds,
 * undated pages undated, the crawl's skipped records and its cut last record
 * in the report, everything else built, and a rebuild that changes nothing.
 */
import { readFile, rm, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openParseCache } from "../../src/cache/parse-cache.ts";
import { loadArchive } from "../../src/load-archive.ts";
import { articleSchema, type Article } from "../../src/model/article.ts";
import { temporaryFolder } from "../helpers.ts";
import { runBuild, snapshot, type BuildRun } from "../hostile/run-build.ts";
import { crawlRecords, pages, savedPage, serializeRecord, webArchive } from "./web-archive.ts";

let work: string;
let seeds: string;
let output: string;
let state: string;
let result: BuildRun;
let records: Article[];

beforeAll(async () => {
  work = await temporaryFolder("news-archive-web-build-");
  seeds = path.join(work, "seeds");
  output = path.join(work, "site");
  state = path.join(work, "state");
  await mkdir(path.join(seeds, "saved"), { recursive: true });
  const crawl = crawlRecords();
  const whole = await webArchive(crawl, true);
  const last = await serializeRecord(crawl[crawl.length - 1] as (typeof crawl)[number], true);
  await writeFile(path.join(seeds, "crawl.warc.gz"), whole.subarray(0, whole.length - Math.floor(last.length / 2)));
  // The third page is cut off in the crawl; saved from a browser it is whole.
  await writeFile(path.join(seeds, "saved", `${pages.paradigm.file}.html`), savedPage(pages.paradigm.file));
  result = await runBuild({ ARCHIVE_SEEDS_DIR: seeds, ARCHIVE_OUTPUT_DIR: output, ARCHIVE_STATE_DIR: state, ARCHIVE_SITE_URL: "https://archive.example" }, { cwd: work });
  records = (JSON.parse(await readFile(path.join(output, "articles.json"), "utf8")) as unknown[]).map((record) => articleSchema.parse(record));
}, 120_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const byUrl = (url: string) => records.find((record) => record.originalUrl === url);

describe("building saved pages and a crawl", () => {
  it("publishes the two whole captures and the saved page, and exits 1 for the cut crawl", () => {
    expect(result.code).toBe(1);
    expect(records.map((record) => record.sourceFile).sort()).toEqual([
      "crawl.warc.gz#urn:uuid:00000000-0000-4000-8000-000000000004",
      "crawl.warc.gz#urn:uuid:00000000-0000-4000-8000-000000000009",
      `saved/${pages.paradigm.file}.html`,
    ]);
  });

  it("reports the cut, and each skipped record with its reason", () => {
    expect(result.stdout).toMatch(/^rejected {2}[^\n]*\/crawl\.warc\.gz: the (web archive ends inside record|last \d+ bytes)/m);
    expect(result.stdout).toContain("/crawl.warc.gz#urn:uuid:00000000-0000-4000-8000-000000000005: https://spacenews.com/missing/: the server answered 404 Not Found");
    expect(result.stdout).toContain("/crawl.warc.gz#urn:uuid:00000000-0000-4000-8000-000000000008: the address is that of an index");
    expect(result.stdout).toContain("3 of 4 seed files published, 1 rejected, 5 web-archive records skipped (not articles)");
  });

  it("shows a date from a page's metadata on its page and in the feeds, and leaves an undated page undated", async () => {
    const dated = byUrl(pages.spaceNews.url);
    expect([dated?.date, dated?.dateSource, dated?.metadataSources.date]).toEqual(["2019-11-19", "metadata", "json-ld"]);
    const page = await readFile(path.join(output, `${dated?.url.slice(1)}index.html`), "utf8");
    expect(page).toContain('<time datetime="2019-11-19">');
    const atom = await readFile(path.join(output, "feed.xml"), "utf8");
    const entry = atom.split("<entry>").find((part) => part.includes(dated?.url ?? "?")) ?? "";
    expect(entry).toContain("<published>2019-11-19");
    const json = JSON.parse(await readFile(path.join(output, "feed.json"), "utf8")) as { items: { url: string; date_published?: string }[] };
    expect(json.items.find((item) => item.url.endsWith(dated?.url ?? "?"))?.date_published).toMatch(/^2019-11-19/);

    const undated = byUrl(pages.panArmenian.url);
    expect([undated?.date, undated?.dateSource, undated?.capturedAt]).toEqual([null, null, "2019-11-20T11:00:00Z"]);
    const undatedPage = await readFile(path.join(output, `${undated?.url.slice(1)}index.html`), "utf8");
    expect(undatedPage).toContain("Date unknown");
    expect(undatedPage).not.toContain("2019-11-20T11:00:00Z");
  });

  it("never puts the page's scripts, styles, forms or frames on the article page", async () => {
    for (const record of records) {
      const page = await readFile(path.join(output, `${record.url.slice(1)}index.html`), "utf8");
      const body = page.slice(page.indexOf(record.html.slice(0, 60)));
      expect(body.slice(0, record.html.length)).toBe(record.html);
      expect(record.html).not.toMatch(/<(script|style|form|iframe|input|button|img)\b/i);
    }
  });

  it("gives the same site when built again, every page from the parse cache", async () => {
    const before = await snapshot(output);
    const again = await runBuild({ ARCHIVE_SEEDS_DIR: seeds, ARCHIVE_OUTPUT_DIR: output, ARCHIVE_STATE_DIR: state, ARCHIVE_SITE_URL: "https://archive.example" }, { cwd: work });
    expect(again.code).toBe(1);
    expect(await snapshot(output)).toEqual(before);
  }, 120_000);
});

describe("the parse cache with web-archive records", () => {
  it("parses each record once, and gives the records a clean parse gives", async () => {
    const cacheDir = path.join(work, "cache");
    const clean = await loadArchive(seeds);
    await loadArchive(seeds, { cache: openParseCache(cacheDir, "v1") });
    const cache = openParseCache(cacheDir, "v1");
    const cached = await loadArchive(seeds, { cache });
    expect(cache.stats.misses).toBe(0);
    expect(cache.stats.hits).toBeGreaterThan(5);
    expect(cached.archive.articles).toEqual(clean.archive.articles);
    expect(cached.report).toEqual(clean.report);
  });
});
