/**
 * Tag precision and recall against the labelled fixture set in
 * `tests/fixtures/tagged/` (see its `labels.yaml`). Every fixture goes
 * through the real pipeline (parseSeed, then the archive's merging) with no
 * taxonomy, so the figures are what the built-in extractor achieves.
 *
 * Recall: central tags found / central tags. Precision: tags given that are
 * central or acceptable / tags given.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { z } from "zod";
import { buildArchive } from "../src/archive/build-archive.ts";
import { slugify } from "../src/parse/text.ts";
import type { Article } from "../src/model/article.ts";
import { parseSeed } from "../src/record/parse-seed.ts";
import { readSeedFiles } from "../src/seeds/find.ts";

export const taggedFixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../tests/fixtures/tagged");
export const tagTargets = { recall: 0.9, precision: 0.9 };

const labelsSchema = z.record(
  z.string(),
  z.object({ source: z.string().optional(), central: z.array(z.string()), acceptable: z.array(z.string()).default([]) }).strict(),
);

export interface ArticleResult {
  file: string;
  tags: string[];
  missed: string[];
  extra: string[];
}

export interface TagEvaluation {
  articles: ArticleResult[];
  records: Article[];
  central: number;
  found: number;
  given: number;
  correct: number;
  recall: number;
  precision: number;
}

/** "A | B" is one entity known by either name; each name is compared by slug. */
function alternatives(label: string): string[] {
  return label.split("|").map((name) => slugify(name.trim()));
}

export async function evaluateTags(fixturesDir = taggedFixturesDir): Promise<TagEvaluation> {
  const labels = labelsSchema.parse(yaml.load(await readFile(path.join(fixturesDir, "labels.yaml"), "utf8")));
  const records = (await readSeedFiles(fixturesDir)).map((seed) => {
    const outcome = parseSeed(seed);
    if (outcome.kind !== "article") throw new Error(`${seed.path} did not parse: ${JSON.stringify(outcome)}`);
    return outcome.article;
  });
  const unlabelled = records.filter((article) => !labels[article.sourceFile]).map((article) => article.sourceFile);
  if (unlabelled.length > 0) throw new Error(`no labels for ${unlabelled.join(", ")}`);

  const articles = [...buildArchive(records).articles]
    .sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : 1))
    .map((article): ArticleResult => {
      const label = labels[article.sourceFile] ?? { central: [], acceptable: [] };
      const slugs = new Set(article.tags.map((tag) => tag.slug));
      const allowed = new Set([...label.central, ...label.acceptable].flatMap(alternatives));
      return {
        file: article.sourceFile,
        tags: article.tags.map((tag) => tag.name),
        missed: label.central.filter((entity) => !alternatives(entity).some((slug) => slugs.has(slug))),
        extra: article.tags.filter((tag) => !allowed.has(tag.slug)).map((tag) => tag.name),
      };
    });
  const central = Object.values(labels).reduce((sum, label) => sum + label.central.length, 0);
  const found = central - articles.reduce((sum, result) => sum + result.missed.length, 0);
  const given = articles.reduce((sum, result) => sum + result.tags.length, 0);
  const correct = given - articles.reduce((sum, result) => sum + result.extra.length, 0);
  return { articles, records, central, found, given, correct, recall: found / central, precision: correct / given };
}
