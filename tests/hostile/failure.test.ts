/**
 * A build that fails part-way leaves the previous site exactly as it was:
 * a throw inside a template, an output folder that cannot be written, and a
 * build process killed between its steps.
 */
import { execFile, spawnSync } from "node:child_process";
import { chmod, cp, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { promisify } from "node:util";
import { replaceFolder } from "../../src/output/replace-folder.ts";
import { fixturesDir, projectRoot, seedsDir, temporaryFolder } from "../helpers.ts";
import { runBuild, snapshot } from "./run-build.ts";

const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");

let work: string;
let previous: Map<string, Buffer>;
let output: string;

beforeAll(async () => {
  work = await temporaryFolder();
  output = path.join(work, "site");
  const built = await runBuild({ ARCHIVE_SEEDS_DIR: seedsDir, ARCHIVE_OUTPUT_DIR: output, ARCHIVE_STATE_DIR: path.join(work, "state") }, { cwd: work });
  expect(built.code, built.stderr).toBe(0);
  previous = await snapshot(output);
});

afterAll(async () => {
  await chmod(work, 0o755);
  await rm(work, { recursive: true, force: true });
});

async function siblings(): Promise<string[]> {
  return (await readdir(work)).filter((name) => name.startsWith(".site."));
}

describe("a build that fails part-way", () => {
  it("starts from a real previous site", () => {
    expect(previous.size).toBeGreaterThan(10);
    expect([...previous.keys()]).toContain("index.html");
  });

  it("leaves the previous site byte for byte when a template throws while rendering", async () => {
    const script = path.join(fixturesDir, "hostile", "build-with-throwing-template.ts");
    const failed = await promisify(execFile)(tsx, [script, output]).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code, failed.stderr).toBe(3);
    expect(failed.stderr).toContain("a template failed while rendering");
    expect(await snapshot(output)).toEqual(previous);
    expect(await siblings()).toEqual([]);
  });

  it("leaves the previous site byte for byte when a build writes part of the output and then fails", async () => {
    const failing = replaceFolder(output, async (folder) => {
      await mkdir(path.join(folder, "articles"), { recursive: true });
      await writeFile(path.join(folder, "index.html"), "half a site");
      throw new Error("disk full");
    });
    await expect(failing).rejects.toThrow("disk full");
    expect(await snapshot(output)).toEqual(previous);
    expect(await siblings()).toEqual([]);
  });

  it("puts the previous site back after a build killed between its two renames, and removes a half-written one", async () => {
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    await mkdir(path.join(work, "kill-test"));
    const target = path.join(work, "kill-test", "site");
    await cp(output, path.join(work, "kill-test", `.site.old-${gone}-1`), { recursive: true });
    await mkdir(path.join(work, "kill-test", `.site.new-${gone}-2`));
    await expect(replaceFolder(target, async () => Promise.reject(new Error("fails at once")))).rejects.toThrow();
    expect(await snapshot(target)).toEqual(previous);
    expect(await readdir(path.join(work, "kill-test"))).toEqual(["site"]);
  });

  it("exits 2 and leaves the previous site byte for byte when the state folder cannot be made", async () => {
    const notAFolder = path.join(work, "state-is-a-file");
    await writeFile(notAFolder, "");
    // Other seeds than the previous site's, so a site swapped in anyway would show.
    const otherSeeds = path.join(work, "other-seeds");
    await mkdir(otherSeeds);
    await writeFile(path.join(otherSeeds, "story.txt"), "The council met on Tuesday and agreed the budget.\n");
    const result = await runBuild({ ARCHIVE_SEEDS_DIR: otherSeeds, ARCHIVE_OUTPUT_DIR: output, ARCHIVE_STATE_DIR: path.join(notAFolder, "state") }, { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("the build failed; site/ is unchanged");
    expect(await snapshot(output)).toEqual(previous);
    await rm(notAFolder);
  });

  it("exits 2 and leaves the previous site byte for byte when the output folder cannot be written", async () => {
    const seeds = path.join(work, "seeds");
    await cp(seedsDir, seeds, { recursive: true });
    await chmod(work, 0o555);
    // Root writes anywhere, so as root the build runs as the unprivileged user `nobody`.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = await runBuild({ ARCHIVE_SEEDS_DIR: seeds, ARCHIVE_OUTPUT_DIR: output, ARCHIVE_STATE_DIR: path.join(work, "state") }, { cwd: work, ...asNobody });
    await chmod(work, 0o755);
    expect(result.code, result.stdout).toBe(2);
    expect(result.stderr).toContain("the build failed; site/ is unchanged");
    expect(result.stderr).toMatch(/EACCES/);
    expect(await snapshot(output)).toEqual(previous);
    expect(await siblings()).toEqual([]);
  });
});
