/**
 * Web archives as seeds: a crawl the test writes itself (two captures of one
 * article, a second article, a request, a 404, an image, a redirect, a tag
 * index and a last record cut in half) read into the expected seeds and
 * built into the expected articles and report lines.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/load-archive.ts";
import { readSeedFiles } from "../../src/seeds/find.ts";
import { temporaryFolder } from "../helpers.ts";
import { crawlRecords, pages, serializeRecord, webArchive } from "./web-archive.ts";

let work: string;
beforeAll(async () => {
  work = await temporaryFolder("news-archive-warc-");
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const uuid = (last: number | string) => `urn:uuid:00000000-0000-4000-8000-00000000000${last}`;

/** The crawl with its last record (the third article) cut in half, as a copy interrupted mid-file leaves it. */
async function truncatedCrawl(gzip: boolean): Promise<Buffer> {
  const records = crawlRecords();
  const whole = await webArchive(records, gzip);
  const last = await serializeRecord(records[records.length - 1] as (typeof records)[number], gzip);
  return whole.subarray(0, whole.length - Math.floor(last.length / 2));
}

async function seedsFolder(name: string, files: Record<string, Buffer>): Promise<string> {
  const folder = path.join(work, name);
  await mkdir(folder, { recursive: true });
  for (const [file, bytes] of Object.entries(files)) await writeFile(path.join(folder, file), bytes);
  return folder;
}

describe.each([
  { file: "crawl.warc.gz", gzip: true },
  { file: "crawl.warc", gzip: false },
])("a crawl in $file", ({ file, gzip }) => {
  let folder: string;
  beforeAll(async () => {
    folder = await seedsFolder(file.replace(/\W/g, "-"), { [file]: await truncatedCrawl(gzip) });
  });

  it("gives one seed per HTML page with status 200, with its address and capture time, and keeps only the latest capture of an address", async () => {
    const seeds = await readSeedFiles(folder);
    const pagesRead = seeds.filter((seed) => seed.capture);
    expect(pagesRead.map((seed) => [seed.path, seed.capture?.url, seed.capture?.capturedAt])).toEqual([
      [`${file}#${uuid(4)}`, pages.panArmenian.url, "2019-11-20T11:00:00Z"],
      [`${file}#${uuid(8)}`, "http://www.theparadigmng.com/tag/senate/", "2019-11-20T11:33:00Z"],
      [`${file}#${uuid(9)}`, pages.spaceNews.url, "2019-11-21T10:00:00Z"],
    ]);
  });

  it("builds the articles and reports every other record: the earlier capture, the 404, the redirect, the index page, what is not a page, and the cut", async () => {
    const { archive, report } = await loadArchive(folder);
    expect(archive.articles.map((article) => [article.sourceFile, article.originalUrl, article.capturedAt, article.metadataSources.originalUrl]).sort()).toEqual([
      [`${file}#${uuid(4)}`, pages.panArmenian.url, "2019-11-20T11:00:00Z", "warc-record"],
      [`${file}#${uuid(9)}`, pages.spaceNews.url, "2019-11-21T10:00:00Z", "warc-record"],
    ]);
    const spaceNews = archive.articles.find((article) => article.originalUrl === pages.spaceNews.url);
    // The publication date is the page's own, never the capture time.
    expect([spaceNews?.date, spaceNews?.dateSource]).toEqual(["2019-11-19", "metadata"]);
    expect(report.skipped.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([
      `${file}: the web archive also holds 1 response that is not an HTML page (1 image/png) and 2 records that are not responses (1 request, 1 warcinfo): not articles`,
      `${file}#${uuid(3)}: ${pages.spaceNews.url}: an earlier capture (2019-11-20T10:00:00Z) of a page captured again at 2019-11-21T10:00:00Z, which is published (${file}#${uuid(9)})`,
      `${file}#${uuid(5)}: https://spacenews.com/missing/: the server answered 404 Not Found: not an article page`,
      `${file}#${uuid(7)}: https://spacenews.com/old-address/: the server answered 301 Moved Permanently, a redirect to ${pages.spaceNews.url}: not a page`,
      `${file}#${uuid(8)}: the address is that of an index (tag, topic, section, author, search or archive page), and the page does not say it is an article`,
    ]);
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]?.file).toBe(file);
    expect(report.rejected[0]?.message).toMatch(gzip ? /^the (last \d[\d,]* bytes of the web archive are not a whole record|web archive ends inside record <urn:uuid:00000000-0000-4000-8000-00000000000a>) after record <urn:uuid:00000000-0000-4000-8000-000000000009>/ : /^the web archive ends inside record <urn:uuid:00000000-0000-4000-8000-00000000000a> after record <urn:uuid:00000000-0000-4000-8000-000000000009>/);
  });

  it("keeps each page's id across rebuilds, and when the page is captured again in another crawl", async () => {
    const first = await loadArchive(folder);
    const again = await loadArchive(folder);
    const ids = (load: typeof first) => load.archive.articles.map((article) => [article.originalUrl, article.id, article.slug]).sort();
    expect(ids(again)).toEqual(ids(first));
    const recrawl = await seedsFolder(`${file.replace(/\W/g, "-")}-recrawl`, {
      [file.replace("crawl", "recrawl")]: await webArchive([{ id: "10000000-0000-4000-8000-000000000001", url: pages.spaceNews.url, date: "2020-01-01T00:00:00Z", body: crawlRecords()[2]?.body ?? "" }], gzip),
    });
    const later = await loadArchive(recrawl);
    const before = first.archive.articles.find((article) => article.originalUrl === pages.spaceNews.url);
    expect(later.archive.articles.map((article) => [article.id, article.slug])).toEqual([[before?.id, before?.slug]]);
  });
});

describe("captures across several web archives", () => {
  it("publishes the latest capture of an address whichever file holds it", async () => {
    const records = crawlRecords();
    const older = records.filter((record) => record.id.endsWith("3"));
    const newer = records.filter((record) => record.id.endsWith("9"));
    const folder = await seedsFolder("two-crawls", { "b-first.warc.gz": await webArchive(newer, true), "c-second.warc.gz": await webArchive(older, true) });
    const { archive, report } = await loadArchive(folder);
    expect(archive.articles.map((article) => article.sourceFile)).toEqual([`b-first.warc.gz#${uuid(9)}`]);
    expect(report.skipped.map((problem) => problem.file)).toEqual([`c-second.warc.gz#${uuid(3)}`]);
  });
});

describe("a file that is not a web archive", () => {
  it("is rejected with the reason, and the other seeds are still built", async () => {
    const folder = await seedsFolder("not-warc", { "notes.warc": Buffer.from("These are my notes, not a crawl.\n"), "story.txt": Buffer.from("A short story about a crawl that never was, told in one sentence.\n") });
    const { archive, report } = await loadArchive(folder);
    expect(archive.articles.map((article) => article.sourceFile)).toEqual(["story.txt"]);
    expect(report.rejected.map((problem) => problem.file)).toEqual(["notes.warc"]);
    expect(report.rejected[0]?.message).toMatch(/web archive/);
  });
});
