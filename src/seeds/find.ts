/**
 * Finds the article files under the seeds folder. Names starting with `_` or
 * `.` are the archivist's own (notes, taxonomy, drafts folders) and are never
 * articles; sub-folders are read too. The list is sorted by path so every
 * later stage sees the same order on every machine. An article file that
 * cannot be read (too large, a link, a device, no permission) is still listed,
 * with the reason, so it is reported rather than lost or allowed to stop the
 * build.
 */
import { lstatSync, readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { keepLatestCaptures, readWebArchive, webArchiveName } from "./warc.ts";
import type { WebCapture } from "./web-capture.ts";

export interface SeedFile {
  /** Path relative to the seeds folder, with forward slashes. */
  path: string;
  bytes: Uint8Array;
  /** Why the file was not read; its bytes are then empty. */
  unreadable?: string;
  /** For a page from a web archive: where and when it was captured (its `path` is then `<file>#<record id>`). */
  capture?: WebCapture;
  /** Why a web archive's record is not an article (a redirect, an image, an older capture); its bytes are then empty. */
  skipped?: string;
}

/** Five megabytes: a hundred times a long news article, small enough to parse in well under a second. */
export const defaultMaxSeedBytes = 5 * 1024 * 1024;

const articleExtensions = new Set([".txt", ".md", ".html", ".htm"]);

/** Text, Markdown, a saved web page, or a web archive of many pages. */
function isSeedName(name: string): boolean {
  return articleExtensions.has(path.extname(name).toLowerCase()) || webArchiveName.test(name);
}

export function isHiddenName(name: string): boolean {
  return name.startsWith("_") || name.startsWith(".");
}

export async function listSeedPaths(seedsDir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(relativeDir: string): Promise<void> {
    const entries = await readdir(path.join(seedsDir, relativeDir), { withFileTypes: true });
    for (const entry of entries) {
      if (isHiddenName(entry.name)) continue;
      const relative = relativeDir === "" ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) await walk(relative);
      else if (isSeedName(entry.name)) found.push(relative);
    }
  }
  await walk("");
  return found.sort(comparePaths);
}

/** Code-point order, independent of the machine's locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function formatSize(bytes: number): string {
  const readable = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes.toLocaleString("en")} bytes (${readable})`;
}

export function tooLargeReason(size: number, maxBytes: number): string {
  return `the file is ${formatSize(size)}, over the limit of ${formatSize(maxBytes)}; split it, or raise ARCHIVE_MAX_SEED_BYTES`;
}

function readSeedFile(seedsDir: string, relative: string, maxBytes: number): SeedFile {
  const fullPath = path.join(seedsDir, relative);
  const unreadable = (reason: string): SeedFile => ({ path: relative, bytes: new Uint8Array(0), unreadable: reason });
  try {
    const info = lstatSync(fullPath);
    if (info.isSymbolicLink()) return unreadable("the file is a symbolic link, which is not followed (it could point outside the seeds folder); copy the file in instead");
    if (!info.isFile()) return unreadable("this is not a regular file");
    if (info.size > maxBytes) return unreadable(tooLargeReason(info.size, maxBytes));
    const bytes = readFileSync(fullPath);
    return bytes.length > maxBytes ? unreadable(tooLargeReason(bytes.length, maxBytes)) : { path: relative, bytes };
  } catch (error) {
    return unreadable(`the file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/**
 * Reads every seed. Synchronous reads on purpose: for thousands of small files
 * they are about five times faster than promise-based ones (no thread-pool
 * round trip per open, stat, read and close) and never run out of file handles.
 */
export async function readSeedFiles(seedsDir: string, maxBytes = defaultMaxSeedBytes): Promise<SeedFile[]> {
  const paths = await listSeedPaths(seedsDir);
  const seeds: SeedFile[] = [];
  for (const relative of paths) {
    if (webArchiveName.test(relative)) seeds.push(...(await readWebArchiveSeeds(seedsDir, relative, maxBytes)));
    else seeds.push(readSeedFile(seedsDir, relative, maxBytes));
  }
  return keepLatestCaptures(seeds);
}

/** A web archive's pages as seeds. The archive itself has no size limit (it is streamed); each page in it has. */
async function readWebArchiveSeeds(seedsDir: string, relative: string, maxBytes: number): Promise<SeedFile[]> {
  const fullPath = path.join(seedsDir, relative);
  const unreadable = (reason: string): SeedFile[] => [{ path: relative, bytes: new Uint8Array(0), unreadable: reason }];
  try {
    const info = lstatSync(fullPath);
    if (info.isSymbolicLink()) return unreadable("the file is a symbolic link, which is not followed (it could point outside the seeds folder); copy the file in instead");
    if (!info.isFile()) return unreadable("this is not a regular file");
  } catch (error) {
    return unreadable(`the file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return readWebArchive(fullPath, relative, maxBytes);
}
