/**
 * The parse cache only ever saves time: unchanged seeds are not parsed again,
 * changed settings or parser code invalidate it, and a corrupt or missing
 * cache gives exactly the records a clean parse gives.
 */
import { cp, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedSettingsHash } from "../../src/cache/fingerprint.ts";
import { openParseCache } from "../../src/cache/parse-cache.ts";
import { loadArchive } from "../../src/load-archive.ts";
import { parseSeed } from "../../src/record/parse-seed.ts";
import { censusOf, type ParseJob, type ParsedRun } from "../../src/record/parse-seeds.ts";
import { readSeedFiles, type SeedFile } from "../../src/seeds/find.ts";
import { seedsDir, temporaryFolder } from "../helpers.ts";

let work: string;
let seeds: string;
let cacheDir: string;
beforeEach(async () => {
  work = await temporaryFolder("news-archive-cache-");
  seeds = path.join(work, "seeds");
  cacheDir = path.join(work, "cache");
  await cp(seedsDir, seeds, { recursive: true });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function cacheFiles(): Promise<string[]> {
  const entries = await readdir(cacheDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe("the parse cache", () => {
  it("parses each unchanged seed once, and gives the records a clean parse gives", async () => {
    const clean = await loadArchive(seeds);
    const first = openParseCache(cacheDir, "v1");
    await loadArchive(seeds, { cache: first });
    const second = openParseCache(cacheDir, "v1");
    const cached = await loadArchive(seeds, { cache: second });
    expect(first.stats).toEqual({ hits: 0, misses: 5 });
    expect(second.stats).toEqual({ hits: 5, misses: 0 });
    expect(cached).toEqual(clean);
  });

  it("parses again when the fingerprint (parser or settings) changes", async () => {
    await loadArchive(seeds, { cache: openParseCache(cacheDir, "v1") });
    const changed = openParseCache(cacheDir, "v2");
    await loadArchive(seeds, { cache: changed });
    expect(changed.stats).toEqual({ hits: 0, misses: 5 });
  });

  it("treats corrupt, truncated and foreign entries as missing", async () => {
    const clean = await loadArchive(seeds);
    await loadArchive(seeds, { cache: openParseCache(cacheDir, "v1") });
    const files = await cacheFiles();
    await writeFile(files[0] ?? "", "not json at all");
    await writeFile(files[1] ?? "", "");
    await writeFile(files[2] ?? "", `${"0".repeat(64)}\n{"key":"x","outcome":{"kind":"draft","file":"a"}}`);
    const reopened = openParseCache(cacheDir, "v1");
    expect(await loadArchive(seeds, { cache: reopened })).toEqual(clean);
    expect(reopened.stats).toEqual({ hits: 2, misses: 3 });
  });

  it("puts outcomes parsed in any order in seed order, and stores every one", async () => {
    const seedFiles = await readSeedFiles(seeds);
    /** One run per seed, last seed first, as workers finishing out of order would give them. */
    async function* parseLastFirst(missing: readonly ParseJob[]): AsyncGenerator<ParsedRun> {
      for (let start = missing.length - 1; start >= 0; start--) {
        const job = missing[start] as ParseJob;
        yield { start, outcomes: [parseSeed(job.seed, undefined, job.evidence)] };
      }
    }
    const lastFirst = { census: censusOf, parse: parseLastFirst };
    const first = openParseCache(cacheDir, "v1");
    await first.parseAll([seedFiles[1], seedFiles[3]] as SeedFile[], lastFirst);
    await first.saved();
    const partial = openParseCache(cacheDir, "v1");
    expect(await partial.parseAll(seedFiles, lastFirst)).toStrictEqual(seedFiles.map((seed) => parseSeed(seed)));
    await partial.saved();
    expect(partial.stats).toEqual({ hits: 2, misses: 3 });
    const complete = openParseCache(cacheDir, "v1");
    await complete.parseAll(seedFiles, lastFirst);
    expect(complete.stats).toEqual({ hits: 5, misses: 0 });
  });

  it("parses again the seeds whose recurring lines change when another seed is added, and only those", async () => {
    const footer = "Thanks for reading the Harbour Gazette";
    const story = (topic: string) =>
      `The ${topic} committee met on Tuesday night and voted to send the plan back for another look, members said after a long debate.\n\n${footer}\n\nThe plan will come back to the ${topic} committee in the spring, when the new budget is known and the members have heard from residents.\n`;
    await writeFile(path.join(seeds, "a.txt"), story("harbour"));
    await writeFile(path.join(seeds, "b.txt"), story("parks"));
    const before = openParseCache(cacheDir, "v1");
    const first = await loadArchive(seeds, { cache: before });
    expect(first.archive.articles.find((article) => article.sourceFile === "a.txt")?.paragraphs.join("\n")).toContain(footer);
    // A third seed with the same line makes it recur: the two seeds that hold it are parsed again, the shipped five are not.
    await writeFile(path.join(seeds, "c.txt"), story("roads"));
    const after = openParseCache(cacheDir, "v1");
    const second = await loadArchive(seeds, { cache: after });
    expect(after.stats).toEqual({ hits: 5, misses: 3 });
    const withFooter = second.archive.articles.filter((article) => article.paragraphs.join("\n").includes(footer));
    expect(withFooter).toEqual([]);
    expect(second).toEqual(await loadArchive(seeds));
  });

  it("rebuilds a deleted cache folder, and drops entries no seed uses any more", async () => {
    await loadArchive(seeds, { cache: openParseCache(cacheDir, "v1") });
    await rm(cacheDir, { recursive: true });
    await loadArchive(seeds, { cache: openParseCache(cacheDir, "v1") });
    expect(await cacheFiles()).toHaveLength(5);
    await rm(path.join(seeds, (await readdir(seeds)).find((name) => name.endsWith(".txt")) ?? ""));
    await loadArchive(seeds, { cache: openParseCache(cacheDir, "v1") });
    expect(await cacheFiles()).toHaveLength(4);
  });
});

describe("the cache fingerprint", () => {
  it("changes when a settings file such as seeds/_taxonomy.yaml is added or edited, not for notes", async () => {
    const none = await seedSettingsHash(seeds);
    await writeFile(path.join(seeds, "_notes.txt"), "remember the Geneva follow-up");
    expect(await seedSettingsHash(seeds)).toBe(none);
    await writeFile(path.join(seeds, "_taxonomy.yaml"), "topics: [Trade]\n");
    const withTaxonomy = await seedSettingsHash(seeds);
    expect(withTaxonomy).not.toBe(none);
    await writeFile(path.join(seeds, "_taxonomy.yaml"), "topics: [Trade, Energy]\n");
    expect(await seedSettingsHash(seeds)).not.toBe(withTaxonomy);
  });
});
