/**
 * What the file system can hold where the build reads: a sub-folder it may
 * not read, a path longer than the system allows, settings files that are
 * folders, pipes or links to devices, a pipe in place of a parse-cache entry
 * or of the record of the last build's outputs, a record of the wrong shape,
 * and a state folder inside the seeds folder. None may fail the whole build,
 * hang it or lose an article silently.
 */
import { execFileSync } from "node:child_process";
import { chmod, chown, mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { temporaryFolder } from "../helpers.ts";
import { runBuild, type BuildRun } from "./run-build.ts";

/** A build that takes longer than this is taken to hang (a small build takes a few seconds). */
const hangsAfter = 45_000;

let work: string;
let seeds: string;

function build(env: Record<string, string> = {}, options: { uid?: number; gid?: number } = {}): Promise<BuildRun> {
  const folders = { ARCHIVE_SEEDS_DIR: seeds, ARCHIVE_OUTPUT_DIR: path.join(work, "site"), ARCHIVE_STATE_DIR: path.join(work, "state") };
  return runBuild({ ...folders, ...env }, { cwd: work, timeout: hangsAfter, ...options });
}

function mkfifo(file: string): void {
  execFileSync("mkfifo", [file]);
}

beforeEach(async () => {
  work = await temporaryFolder();
  seeds = path.join(work, "seeds");
  await mkdir(seeds);
  await writeFile(path.join(seeds, "story.txt"), "The council met on Tuesday and agreed the budget for the harbour.\n");
});

afterEach(async () => {
  // `rm -rf` removes paths longer than the system allows, which fs.rm cannot.
  execFileSync("rm", ["-rf", work]);
});

describe("folders the build cannot read", () => {
  it("reports a sub-folder it may not read and publishes everything else", async () => {
    await mkdir(path.join(seeds, "lost+found"));
    await writeFile(path.join(seeds, "lost+found", "hidden-story.txt"), "A story nobody may read.\n");
    await chmod(path.join(seeds, "lost+found"), 0o000);
    // Root reads anything, so the build runs as the unprivileged user `nobody`.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    if (process.getuid?.() === 0) await chownTree(work, 65534);
    const result = await build({}, asNobody);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain("rejected  seeds/lost+found/: the folder cannot be read (EACCES), so no article in it is published");
    expect(result.stdout).toContain("1 of 2 seed files published");
  });

  it("reports a folder whose path is longer than the system allows and publishes everything else", async () => {
    // 22 folders of 200 characters: past Linux's 4,096-byte limit for a path. Made one relative step at a time, as only they can be.
    const script = `const fs = require("node:fs"); process.chdir(process.argv[1]);
      for (let depth = 0; depth < 22; depth += 1) { fs.mkdirSync("d".repeat(200)); process.chdir("d".repeat(200)); }
      fs.writeFileSync("deep.txt", "A story at the bottom.\\n");`;
    execFileSync(process.execPath, ["-e", script, seeds]);
    const result = await build();
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/rejected {2}seeds\/(d+\/)+: the folder cannot be read \(ENAMETOOLONG\)/);
    expect(result.stdout).toContain("1 of 2 seed files published");
  });
});

async function chownTree(folder: string, uid: number): Promise<void> {
  await chown(folder, uid, uid);
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) await chown(path.join(entry.parentPath, entry.name), uid, uid);
}

describe("settings files that are not plain files", () => {
  it("builds past a folder, a pipe and a link to /dev/zero named like a settings file", async () => {
    await mkdir(path.join(seeds, "_folder.yaml"));
    mkfifo(path.join(seeds, "_pipe.yaml"));
    await symlink("/dev/zero", path.join(seeds, "_zero.yaml"));
    const result = await build();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("1 of 1 seed files published");
  });

  it("stops with the file named, instead of hanging, when the taxonomy is a pipe", async () => {
    mkfifo(path.join(seeds, "_taxonomy.yaml"));
    const result = await build();
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain("_taxonomy.yaml: not read: it is a named pipe, not a regular file");
  });
});

describe("build state that is not what a build wrote", () => {
  async function cacheEntries(): Promise<string[]> {
    const folder = path.join(work, "state", "parse-cache");
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile() && entry.name.endsWith(".json")).map((entry) => path.join(entry.parentPath, entry.name));
  }

  it("parses a seed again when a pipe stands in place of its cache entry", async () => {
    expect((await build()).code).toBe(0);
    const [entry] = await cacheEntries();
    if (!entry) throw new Error("the first build cached nothing");
    await rm(entry);
    mkfifo(entry);
    const result = await build();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("1 of 1 seed files published");
  });

  it("makes every page when a pipe stands in place of outputs.json", async () => {
    expect((await build()).code).toBe(0);
    await rm(path.join(work, "state", "outputs.json"));
    mkfifo(path.join(work, "state", "outputs.json"));
    const result = await build();
    expect(result.code, result.stderr).toBe(0);
  });

  it("makes every page when outputs.json records no outputs object", async () => {
    expect((await build()).code).toBe(0);
    const record = JSON.parse(await readFile(path.join(work, "state", "outputs.json"), "utf8")) as Record<string, unknown>;
    await writeFile(path.join(work, "state", "outputs.json"), JSON.stringify({ ...record, outputs: null }));
    const result = await build();
    expect(result.code, result.stderr).toBe(0);
  });

  it("refuses a state folder inside the seeds folder, which would set npm start's watcher off after every build", async () => {
    const result = await build({ ARCHIVE_STATE_DIR: path.join(seeds, "state") });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`state folder ${path.join(seeds, "state")} is inside the seeds folder; choose one outside it with ARCHIVE_STATE_DIR`);
  });
});
