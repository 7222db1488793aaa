/**
 * Parsing in worker threads must give exactly what parsing one seed after
 * another gives, in seed order: the real seeds, the bad-input fixtures,
 * articles made from Brown corpus press texts, generated hostile seeds, and
 * saved pages and a web archive's records, read with a taxonomy (which the
 * workers must use too).
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { brownDocuments, brownParagraphs } from "../../scripts/brown-corpus.ts";
import { parseTaxonomy, type Taxonomy } from "../../src/entities/taxonomy.ts";
import { noEvidence, parseSeed, seedCensus, seedContext } from "../../src/record/parse-seed.ts";
import { archiveEvidence, outcomesInOrder, parseInWorkers, parseWorkerCount } from "../../src/record/parse-seeds.ts";
import { readSeedFiles, type SeedFile } from "../../src/seeds/find.ts";
import { packSeeds, unpackSeeds } from "../../src/seeds/pack.ts";
import { hostileSeed } from "../hostile/hostile-seeds.ts";
import { fixturesDir, seedFile, seedsDir, temporaryFolder } from "../helpers.ts";
import { crawlRecords, pages, savedPage, webArchive } from "../seeds/web-archive.ts";

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

/** The test crawl's records and the three saved pages as `.html` files, read as a build reads them. */
async function savedPageSeeds(): Promise<SeedFile[]> {
  const folder = await temporaryFolder("news-archive-workers-");
  await writeFile(path.join(folder, "crawl.warc.gz"), await webArchive(crawlRecords(), true));
  for (const page of Object.values(pages)) await writeFile(path.join(folder, `${page.file}.html`), savedPage(page.file));
  const read = await readSeedFiles(folder);
  await rm(folder, { recursive: true, force: true });
  return read;
}

let seeds: SeedFile[];
let taxonomy: Taxonomy;
beforeAll(async () => {
  taxonomy = parseTaxonomy(await readFile(path.join(fixturesDir, "taxonomy", "example-taxonomy.yaml"), "utf8"), "example-taxonomy.yaml");
  seeds = [
    ...(await savedPageSeeds()),
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

  it("packs seeds for a worker without changing a byte, path, reason or capture", () => {
    const unpacked = unpackSeeds(packSeeds(seeds));
    const fields = (seed: SeedFile) => [seed.path, Buffer.from(seed.bytes).toString("base64"), seed.unreadable, seed.skipped, seed.capture];
    expect(unpacked.map(fields)).toEqual(seeds.map(fields));
    expect(seeds.filter((seed) => seed.capture).length).toBeGreaterThan(0);
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
