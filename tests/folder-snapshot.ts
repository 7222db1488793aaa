/** Every file of a folder with its bytes, for byte-for-byte comparison of two builds. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { listFiles } from "./helpers.ts";

export async function snapshotFolder(folder: string): Promise<Map<string, string>> {
  const snapshot = new Map<string, string>();
  for (const file of await listFiles(folder)) snapshot.set(file, (await readFile(path.join(folder, file))).toString("base64"));
  return snapshot;
}
