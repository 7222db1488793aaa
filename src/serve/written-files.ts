/**
 * How many files a rebuild wrote, as opposed to how many the site holds: a
 * rebuild carries unchanged pages over from the previous site, and those
 * keep the time they were first written. The start of a rebuild is read
 * from the file system's own clock (a file written then), not the
 * process's: the kernel stamps files with a clock that can trail
 * `Date.now()` by a few milliseconds.
 */
import { lstatSync } from "node:fs";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** The file system's time now, in milliseconds, read by writing (and removing) a file in `folder`. */
export async function fileSystemNow(folder: string): Promise<number> {
  await mkdir(folder, { recursive: true });
  const probe = path.join(folder, `.clock-${process.pid}`);
  await writeFile(probe, "");
  try {
    return (await stat(probe)).mtimeMs;
  } finally {
    await rm(probe, { force: true });
  }
}

/** Files under `folder` last written at or after `since` (a `fileSystemNow` reading). */
export async function countFilesWrittenSince(folder: string, since: number): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  // Synchronous: for tens of thousands of files several times faster than a promise per file.
  return entries.filter((entry) => entry.isFile() && lstatSync(path.join(entry.parentPath, entry.name)).mtimeMs >= since).length;
}
