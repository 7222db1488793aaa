/**
 * Tag precision and recall against the labelled fixture set in
 * `tests/fixtures/tagged/` (see its `labels.yaml`). Every fixture goes
 * through the real pipeline (parseSeed, then the archive's merging), with no
 * taxonomy, so the figures are what the built-in extractor achieves.
 *
 *   npm run eval:tags             # totals, per-article misses and extras
 *
 * Recall: central tags found / central tags. Precision: tags given that are
 * central or acceptable / tags given. Exits 1 below the targets (recall 0.9,
 * precision 0.85).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { z } from "zod";
import { buildArchive } from "../src/archive/build-archive.ts";
import { extractEntities } from "../src/entities/extract.ts";
import { slugify } from "../src/parse/text.ts";
import type { Article } from "../src/record/article.ts";
import { parseSeed } from "../src/record/parse-seed.ts";
import { readSeedFiles } from "../src/seeds/find.ts";

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../tests/fixtures/tagged");
const targets = { recall: 0.9, precision: 0.85 };

const labelsSchema = z.record(
  z.string(),
  z.object({ source: z.string().optional(), central: z.array(z.string()), acceptable: z.array(z.string()).default([]) }).strict(),
);

/** "A | B" is one entity known by either name; each name is compared by slug. */
function alternatives(label: string): string[] {
  return label.split("|").map((name) => slugify(name.trim()));
}

const labels = labelsSchema.parse(yaml.load(await readFile(path.join(fixturesDir, "labels.yaml"), "utf8")));
const seeds = await readSeedFiles(fixturesDir);
const records = seeds.flatMap((seed): Article[] => {
  const outcome = parseSeed(seed);
  if (outcome.kind !== "article") throw new Error(`${seed.path} did not parse: ${JSON.stringify(outcome)}`);
  return [outcome.article];
});
const unlabelled = records.filter((article) => !labels[article.sourceFile]).map((article) => article.sourceFile);
if (unlabelled.length > 0) throw new Error(`no labels for ${unlabelled.join(", ")}`);

let central = 0;
let found = 0;
let given = 0;
let correct = 0;
const lines: string[] = [];
for (const article of [...buildArchive(records).articles].sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : 1))) {
  const label = labels[article.sourceFile] ?? { central: [], acceptable: [] };
  const slugs = new Set(article.tags.map((tag) => tag.slug));
  const missed = label.central.filter((entity) => !alternatives(entity).some((slug) => slugs.has(slug)));
  const allowed = new Set([...label.central, ...label.acceptable].flatMap(alternatives));
  const extra = article.tags.filter((tag) => !allowed.has(tag.slug)).map((tag) => tag.name);
  central += label.central.length;
  found += label.central.length - missed.length;
  given += article.tags.length;
  correct += article.tags.length - extra.length;
  const problems = [missed.length > 0 ? `missed ${missed.join(", ")}` : "", extra.length > 0 ? `extra ${extra.join(", ")}` : ""].filter(Boolean);
  lines.push(`${problems.length === 0 ? "ok  " : "    "} ${article.sourceFile}: ${article.tags.map((tag) => tag.name).join(", ")}${problems.length > 0 ? `\n       ${problems.join("; ")}` : ""}`);
}

const started = process.cpuUsage();
const rounds = 20;
for (let round = 0; round < rounds; round++) for (const article of records) extractEntities(article);
const used = process.cpuUsage(started);
const extractionMs = (used.user + used.system) / 1000 / (rounds * records.length);

const recall = found / central;
const precision = correct / given;
console.log(lines.join("\n"));
console.log(`\n${records.length} articles, ${central} central tags, ${given} tags given`);
console.log(`recall    ${recall.toFixed(3)} (${found}/${central}; target ${targets.recall})`);
console.log(`precision ${precision.toFixed(3)} (${correct}/${given}; target ${targets.precision})`);
console.log(`tag extraction: ${extractionMs.toFixed(2)} ms CPU per article`);
if (recall < targets.recall || precision < targets.precision) process.exitCode = 1;
