/**
 * A web archive (WARC, ISO 28500, as Heritrix, Browsertrix, `wget
 * --warc-file` and the Internet Archive write it; `.warc` or `.warc.gz`) as
 * seeds: each `response` record of an HTML page fetched with status 200 is
 * one seed, `<file>#<record id>`, carrying its address and capture time. The
 * file is streamed through warcio record by record and only those pages'
 * bodies are kept, so a crawl of many gigabytes (mostly images, scripts and
 * styles) costs the memory of its HTML alone. Every other record that a
 * reader could mistake for a page (an error, a redirect) is listed as
 * skipped with the reason; the rest are counted on one line.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { WARCRecord } from "warcio";
import type { SeedFile } from "./find.ts";
import { tooLargeReason } from "./find.ts";
import type { WebCapture } from "./web-capture.ts";

export const webArchiveName = /\.warc(\.gz)?$/i;

const htmlType = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/** Read at a time from disk: the reader's memory does not grow with the file. */
const chunkBytes = 256 * 1024;

function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en")} ${noun}${count === 1 ? "" : "s"}`;
}

/** `WARC-Date` as ISO 8601 in UTC, or null when it is not a date. */
function captureTime(value: string | null | undefined): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value)) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function charsetOf(contentType: string): string | null {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
}

function describeStatus(record: WARCRecord, status: number): string {
  const text = record.httpHeaders?.statusText?.trim();
  const location = record.httpHeaders?.headers.get("location");
  const answer = `the server answered ${status}${text ? ` ${text}` : ""}`;
  if (status >= 300 && status < 400) return `${answer}, a redirect${location ? ` to ${location}` : ""}: not a page`;
  return `${answer}: not an article page`;
}

interface Tally {
  /** Responses that are not HTML, by content type. */
  otherTypes: Map<string, number>;
  /** Records that are not responses (requests, metadata, revisits...), by type. */
  otherRecords: Map<string, number>;
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function listCounts(map: Map<string, number>): string {
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key, n]) => `${n} ${key}`).join(", ");
}

function tallyLine(file: string, tally: Tally): SeedFile | null {
  const parts: string[] = [];
  const responses = [...tally.otherTypes.values()].reduce((sum, n) => sum + n, 0);
  const records = [...tally.otherRecords.values()].reduce((sum, n) => sum + n, 0);
  if (responses > 0) parts.push(`${plural(responses, "response")} that ${responses === 1 ? "is not an HTML page" : "are not HTML pages"} (${listCounts(tally.otherTypes)})`);
  if (records > 0) parts.push(`${plural(records, "record")} that ${records === 1 ? "is not a response" : "are not responses"} (${listCounts(tally.otherRecords)})`);
  return parts.length === 0 ? null : { path: file, bytes: new Uint8Array(0), skipped: `the web archive also holds ${parts.join(" and ")}: not articles` };
}

