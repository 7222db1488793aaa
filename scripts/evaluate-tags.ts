/**
 * Prints tag precision and recall against the labelled fixture set, each
 * article's misses and extras, and the CPU time of tag extraction per article.
 * Exits 1 below the targets (recall 0.9, precision 0.9).
 *
 *   npm run eval:tags
 */
import { extractEntities } from "../src/entities/extract.ts";
import { evaluateTags, tagTargets } from "./tag-evaluation.ts";

const evaluation = await evaluateTags();
for (const result of evaluation.articles) {
  const problems = [result.missed.length > 0 ? `missed ${result.missed.join(", ")}` : "", result.extra.length > 0 ? `extra ${result.extra.join(", ")}` : ""].filter(Boolean);
  console.log(`${problems.length === 0 ? "ok  " : "    "} ${result.file}: ${result.tags.join(", ")}`);
  if (problems.length > 0) console.log(`       ${problems.join("; ")}`);
}

const rounds = 20;
const started = process.cpuUsage();
for (let round = 0; round < rounds; round++) for (const article of evaluation.records) extractEntities(article);
const used = process.cpuUsage(started);
const extractionMs = (used.user + used.system) / 1000 / (rounds * evaluation.records.length);

console.log(`\n${evaluation.records.length} articles, ${evaluation.central} central tags, ${evaluation.given} tags given`);
console.log(`recall    ${evaluation.recall.toFixed(3)} (${evaluation.found}/${evaluation.central}; target ${tagTargets.recall})`);
console.log(`precision ${evaluation.precision.toFixed(3)} (${evaluation.correct}/${evaluation.given}; target ${tagTargets.precision})`);
console.log(`tag extraction: ${extractionMs.toFixed(2)} ms CPU per article`);
if (evaluation.recall < tagTargets.recall || evaluation.precision < tagTargets.precision) process.exitCode = 1;
