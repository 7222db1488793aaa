/**
 * Web archives made by the tests themselves with warcio's writer: the three
 * saved pages in `tests/fixtures/html/` and the records a real crawl holds
 * beside its articles (requests, errors, redirects, images, index pages).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { WARCRecord, WARCSerializer } from "warcio";
import { fixturesDir } from "../helpers.ts";

export const pages = {
  spaceNews: { file: "011_d1c57d7821e5a5b2", url: "https://spacenews.com/nasa-adds-five-companies-to-commercial-lunar-lander-program/" },
  panArmenian: { file: "014_d90bda7ed14df195", url: "http://www.panarmenian.net/eng/news/275221/" },
  paradigm: { file: "023_e7301133baab4359", url: "http://www.theparadigmng.com/2018/10/09/saraki-melaye-ben-bruce-drag-igp-idris-court-demand-n500m/" },
} as const;

export function savedPage(file: string): Buffer {
  return gunzipSync(readFileSync(path.join(fixturesDir, "html", `${file}.html.gz`)));
}

export interface RecordSpec {
  id: string;
  type?: "response" | "request" | "warcinfo" | "metadata";
  url: string;
  date: string;
  status?: string;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
}

async function* once(body: Uint8Array): AsyncGenerator<Uint8Array> {
  yield body;
}

export async function serializeRecord(spec: RecordSpec, gzip: boolean): Promise<Buffer> {
  const type = spec.type ?? "response";
  const body = typeof spec.body === "string" ? new TextEncoder().encode(spec.body) : (spec.body ?? new Uint8Array(0));
  const http = type === "response" || type === "request";
  const record = WARCRecord.create(
    {
      url: spec.url,
      date: spec.date,
      type,
      warcHeaders: { "WARC-Record-ID": `<urn:uuid:${spec.id}>` },
      ...(http ? { httpHeaders: spec.headers ?? { "Content-Type": "text/html; charset=utf-8" }, statusline: type === "request" ? `GET ${new URL(spec.url).pathname} HTTP/1.1` : `HTTP/1.1 ${spec.status ?? "200 OK"}` } : {}),
    },
    once(body),
  );
  return Buffer.from(await WARCSerializer.serialize(record, { gzip }));
}

export async function webArchive(records: readonly RecordSpec[], gzip: boolean): Promise<Buffer> {
  return Buffer.concat(await Promise.all(records.map((record) => serializeRecord(record, gzip))));
}

const tagPage = `<!doctype html><html lang="en"><head><title>Senate | The Paradigm</title></head><body>
<h1>Senate</h1><ul>${Array.from({ length: 12 }, (_, index) => `<li><a href="/2018/10/${index + 1}/story/">Senate story number ${index + 1}</a></li>`).join("")}</ul></body></html>`;

/** A small crawl: two captures of one article, a second article, and what else a crawler writes down. */
export function crawlRecords(): RecordSpec[] {
  return [
    { id: "00000000-0000-4000-8000-000000000001", type: "warcinfo", url: "", date: "2019-11-21T09:00:00Z", body: "software: test\r\n" },
    { id: "00000000-0000-4000-8000-000000000002", type: "request", url: pages.spaceNews.url, date: "2019-11-20T10:00:00Z" },
    { id: "00000000-0000-4000-8000-000000000003", url: pages.spaceNews.url, date: "2019-11-20T10:00:00Z", body: savedPage(pages.spaceNews.file) },
    { id: "00000000-0000-4000-8000-000000000004", url: pages.panArmenian.url, date: "2019-11-20T11:00:00Z", body: savedPage(pages.panArmenian.file) },
    { id: "00000000-0000-4000-8000-000000000005", url: "https://spacenews.com/missing/", date: "2019-11-20T11:30:00Z", status: "404 Not Found", body: "<html><body><h1>Not found</h1></body></html>" },
    { id: "00000000-0000-4000-8000-000000000006", url: "https://spacenews.com/logo.png", date: "2019-11-20T11:31:00Z", headers: { "Content-Type": "image/png" }, body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
    { id: "00000000-0000-4000-8000-000000000007", url: "https://spacenews.com/old-address/", date: "2019-11-20T11:32:00Z", status: "301 Moved Permanently", headers: { "Content-Type": "text/html", Location: pages.spaceNews.url } },
    { id: "00000000-0000-4000-8000-000000000008", url: "http://www.theparadigmng.com/tag/senate/", date: "2019-11-20T11:33:00Z", body: tagPage },
    { id: "00000000-0000-4000-8000-000000000009", url: pages.spaceNews.url, date: "2019-11-21T10:00:00Z", body: savedPage(pages.spaceNews.file) },
    { id: "00000000-0000-4000-8000-00000000000a", url: pages.paradigm.url, date: "2019-11-21T12:00:00Z", body: savedPage(pages.paradigm.file) },
  ];
}