/** One record as a seed, or null for one that is only counted. */
async function recordSeed(record: WARCRecord, file: string, maxBytes: number, tally: Tally): Promise<SeedFile | null> {
  if (record.warcType !== "response") {
    count(tally.otherRecords, record.warcType || "untyped");
    return null;
  }
  const recordId = (record.warcHeader("WARC-Record-ID") ?? "").replace(/^<|>$/g, "");
  const url = record.warcTargetURI ?? "";
  const path = `${file}#${recordId || url}`;
  const empty = new Uint8Array(0);
  const contentType = record.httpHeaders?.headers.get("content-type") ?? "";
  const status = Number(record.httpHeaders?.statusCode);
  if (!record.httpHeaders) {
    count(tally.otherTypes, "non-HTTP responses");
    return null;
  }
  if (status !== 200) return { path, bytes: empty, skipped: `${url}: ${describeStatus(record, status)}` };
  if (!htmlType.test(contentType)) {
    count(tally.otherTypes, contentType.split(";")[0]?.trim().toLowerCase() || "no content type");
    return null;
  }
  if (!/^https?:\/\//i.test(url)) return { path, bytes: empty, unreadable: `the record's target address "${url}" is not an http or https address` };
  const capturedAt = captureTime(record.warcDate);
  if (capturedAt === null) return { path, bytes: empty, unreadable: `the record's WARC-Date "${record.warcDate ?? ""}" is not a date` };
  if (record.warcContentLength > maxBytes) return { path, bytes: empty, unreadable: tooLargeReason(record.warcContentLength, maxBytes) };
  const capture: WebCapture = { url, capturedAt, recordId, charset: charsetOf(contentType) };
  return { path, bytes: await record.readFully(true), capture };
}

/**
 * The seeds of one web archive, in record order. A file that cannot be read
 * to its end (cut short, or damaged) gives the records before the damage and
 * one unreadable seed for the file itself, naming the last good record.
 */
export async function readWebArchive(fullPath: string, file: string, maxBytes: number): Promise<SeedFile[]> {
  const seeds: SeedFile[] = [];
  const tally: Tally = { otherTypes: new Map(), otherRecords: new Map() };
  // Loaded here, so a build without web archives never loads it.
  const { WARCParser } = await import("warcio");
  const parser = new WARCParser(createReadStream(fullPath, { highWaterMark: chunkBytes }));
  let lastGood: string | null = null;
  const damaged = (what: string): SeedFile => ({
    path: file,
    bytes: new Uint8Array(0),
    unreadable: lastGood
      ? `${what} after record ${lastGood}; the records before it are read (the file was cut short or damaged: copy it again)`
      : `${what}; none of it is read`,
  });
  /** The last record, when it ended before its `Content-Length` did: warcio hands over what there is without complaint. */
  let cutShort: string | null = null;
  try {
    for await (const record of parser) {
      // warcio takes any text for a record; a real one starts `WARC/1.0` or `WARC/1.1`.
      if (!/^WARC\/\d/.test(record.warcHeaders.statusline)) {
        const start = record.warcHeaders.statusline.slice(0, 40);
        seeds.push(damaged(lastGood ? `the web archive has text that is not a WARC record ("${start}")` : `the file is not a web archive: it does not start with a WARC/1.0 or WARC/1.1 header ("${start}")`));
        break;
      }
      const seed = await recordSeed(record, file, maxBytes, tally);
      await record.skipFully();
      const id = record.warcHeader("WARC-Record-ID") ?? record.warcTargetURI ?? "?";
      cutShort = parser._reader.getReadOffset() < parser._warcHeadersLength + record.warcContentLength ? id : null;
      if (cutShort) break;
      if (seed) seeds.push(seed);
      lastGood = id;
    }
  } catch (error) {
    seeds.push(damaged(`the web archive cannot be read (${error instanceof Error ? error.message : String(error)})`));
  }
  const size = (await stat(fullPath)).size;
  if (cutShort) seeds.push(damaged(`the web archive ends inside record ${cutShort}`));
  // A compressed record cut short before any of it could be inflated is dropped silently: bytes left after the last whole record say so.
  else if (parser.offset < size && !seeds.some((seed) => seed.path === file)) {
    seeds.push(damaged(`the last ${plural(size - parser.offset, "byte")} of the web archive are not a whole record`));
  }
  const line = tallyLine(file, tally);
  return line ? [...seeds, line] : seeds;
}

/**
 * The same address captured more than once (in one crawl or several) is
 * published from its latest capture; the others are skipped, naming it.
 */
export function keepLatestCaptures(seeds: readonly SeedFile[]): SeedFile[] {
  const latest = new Map<string, SeedFile>();
  for (const seed of seeds) {
    if (!seed.capture) continue;
    const key = seed.capture.url.replace(/#.*$/s, "");
    const kept = latest.get(key);
    if (!kept?.capture || seed.capture.capturedAt >= kept.capture.capturedAt) latest.set(key, seed);
  }
  return seeds.map((seed) => {
    if (!seed.capture) return seed;
    const kept = latest.get(seed.capture.url.replace(/#.*$/s, "")) as SeedFile;
    if (kept === seed) return seed;
    return {
      path: seed.path,
      bytes: new Uint8Array(0),
      skipped: `${seed.capture.url}: an earlier capture (${seed.capture.capturedAt}) of a page captured again at ${kept.capture?.capturedAt}, which is published (${kept.path})`,
    };
  });
}
