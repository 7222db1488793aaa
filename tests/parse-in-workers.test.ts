/**
 * Parsing in worker threads must give exactly what parsing one seed after
 * another gives, in seed order: the real seeds, the bad-input fixtures,
 * articles made from Brown corpus press texts and generated hostile seeds,
 * read with a taxonomy (which the workers must use too).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { brownDocuments, brownParagraphs } from "../scripts/brown-corpus.ts";
import { parseTaxonomy, type Taxonomy } from "../src/entities/taxonomy.ts";
import { noEvidence, parseSeed, seedCensus, seedContext } from "../src/record/parse-seed.ts";
import { archiveEvidence, outcomesInOrder, parseInWorkers, parseWorkerCount } from "../src/record/parse-seeds.ts";
import { readSeedFiles, type SeedFile } from "../src/seeds/find.ts";
import { packSeeds, unpackSeeds } from "../src/seeds/pack.ts";
import { hostileSeed } from "./hostile/hostile-seeds.ts";
import { fixturesDir, seedFile, seedsDir } from "./helpers.ts";

/** Three seeds from each press report: a run of paragraphs, every other one under a headline. */
function brownSeeds(): SeedFile[] {
  return brownDocuments("news").flatMap((name) => {
    const paragraphs = brownParagraphs(name);
    return [0, 1, 2].map((part) => {
      const chosen = paragraphs.slice(part * 5, part * 5 + 3 + part);
      const headline = part === 1 ? `${name.toUpperCase()} Press Report\n\n` : "";
      return seedFile(`brown/${name}-${part}.txt`, `${headline}${chosen.join("\n\n")}\n`);
    });
  });
}

let seeds: SeedFile[];
let taxonomy: Taxonomy;
beforeAll(async () => {
  taxonomy = parseTaxonomy(await readFile(path.join(fixturesDir, "taxonomy", "example-taxonomy.yaml"), "utf8"), "example-taxonomy.yaml");
  seeds = [
    ...(await readSeedFiles(seedsDir)),
    ...(await readSeedFiles(path.join(fixturesDir, "bad-input"))),
    { path: "unreadable.txt", bytes: new Uint8Array(0), unreadable: "the file is a symbolic link" },
    ...brownSeeds(),
    ...fc.sample(hostileSeed, { numRuns: 300, seed: 7 }),
  ];
});

describe("parsing in worker threads", () => {
  it("gives the outcomes sequential parsing gives, in seed order, with each seed's evidence from the archive", async () => {
    const context = seedContext(taxonomy);
    const evidence = await archiveEvidence(seeds.map(seedCensus));
    expect(evidence.some((seedEvidence) => seedEvidence.recurringLines.length > 0)).toBe(true);
    const sequential = seeds.map((seed, index) => parseSeed(seed, context, evidence[index]));
    const parallel = await outcomesInOrder(parseInWorkers(seeds.map((seed, index) => ({ seed, evidence: evidence[index] ?? noEvidence })), taxonomy, 2));
    expect(parallel).toHaveLength(seeds.length);
    expect(parallel).toStrictEqual(sequential);
  });

  it("packs seeds for a worker without changing a byte, path or reason", () => {
    const unpacked = unpackSeeds(packSeeds(seeds));
    expect(unpacked.map((seed) => [seed.path, Buffer.from(seed.bytes).toString("base64"), seed.unreadable])).toEqual(
      seeds.map((seed) => [seed.path, Buffer.from(seed.bytes).toString("base64"), seed.unreadable]),
    );
  });

  it("fails with the worker's error, not a hang, when the parser cannot load", async () => {
    const broken = { entities: [{ name: 42, kind: "person", aliases: [] }], never: [] } as unknown as Taxonomy;
    const jobs = seeds.slice(0, 40).map((seed) => ({ seed, evidence: noEvidence }));
    await expect(outcomesInOrder(parseInWorkers(jobs, broken, 2))).rejects.toThrow(/a worker thread failed: TypeError/);
  });
});

describe("when to start workers", () => {
  it("keeps a handful of seeds on the main thread, and uses every core for many", () => {
    expect(parseWorkerCount(1, 2)).toBe(0);
    expect(parseWorkerCount(5, 2)).toBe(0);
    expect(parseWorkerCount(1_000, 2)).toBe(0);
    expect(parseWorkerCount(10_000, 2)).toBe(2);
    expect(parseWorkerCount(10_000, 1)).toBe(0);
    expect(parseWorkerCount(100_000, 8)).toBe(8);
  });
});
