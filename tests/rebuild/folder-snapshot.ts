/** Every file of a folder with its bytes, for byte-for-byte comparison of two builds. */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export async function snapshotFolder(folder: string): Promise<Map<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
  const snapshot = new Map<string, string>();
  for (const file of files.sort()) snapshot.set(file, (await readFile(path.join(folder, file))).toString("base64"));
  return snapshot;
}
