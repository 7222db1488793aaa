/**
 * The data half of a build: seed files -> records -> archive, with the report
 * of everything that was refused or changed on the way.
 */
import { buildArchive, type Archive } from "./archive/build-archive.ts";
import { createGazetteer } from "./entities/gazetteer.ts";
import { loadTaxonomy } from "./entities/taxonomy.ts";
import type { Article } from "./record/article.ts";
import { parseSeed, type SeedContext } from "./record/parse-seed.ts";
import { createReport, type BuildReport } from "./report.ts";
import { readSeedFiles } from "./seeds/find.ts";
import type { SeedProblem } from "./seeds/problem.ts";

export interface LoadedArchive {
  archive: Archive;
  report: BuildReport;
}

export async function loadArchive(seedsDir: string, maxSeedBytes?: number): Promise<LoadedArchive> {
  const seeds = await readSeedFiles(seedsDir, maxSeedBytes);
  const context: SeedContext = { gazetteer: createGazetteer(await loadTaxonomy(seedsDir)) };
  const records: Article[] = [];
  const drafts: string[] = [];
  const rejected: SeedProblem[] = [];
  for (const seed of seeds) {
    const outcome = parseSeed(seed, context);
    if (outcome.kind === "article") records.push(outcome.article);
    else if (outcome.kind === "draft") drafts.push(outcome.file);
    else rejected.push(outcome.problem);
  }
  const archive = buildArchive(records);
  const report = createReport(seeds.length, archive.articles, drafts, [...rejected, ...archive.rejected], archive.notices);
  return { archive, report };
}
