/**
 * The archive-wide decisions of `buildArchive` (related articles in order,
 * versions of one story, copies refused) for a fixed archive of 1,200 records
 * built from Brown corpus paragraphs, against a snapshot taken before the
 * archive step was made faster. Any change to what is decided shows here.
 *
 * The records are made directly, not parsed from seed text, so that work on
 * the parser cannot move the snapshot. Some articles carry text that trips
 * simple tokenisers (Greek final sigma, dotted capital I, letters outside the
 * Basic Multilingual Plane, digits inside words, decomposed accents, unusual
 * white space), and some are copies of others with only the white space or
 * the Unicode normalisation changed.
 *
 * After a deliberate change to the decisions: `npx vitest run tests/archive/decisions.test.ts -u`.
 */
import { describe, expect, it } from "vitest";
import { brownDocuments, brownParagraphs } from "../../scripts/brown-corpus.ts";
import { buildArchive, linkArchive, linkArchiveBeside, settleArchive } from "../../src/archive/build-archive.ts";
import { startWorker } from "../../src/concurrency/worker-thread.ts";
import { versionSources, type default as findVersions } from "../../src/concurrency/workers/find-versions.ts";
import type { Article, Tag } from "../../src/model/article.ts";
import { randomGenerator } from "../../scripts/random.ts";

const count = 1200;

const awkwardSentences = [
  "ΟΔΥΣΣΕΑΣ ΚΑΙ ΣΟΦΟΣ ΛΟΓΟΣ: ο δρόμος της Σάμου ΕΙΝΑΙ ΚΛΕΙΣΤΟΣ.",
  "İSTANBUL and İZMİR ports reopened; DİYARBAKIR waits.",
  "Die GROẞE STRAßE in Köln bleibt gesperrt, sagt die Polizei.",
  "𝐁𝐑𝐄𝐀𝐊𝐈𝐍𝐆 𝐍𝐄𝐖𝐒 from 𠀀𠀁𠀂𠀃 district, 𝑏𝑦 𝑜𝑢𝑟 𝑟𝑒𝑝𝑜𝑟𝑡𝑒𝑟.",
  "The covid19 wards and the A380 fleet, 2024edition, ٣٤٥ units and ²³ footnotes.",
  "Café owners in Besançon said the crème brûlée festival drew résumé-carrying visitors.",
  "Russia’s envoy met Ukraine's delegation; the ministry’s statement followed.",
  "ǅemal and ǈubljana: titlecase ǋ letters and the ﬁnal ﬂight.",
  "Ｆｕｌｌｗｉｄｔｈ ｎｅｗｓ　ｆｒｏｍ　Ｔｏｋｙｏ　ｔｏｄａｙ.",
  "Meetings, meetings and sanctions: the meeting sanctioned studies of cities.",
];

const replacementWords = ["1961", "covid19", "2,400", "Σοφός", "ΣΟΦΟΣ", "İzmir", "𝐍𝐄𝐖𝐒", "café", "cafe\u0301", "mayor’s", "x"];

const tagPool: Tag[] = ["budget", "courts", "elections", "schools", "weather", "baseball", "music", "churches", "taxes", "housing", "texas", "berlin", "moscow", "congress"].map(
  (slug, index): Tag => ({ slug, name: slug.replace(/^./, (first) => first.toUpperCase()), kind: index < 10 ? "topic" : "place" }),
);

function record(index: number, paragraphs: string[], tags: Tag[]): Article {
  const id = `b${String(index).padStart(4, "0")}`;
  return {
    id,
    slug: id,
    url: `/articles/${id}/`,
    title: (paragraphs[0] ?? "").split(" ").slice(0, 8).join(" ") || id,
    titleSource: "lead-sentence",
    date: null,
    dateSource: null,
    updated: null,
    notBefore: null,
    author: null,
    source: null,
    originalUrl: null,
    lang: null,
    metadataSources: {},
    capturedAt: null,
    summary: "",
    paragraphs,
    html: "",
    removed: [],
    credits: [],
    tags,
    related: [],
    versionOf: null,
    wordCount: 0,
    readingMinutes: 1,
    sourceFile: `${id}.txt`,
    contentHash: "0".repeat(64),
    encoding: "UTF-8",
    extra: {},
    warnings: [],
  };
}

