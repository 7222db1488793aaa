/** Running `npm run build` as a separate process, and reading back every file a folder holds. */
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { projectRoot } from "../helpers.ts";

const run = promisify(execFile);
const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");
const cli = path.join(projectRoot, "src", "cli", "build.ts");

export interface BuildRun {
  /** null when the build was killed (see `timeout`). */
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `timeout`: milliseconds after which the build is killed, for a build that must not hang; its code is then null. */
export async function runBuild(env: Record<string, string>, options: { cwd: string; uid?: number; gid?: number; timeout?: number }): Promise<BuildRun> {
  try {
    const { stdout, stderr } = await run(tsx, [cli], { cwd: options.cwd, env: { ...process.env, ...env }, uid: options.uid, gid: options.gid, timeout: options.timeout, killSignal: "SIGKILL" });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number | null; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Every file under a folder, by relative path, with its bytes. */
export async function snapshot(folder: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const entry of entries.filter((candidate) => candidate.isFile()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, full), await readFile(full));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}
