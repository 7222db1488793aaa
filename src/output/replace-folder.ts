/**
 * Writes a new version of a folder without ever leaving a broken one: the new
 * content is built in a sibling folder and swapped in with renames only once
 * it is complete. If building fails, the previous folder is untouched.
 */
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";

export async function replaceFolder(target: string, build: (folder: string) => Promise<void>): Promise<void> {
  const parent = path.dirname(target);
  const base = path.basename(target);
  const stamp = `${process.pid}-${Date.now()}`;
  const fresh = path.join(parent, `.${base}.new-${stamp}`);
  const retired = path.join(parent, `.${base}.old-${stamp}`);
  await mkdir(parent, { recursive: true });
  try {
    await build(fresh);
  } catch (error) {
    await rm(fresh, { recursive: true, force: true });
    throw error;
  }
  let hadPrevious = true;
  try {
    await rename(target, retired);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    hadPrevious = false;
  }
  try {
    await rename(fresh, target);
  } catch (error) {
    if (hadPrevious) await rename(retired, target);
    throw error;
  }
  if (hadPrevious) await rm(retired, { recursive: true, force: true });
}
