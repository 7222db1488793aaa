/**
 * Watching the seeds folder for what a build reads: article files in any
 * sub-folder and the settings files at the top (`_*.yaml`). Everything else
 * is left unwatched: names starting with `_` or `.` (the archivist's notes,
 * `.git`) and symbolic links, which the build never follows either (a link
 * to `/` would otherwise have the watcher walk the whole file system). A
 * folder it may not read is skipped, as the build skips it. The state
 * folder, which every build writes, is never inside the seeds folder: the
 * build refuses that layout.
 */
import { watch, type FSWatcher } from "chokidar";
import path from "node:path";
import { isHiddenName, isSettingsFileName } from "../seeds/find.ts";

/** Whether a change at `file` (inside `seedsDir`) cannot change the build. */
export function isIgnoredBySeedsWatch(file: string, seedsDir: string): boolean {
  const parts = path.relative(seedsDir, file).split(path.sep).filter((part) => part !== "");
  if (parts.length === 1 && isSettingsFileName(parts[0] ?? "")) return false;
  return parts.some(isHiddenName);
}

/**
 * Calls `onChange` for every change after the watcher's first scan. (With
 * `followSymlinks: false`, chokidar 4 reports the links it finds during that
 * scan as added, `ignoreInitial` notwithstanding.)
 */
export function watchSeeds(seedsDir: string, onChange: () => void): FSWatcher {
  const watcher = watch(seedsDir, {
    ignoreInitial: true,
    followSymlinks: false,
    ignorePermissionErrors: true,
    ignored: (file: string) => isIgnoredBySeedsWatch(file, seedsDir),
  });
  watcher.once("ready", () => watcher.on("all", onChange));
  return watcher;
}