/** The same text as bodyKey sees it: white space runs changed, paragraphs split elsewhere, accents decomposed. */
function disguisedCopy(paragraphs: string[], variant: number): string[] {
  if (variant === 0) return paragraphs.map((paragraph) => `  ${paragraph.replaceAll(" ", "\u00a0 ")}\t`);
  if (variant === 1) return [paragraphs.join("\u2003"), ""];
  return paragraphs.map((paragraph) => paragraph.normalize("NFD"));
}

function generatedRecords(): Article[] {
  const documents = ["news", "editorial", "reviews"].flatMap(brownDocuments).map((name) => brownParagraphs(name).filter((paragraph) => paragraph.split(" ").length >= 12));
  const pool = documents.flat();
  const random = randomGenerator(1961);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const records: Article[] = [];
  for (let index = 0; index < count; index++) {
    const previous = records[index - 1]?.paragraphs ?? [];
    const tags = tagPool.filter(() => random() < 0.12);
    let paragraphs: string[];
    if (index % 25 === 1) {
      // A later version: the last paragraph extended, one paragraph added.
      paragraphs = [...previous.slice(0, -1), `${previous.at(-1) ?? ""} An editor's note was added.`, "This story has been updated."];
    } else if (index % 25 === 13) {
      // An edited copy: a share of its words replaced, so some pairs land close to the threshold either side.
      const share = 0.01 + random() * 0.1;
      paragraphs = previous.map((paragraph) => paragraph.replace(/\S+/g, (word) => (random() < share ? pick(replacementWords) : word)));
    } else if (index % 40 === 2) {
      const decomposable = records.filter((earlier) => earlier.paragraphs.some((paragraph) => paragraph !== paragraph.normalize("NFD")));
      const variant = index % 3;
      paragraphs = disguisedCopy(pick(variant === 2 && decomposable.length > 0 ? decomposable : records).paragraphs, variant);
    } else {
      // Most paragraphs from one document, so articles have subjects in common; a few from anywhere.
      const document = pick(documents);
      paragraphs = Array.from({ length: 3 + Math.floor(random() * 6) }, (_, slot) => (slot < 4 ? pick(document) : pick(pool)));
      if (index % 7 === 3) paragraphs.splice(1, 0, `${pick(awkwardSentences)} ${pick(awkwardSentences)}`);
    }
    records.push(record(index, paragraphs, tags));
  }
  return records;
}

function decisions(): string {
  const archive = buildArchive(generatedRecords());
  const bySeedOrder = [...archive.articles].sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : 1));
  const lines = bySeedOrder.map((article) => `${article.id} -> ${article.related.join(" ")}${article.versionOf ? ` | version of ${article.versionOf}` : ""}`);
  const refused = archive.rejected.map((problem) => `refused ${problem.file}: ${problem.message}`);
  return [...lines, ...refused, ""].join("\n");
}

describe("buildArchive on a fixed archive of 1,200 generated records", () => {
  it("makes the same related, version and copy decisions as the snapshot", async () => {
    await expect(decisions()).toMatchFileSnapshot("../fixtures/archive-decisions/brown-1200.txt");
  });
});

const versionsWorker = new URL("../../src/concurrency/workers/find-versions.ts", import.meta.url);

describe("versions found in a worker thread", () => {
  it("link the archive exactly as when found on this thread", async () => {
    const settled = settleArchive(generatedRecords());
    const worker = startWorker<typeof findVersions>(versionsWorker);
    try {
      const beside = await linkArchiveBeside(settled, worker.run(versionSources(settled.bySeedOrder)));
      expect(beside.articles.some((article) => article.versionOf !== null)).toBe(true);
      expect(beside).toEqual(linkArchive(settled));
    } finally {
      await worker.stop();
    }
  });

  it("fail, rather than hang, when the worker is gone before it is asked", async () => {
    const worker = startWorker<typeof findVersions>(versionsWorker);
    await worker.stop();
    await expect(worker.run([])).rejects.toThrow(/stopped/);
  });
});
