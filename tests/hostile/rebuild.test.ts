/**
 * Seeds renamed and oversized between builds: the rebuilt site is exactly
 * what a clean build of the same seeds gives, with no page left from the old
 * name, and a seed whose id is in its name keeps its address.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { temporaryFolder } from "../helpers.ts";
import { runBuild, snapshot } from "./run-build.ts";

let work: string;
let seeds: string;

function buildInto(output: string, extra: Record<string, string> = {}) {
  return runBuild({ ARCHIVE_SEEDS_DIR: seeds, ARCHIVE_OUTPUT_DIR: output, ARCHIVE_STATE_DIR: path.join(work, "state"), ...extra }, { cwd: work });
}

function articlePages(files: Map<string, Buffer>): string[] {
  return [...files.keys()].filter((file) => file.startsWith("articles/")).sort();
}

beforeAll(async () => {
  work = await temporaryFolder();
  seeds = path.join(work, "seeds");
  await mkdir(seeds);
  await writeFile(path.join(seeds, "000_abcdef1234567890.txt"), "Budget agreed after talks\n\nThe council met on Tuesday and agreed the budget.\n");
  await writeFile(path.join(seeds, "story.txt"), "Bridge reopens to traffic\n\nThe bridge reopened on Monday after repairs.\n");
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("a seed renamed between builds", () => {
  it("gives the site a clean build would give, keeping the address of a seed with its id in its name", async () => {
    const output = path.join(work, "site");
    expect((await buildInto(output)).code).toBe(0);
    const before = articlePages(await snapshot(output));
    const keptAddress = before.find((file) => file.includes("abcdef1234567890"));
    expect(keptAddress).toBeDefined();

    await rename(path.join(seeds, "000_abcdef1234567890.txt"), path.join(seeds, "2024-01-05_abcdef1234567890.txt"));
    await rename(path.join(seeds, "story.txt"), path.join(seeds, "bridge.txt"));
    expect((await buildInto(output)).code).toBe(0);
    const clean = path.join(work, "clean-site");
    expect((await buildInto(clean)).code).toBe(0);

    const rebuilt = await snapshot(output);
    expect(rebuilt).toEqual(await snapshot(clean));
    expect(articlePages(rebuilt)).toContain(keptAddress);
    expect(articlePages(rebuilt)).toHaveLength(before.length);
  });
});

describe("a seed over the size limit", () => {
  it("is rejected with its size and the limit from ARCHIVE_MAX_SEED_BYTES, and the rest is built", async () => {
    await writeFile(path.join(seeds, "huge.txt"), "The council met on Tuesday and agreed the budget.\n".repeat(1000));
    const result = await buildInto(path.join(work, "limited-site"), { ARCHIVE_MAX_SEED_BYTES: "20000" });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("seeds/huge.txt: the file is 50,000 bytes (48.8 KB), over the limit of 20,000 bytes (19.5 KB)");
    expect(result.stdout).toContain("2 of 3 seed files published, 1 rejected");
  });

  it("stops the build with exit code 2 when the limit is not a number", async () => {
    const result = await buildInto(path.join(work, "no-site"), { ARCHIVE_MAX_SEED_BYTES: "lots" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ARCHIVE_MAX_SEED_BYTES "lots" must be a whole number of bytes');
  });
});
