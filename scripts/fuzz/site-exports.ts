/**
 * `npm run fuzz`'s build check: a few hundred generated hostile seeds, built
 * into a site by the real `npm run build` command, whose feeds, sitemap and
 * JSON exports must then parse (`tests/hostile/exports.ts`) and whose build
 * must not fail (exit 0 or 1, never 2).
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import fc from "fast-check";
import { projectRoot } from "../../src/project-root.ts";
import { checkExports, type ExportCheck } from "../../tests/hostile/exports.ts";
import { hostileSeed } from "../../tests/hostile/hostile-seeds.ts";

export interface SiteCheck extends ExportCheck {
  seeds: number;
  exitCode: number;
  /** The build's last lines, for a failure's report. */
  output: string;
}

/** A generated seed's path as a file on disk: in a folder of its own, so generated names never collide and keep their meaning (a date prefix, `_`). */
function diskPath(index: number, seedPath: string): string {
  const name = path.posix.basename(seedPath).replace(/\0/g, "").slice(-120) || "seed.txt";
  return path.join(String(index).padStart(4, "0"), name === "." || name === ".." ? "seed.txt" : name);
}

export async function checkBuiltSite(count: number, seed: number): Promise<SiteCheck> {
  const work = await mkdtemp(path.join(tmpdir(), "news-archive-fuzz-"));
  try {
    const seeds = path.join(work, "seeds");
    const files = fc.sample(hostileSeed, { numRuns: count, seed });
    for (const [index, file] of files.entries()) {
      const target = path.join(seeds, diskPath(index, file.path));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.bytes);
    }
    const env = { ...process.env, ARCHIVE_SEEDS_DIR: seeds, ARCHIVE_OUTPUT_DIR: path.join(work, "site"), ARCHIVE_STATE_DIR: path.join(work, "state") };
    const build = await promisify(execFile)(process.execPath, ["--expose-gc", path.join(projectRoot, "src", "cli", "launch.mjs"), "build"], { env, maxBuffer: 64 * 1024 * 1024 }).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
    );
    const output = build.output.split("\n").slice(-12).join("\n");
    if (build.code === 2) return { seeds: files.length, exitCode: build.code, output, checked: { xml: 0, json: 0, html: 0 }, problems: ["the build failed"] };
    return { seeds: files.length, exitCode: build.code, output, ...(await checkExports(path.join(work, "site"))) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
