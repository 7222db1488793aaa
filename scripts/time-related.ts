/**
 * Timing, not a test: builds 10,000 article records from Brown corpus
 * paragraphs (each article a different mix of real press paragraphs, mostly
 * from one document, and every fiftieth a near-copy of the one before), then times tag extraction per article, the
 * archive-wide related-articles, same-story and duplicate-body steps, and the whole of buildArchive.
 *
 *   npm run time:related            # 10,000 articles
 *   npm run time:related -- 2000    # another size
 */
import { performance } from "node:perf_hooks";
import { buildArchive } from "../src/archive/build-archive.ts";
import { refuseDuplicateBodies } from "../src/archive/duplicate-bodies.ts";
import { findRelated } from "../src/archive/related.ts";
import { findVersions } from "../src/archive/same-story.ts";
import { extractEntities } from "../src/entities/extract.ts";
import type { Article } from "../src/model/article.ts";
import { parseSeed } from "../src/record/parse-seed.ts";
import { brownDocuments, brownParagraphs } from "./brown-corpus.ts";
import { randomGenerator } from "./random.ts";

const count = Number(process.argv[2] ?? 10_000);
const paragraphsPerArticle = 8;
const nearCopyEvery = 50;

const documents = ["news", "editorial", "reviews"].flatMap(brownDocuments).map((name) => brownParagraphs(name).filter((paragraph) => paragraph.split(" ").length >= 12));
const pool = documents.flat();
const random = randomGenerator(1961);
const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
const texts: string[] = [];
for (let index = 0; index < count; index++) {
  const previous = texts[index - 1];
  if (index % nearCopyEvery === 1 && previous) {
    texts.push(`${previous}\n\nThis story has been updated.`);
    continue;
  }
  // Most paragraphs from one document, so articles have subjects in common; a few from anywhere.
  const document = pick(documents) ?? [];
  const paragraphs = Array.from({ length: paragraphsPerArticle }, (_, slot) => (slot < 6 ? pick(document) : pick(pool)) ?? "");
  texts.push(paragraphs.join("\n\n"));
}

/** Wall-clock and CPU milliseconds of a step: on a busy machine the CPU time is the fairer figure. */
function timed<T>(step: () => T): { result: T; wallMs: number; cpuMs: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = step();
  const used = process.cpuUsage(cpu);
  return { result, wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
}

const parsing = timed(() =>
  texts.flatMap((text, index): Article[] => {
    const outcome = parseSeed({ path: `${String(index).padStart(5, "0")}.txt`, bytes: new TextEncoder().encode(text) });
    return outcome.kind === "article" ? [outcome.article] : [];
  }),
);
const articles = parsing.result;
const extraction = timed(() => articles.map((article) => extractEntities(article)));
const related = timed(() => findRelated(articles));
const versions = timed(() => findVersions(articles));
const duplicates = timed(() => refuseDuplicateBodies(articles, []));
const archive = timed(() => buildArchive(articles));

const perArticle = (ms: number) => `${(ms / articles.length).toFixed(2)} ms`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const planted = texts.filter((_, index) => index % nearCopyEvery === 1).length;
const withLinks = [...related.result.values()].filter((ids) => ids.length > 0).length;
console.log(`${articles.length} articles from ${pool.length} Brown corpus paragraphs`);
console.log(`parseSeed, whole:     ${perArticle(parsing.cpuMs)} CPU per article (${perArticle(parsing.wallMs)} wall)`);
console.log(`tag extraction:       ${perArticle(extraction.cpuMs)} CPU per article (${perArticle(extraction.wallMs)} wall)`);
console.log(`related articles:     ${seconds(related.cpuMs)} CPU (${seconds(related.wallMs)} wall); ${withLinks} articles with links`);
console.log(`same-story versions:  ${seconds(versions.cpuMs)} CPU (${seconds(versions.wallMs)} wall); ${versions.result.size} later versions found, ${planted} planted`);
console.log(`duplicate bodies:     ${seconds(duplicates.cpuMs)} CPU (${seconds(duplicates.wallMs)} wall); ${articles.length - duplicates.result.length} copies refused`);
console.log(`buildArchive, whole:  ${seconds(archive.cpuMs)} CPU (${seconds(archive.wallMs)} wall)`);
