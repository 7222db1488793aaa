/**
 * Finds the article files under the seeds folder. Names starting with `_` or
 * `.` are the archivist's own (notes, taxonomy, drafts folders) and are never
 * articles; sub-folders are read too. The list is sorted by path so every
 * later stage sees the same order on every machine. An article file that
 * cannot be read (too large, a link, a device, no permission) is still listed,
 * with the reason, so it is reported rather than lost or allowed to stop the
 * build.
 */
import { lstatSync, type Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { FileTooLarge, NotARegularFile, readRegularFile } from "./regular-file.ts";
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

/** The archivist's settings files: `_*.yaml` at the top of the seeds folder, such as the taxonomy. */
export function isSettingsFileName(name: string): boolean {
  return /^_.*\.ya?ml$/i.test(name);
}

export interface SeedPaths {
  /** Article files, relative to the seeds folder. */
  files: string[];
  /** Sub-folders that could not be read (no permission, a path too long), each with the reason, relative and ending in `/`. */
  unreadableFolders: { path: string; reason: string }[];
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/**
 * The article files under `seedsDir`, sorted. A sub-folder that cannot be
 * read is listed with its reason and the walk goes on, so one unreadable
 * folder (`lost+found`) costs its own files, not the build; only the seeds
 * folder itself must be readable.
 */
export async function listSeedPaths(seedsDir: string): Promise<SeedPaths> {
  const found: SeedPaths = { files: [], unreadableFolders: [] };
  async function walk(relativeDir: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(seedsDir, relativeDir), { withFileTypes: true });
    } catch (error) {
      if (relativeDir === "") throw error;
      found.unreadableFolders.push({ path: `${relativeDir}/`, reason: `the folder cannot be read (${errorCode(error)}), so no article in it is published` });
      return;
    }
    for (const entry of entries) {
      if (isHiddenName(entry.name)) continue;
      const relative = relativeDir === "" ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) await walk(relative);
      else if (isSeedName(entry.name)) found.files.push(relative);
    }
  }
  await walk("");
  found.files.sort(comparePaths);
  found.unreadableFolders.sort((a, b) => comparePaths(a.path, b.path));
  return found;
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

function unreadableSeed(relative: string, reason: string): SeedFile {
  return { path: relative, bytes: new Uint8Array(0), unreadable: reason };
}

function readSeedFile(seedsDir: string, relative: string, maxBytes: number): SeedFile {
  try {
    return { path: relative, bytes: readRegularFile(path.join(seedsDir, relative), { maxBytes }) };
  } catch (error) {
    if (error instanceof FileTooLarge) return unreadableSeed(relative, tooLargeReason(error.size, maxBytes));
    if (error instanceof NotARegularFile && error.what === "a symbolic link") {
      return unreadableSeed(relative, "the file is a symbolic link, which is not followed (it could point outside the seeds folder); copy the file in instead");
    }
    if (error instanceof NotARegularFile) return unreadableSeed(relative, `this is ${error.what}, not a regular file`);
    return unreadableSeed(relative, `the file cannot be read (${errorCode(error)})`);
  }
}

/**
 * Reads every seed; a folder that cannot be read is listed among them, with
 * its reason, so it is reported like an unreadable file. Synchronous reads on
 * purpose: for thousands of small files they are about five times faster
 * than promise-based ones (no thread-pool round trip per open, stat, read and
 * close) and never run out of file handles.
 */
export async function readSeedFiles(seedsDir: string, maxBytes = defaultMaxSeedBytes): Promise<SeedFile[]> {
  const { files, unreadableFolders } = await listSeedPaths(seedsDir);
  const seeds: SeedFile[] = [];
  for (const relative of files) {
    if (webArchiveName.test(relative)) seeds.push(...(await readWebArchiveSeeds(seedsDir, relative, maxBytes)));
    else seeds.push(readSeedFile(seedsDir, relative, maxBytes));
  }
  const folders = unreadableFolders.map((folder) => unreadableSeed(folder.path, folder.reason));
  // By file: a web archive's pages keep their order in it.
  const fileOf = (seed: SeedFile) => seed.path.split("#")[0] ?? seed.path;
  return [...keepLatestCaptures(seeds), ...folders].sort((a, b) => comparePaths(fileOf(a), fileOf(b)));
}

/** A web archive's pages as seeds. The archive itself has no size limit (it is streamed); each page in it has. */
async function readWebArchiveSeeds(seedsDir: string, relative: string, maxBytes: number): Promise<SeedFile[]> {
  const fullPath = path.join(seedsDir, relative);
  try {
    const info = lstatSync(fullPath);
    if (info.isSymbolicLink()) return [unreadableSeed(relative, "the file is a symbolic link, which is not followed (it could point outside the seeds folder); copy the file in instead")];
    if (!info.isFile()) return [unreadableSeed(relative, "this is not a regular file")];
  } catch (error) {
    return [unreadableSeed(relative, `the file cannot be read (${errorCode(error)})`)];
  }
  return readWebArchive(fullPath, relative, maxBytes);
}

/** Settings files (`seeds/_*.yaml`, such as the taxonomy) larger than this are not read. */
export const maxSettingsFileBytes = 16 * 1024 * 1024;

export type SettingsFile = { status: "read"; bytes: Buffer } | { status: "absent" } | { status: "refused"; reason: string };

/**
 * A settings file at the top of the seeds folder. A link is followed (a
 * taxonomy shared by several archives), but what is read must be a regular
 * file within `maxSettingsFileBytes`: a folder, a pipe or a device of that
 * name is refused, never read.
 */
export function readSettingsFile(seedsDir: string, name: string): SettingsFile {
  try {
    return { status: "read", bytes: readRegularFile(path.join(seedsDir, name), { maxBytes: maxSettingsFileBytes, followLinks: true }) };
  } catch (error) {
    if (errorCode(error) === "ENOENT") return { status: "absent" };
    if (error instanceof NotARegularFile) return { status: "refused", reason: `${error.message}; a settings file must be a plain file` };
    if (error instanceof FileTooLarge) return { status: "refused", reason: `it is ${formatSize(error.size)}, over the limit of ${formatSize(maxSettingsFileBytes)} for a settings file` };
    return { status: "refused", reason: `it cannot be read (${errorCode(error)})` };
  }
}
