/**
 * Writes a new version of a folder without ever leaving a broken one: the new
 * content is built in a sibling folder and swapped in with renames only once
 * it is complete. If building fails, the previous folder is untouched. A
 * build that was killed part-way (its process is gone) leaves siblings
 * behind; the next build puts a retired folder back if the target is missing,
 * and removes the rest.
 *
 * The version a swap replaces is kept beside the target as a hidden
 * `.<name>.previous-*` folder until the next build, which removes it while it
 * works: deleting tens of thousands of files takes about a second, and
 * spent in a worker thread (on another core) it costs the build no time.
 */
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { runInWorker } from "../concurrency/worker-thread.ts";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function exists(target: string): Promise<boolean> {
  return stat(target).then(
    () => true,
    () => false,
  );
}

/**
 * `fs.promises.rm` walks a folder with a callback per file on this thread,
 * which at 10,000 pages held the build's own work up by most of a second; a
 * worker's synchronous `rmSync` leaves this thread free.
 */
function removeInWorker(folder: string): Promise<void> {
  return runInWorker<(folder: string) => void>(new URL("../concurrency/workers/remove-folder.mjs", import.meta.url), folder, `removing ${folder}`);
}

async function clearLeftovers(parent: string, base: string, target: string): Promise<void> {
  const sibling = new RegExp(`^\\.${escapeRegExp(base)}\\.(?:(new|old)-(\\d+)-\\d+|previous-\\d+-\\d+)$`);
  const leftovers = (await readdir(parent))
    .map((name) => ({ name, match: sibling.exec(name) }))
    .filter(({ match }) => match && (match[2] === undefined || !isRunning(Number(match[2]))))
    .sort((a, b) => (a.name < b.name ? 1 : -1));
  for (const { name, match } of leftovers) {
    const folder = path.join(parent, name);
    if (match?.[1] === "old" && !(await exists(target))) await rename(folder, target);
    else await removeInWorker(folder);
  }
}

/** Makes the new version of the folder in `folder`; what it returns, the replacement returns. */
export type FolderBuild<T> = (folder: string) => Promise<T>;

/**
 * Starts clearing what earlier builds left beside `target` at once, so it
 * runs while the caller prepares; the returned function builds and swaps.
 */
export function prepareReplacement(target: string): <T>(build: FolderBuild<T>) => Promise<T> {
  const parent = path.dirname(target);
  const base = path.basename(target);
  const cleared = mkdir(parent, { recursive: true })
    .then(() => clearLeftovers(parent, base, target))
    .then(
      () => null,
      (error: unknown) => error,
    );
  return async <T>(build: FolderBuild<T>): Promise<T> => {
    const stamp = `${process.pid}-${Date.now()}`;
    const fresh = path.join(parent, `.${base}.new-${stamp}`);
    const retired = path.join(parent, `.${base}.old-${stamp}`);
    let built: T;
    try {
      built = await build(fresh);
    } catch (error) {
      await cleared;
      await rm(fresh, { recursive: true, force: true });
      throw error;
    }
    const clearingFailed = await cleared;
    if (clearingFailed) {
      await rm(fresh, { recursive: true, force: true });
      throw clearingFailed;
    }
    let hadPrevious = true;
    try {
      await rename(target, retired);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
        await rm(fresh, { recursive: true, force: true });
        throw error;
      }
      hadPrevious = false;
    }
    try {
      await rename(fresh, target);
    } catch (error) {
      if (hadPrevious) await rename(retired, target);
      await rm(fresh, { recursive: true, force: true });
      throw error;
    }
    if (hadPrevious) await rename(retired, path.join(parent, `.${base}.previous-${stamp}`));
    return built;
  };
}

export async function replaceFolder<T>(target: string, build: FolderBuild<T>): Promise<T> {
  return prepareReplacement(target)(build);
}
