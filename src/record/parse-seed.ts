/**
 * One seed file to one `Article` record (or a rejection naming the file and
 * line). Pure: the same bytes and path always give the same record. The
 * archive-wide fields (`related`, `versionOf`, a slug that must be unique) are
 * settled later by the archive stage.
 */
import path from "node:path";
import { extractEntities } from "../entities/extract.ts";
import { createGazetteer, defaultGazetteer, type Gazetteer } from "../entities/gazetteer.ts";
import type { Taxonomy } from "../entities/taxonomy.ts";
import { splitBlocks, type Block } from "../parse/blocks.ts";
import { classifyBlocks, readBody, type BodyOptions, type ClassifiedBody } from "../parse/classify.ts";
import { dateFromFileName } from "../parse/dates.ts";
import { textToHtml } from "../parse/escape-html.ts";
import { parseFrontMatter } from "../parse/front-matter.ts";
import { capTitle } from "../parse/limits.ts";
import { notBeforeFromText } from "../parse/not-before.ts";
import { lineCensus, lineKey } from "../parse/recurring-lines.ts";
import { markdownToPlainText, renderMarkdown } from "../parse/markdown.ts";
import { summarise } from "../parse/summary.ts";
import { countWords, readingMinutes } from "../parse/text.ts";
import { splitParagraphLines } from "../parse/paragraph-lines.ts";
import { titleFromLead } from "../parse/title.ts";
import { declaredCharset } from "../parse/html/charset.ts";
import { pageBodyHtml } from "../parse/html/body-html.ts";
import { extractPage } from "../parse/html/extract-page.ts";
import { decodeSeed } from "../seeds/decode.ts";
import type { SeedFile } from "../seeds/find.ts";
import { SeedRejection, SeedSkipped, type SeedProblem } from "../seeds/problem.ts";
import { addRemoved, noneRemoved, removalWarnings, removeUnshowable } from "../seeds/characters.ts";
import { isSavedPage } from "../seeds/seed-kind.ts";
import { articleSchema, type Article, type Tag } from "../model/article.ts";
import { articleRoute } from "../model/route.ts";
import { chooseSlug, idFromFileName, idFromPath, idFromUrl, sha256Hex, tagSlug } from "./identity.ts";

export type SeedOutcome =
  | { kind: "article"; article: Article }
  | { kind: "draft"; file: string }
  | { kind: "rejected"; problem: SeedProblem }
  /** A web archive's record that is not an article page (a redirect, an image, an index, an older capture). */
  | { kind: "skipped"; problem: SeedProblem };

interface ReadText {
  title: string | null;
  titleSource: Article["titleSource"];
  body: ClassifiedBody;
}

/**
 * The title and body of a seed's text. A front-matter title is the title; a
 * Markdown seed's opening heading is its headline; otherwise the headline is
 * looked for among the lines (`readBody`), and the title made from the lead
 * sentence when no line reads as one.
 */
function readText(frontMatterTitle: string | undefined, blocks: Block[], isMarkdown: boolean, options: BodyOptions): ReadText {
  if (frontMatterTitle) return { title: frontMatterTitle, titleSource: "front-matter", body: classifyBlocks(blocks, frontMatterTitle, options) };
  const first = blocks[0];
  if (isMarkdown && first && /^#{1,6}\s/.test(first.source) && first.text !== "") {
    // Markdown blocks already carry their reader-visible text: the heading without `#` or emphasis marks.
    return { title: first.text, titleSource: "headline", body: classifyBlocks(blocks.slice(1), first.text, options) };
  }
  const { headline, ...body } = readBody(blocks, options);
  return { title: headline, titleSource: headline === null ? "lead-sentence" : "headline", body };
}

/** What the whole archive shares when reading each seed. */
export interface SeedContext {
  /** Built-in entities with the archivist's taxonomy laid over them. */
  gazetteer: Gazetteer;
}

const defaultContext: SeedContext = { gazetteer: defaultGazetteer };

export function seedContext(taxonomy: Taxonomy): SeedContext {
  return { gazetteer: createGazetteer(taxonomy) };
}

/** What the rest of the archive says about one seed: which of its lines (`lineKey`) also stand in other seeds. */
export interface ArchiveEvidence {
  recurringLines: readonly number[];
}

export const noEvidence: ArchiveEvidence = { recurringLines: [] };

function recurrenceOf({ recurringLines }: ArchiveEvidence): (text: string) => boolean {
  if (recurringLines.length === 0) return () => false;
  const keys = new Set(recurringLines);
  return (text) => {
    const key = lineKey(text);
    return key !== null && keys.has(key);
  };
}

function tagsFor(frontMatterTags: readonly string[], title: string, paragraphs: readonly string[], gazetteer: Gazetteer): Tag[] {
  const tags = new Map<string, Tag>();
  for (const name of frontMatterTags) {
    const known = gazetteer.lookup(name);
    const tag: Tag = known ? { name: known.name, kind: known.kind, slug: tagSlug(known.name) } : { name, kind: "topic", slug: tagSlug(name) };
    if (!tags.has(tag.slug)) tags.set(tag.slug, tag);
  }
  for (const entity of extractEntities({ title, paragraphs }, gazetteer)) {
    const slug = tagSlug(entity.name);
    if (!tags.has(slug)) tags.set(slug, { slug, name: entity.name, kind: entity.kind });
  }
  return [...tags.values()];
}

function buildArticle(seed: SeedFile, context: SeedContext, evidence: ArchiveEvidence): Article | null {
  const isMarkdown = seed.path.toLowerCase().endsWith(".md");
  const fileName = path.posix.basename(seed.path);
  if (seed.unreadable) throw new SeedRejection(null, seed.unreadable);
  const decoded = decodeSeed(seed.bytes);
  const { fields, extra, body, bodyLineOffset, warnings } = parseFrontMatter(decoded.text);
  if (fields.draft === true) return null;

  const rawBlocks = splitBlocks(body, bodyLineOffset + 1);
  const blocks = isMarkdown ? rawBlocks.map((block) => ({ ...block, text: markdownToPlainText(block.source) })) : splitParagraphLines(rawBlocks);
  const read = readText(fields.title, blocks, isMarkdown, { recurs: recurrenceOf(evidence) });
  const { paragraphs: kept, credits, removed } = read.body;
  const paragraphs = kept.map((block) => block.text).filter((paragraph) => paragraph !== "");
  if (paragraphs.length === 0) {
    const why = blocks.length === 0 ? "the file has no article text" : "nothing is left of the text once boilerplate is removed";
    throw new SeedRejection(bodyLineOffset > 0 ? bodyLineOffset : null, why);
  }

  const wordCount = countWords(paragraphs);
  if (wordCount === 0) throw new SeedRejection(null, "the text has no words, only punctuation or symbols");
  const title = read.title ?? titleFromLead(paragraphs[0] ?? "");
  const fileDate = dateFromFileName(fileName);
  if (fileDate && "invalid" in fileDate) {
    throw new SeedRejection(null, `file name: "${fileDate.invalid}" looks like a date but is not a calendar date`);
  }
  const date = fields.date ?? fileDate?.date ?? null;
  const id = fields.id ?? idFromFileName(fileName) ?? idFromPath(seed.path);
  return assembleRecord(seed, context, {
    id,
    requestedSlug: fields.slug,
    title,
    titleSource: read.titleSource,
    date,
    dateSource: fields.date ? "front-matter" : fileDate ? "file-name" : null,
    updated: fields.updated ?? null,
    author: fields.author ?? null,
    source: fields.source ?? null,
    originalUrl: fields.url ?? null,
    lang: fields.lang ?? null,
    metadataSources: {},
    capturedAt: null,
    summary: fields.summary,
    paragraphs,
    html: isMarkdown ? renderMarkdown(kept.map((block) => block.source).join("\n\n")) : textToHtml(paragraphs),
    removed,
    credits,
    frontMatterTags: fields.tags ?? [],
    wordCount,
    encoding: decoded.encoding,
    extra,
    warnings: [...decoded.warnings, ...warnings],
  });
}

/** What reading one seed decides; `assembleRecord` derives the rest (address, summary, tags, reading time) and checks the whole. */
interface RecordParts extends Omit<Article, "slug" | "url" | "notBefore" | "summary" | "tags" | "related" | "versionOf" | "readingMinutes" | "sourceFile" | "contentHash"> {
  requestedSlug: string | undefined;
  summary: string | undefined;
  frontMatterTags: readonly string[];
}

/** The record of a seed, for text and saved pages alike. */
function assembleRecord(seed: SeedFile, context: SeedContext, parts: RecordParts): Article {
  const { requestedSlug, frontMatterTags, summary, ...read } = parts;
  const { title, warning: titleWarning } = capTitle(read.title);
  const fields = { ...read, title };
  const { slug, warning: slugWarning } = chooseSlug(requestedSlug, fields.title, fields.id);
  const record = articleSchema.safeParse({
    ...fields,
    slug,
    url: articleRoute.url({ slug }),
    notBefore: fields.date ? null : notBeforeFromText([fields.title, ...fields.paragraphs].join("\n")),
    summary: summary ?? summarise(fields.paragraphs),
    tags: tagsFor(frontMatterTags, fields.title, fields.paragraphs, context.gazetteer),
    related: [],
    versionOf: null,
    readingMinutes: readingMinutes(fields.wordCount),
    sourceFile: seed.path,
    contentHash: sha256Hex(seed.bytes),
    warnings: [...fields.warnings, ...[titleWarning, slugWarning].filter((warning) => warning !== null)],
  } satisfies Article);
  if (!record.success) {
    // A record that fails its own schema is a parser bug; the seed is still reported, never dropped.
    const issue = record.error.issues[0];
    throw new SeedRejection(null, `internal error, please report it: the record fails its schema at ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return record.data;
}

/**
 * The parts of a saved page's record without the characters no page may
 * carry (`removeUnshowable`): the page's character references (`&#x1B;`,
 * `&#xD800;`, `&#x202E;`) bring back what decoding its bytes removed. Every
 * string is filtered, and what went is a warning.
 */
function showableOnly(parts: RecordParts): RecordParts {
  let removed = noneRemoved;
  const clean = (value: unknown): unknown => {
    if (typeof value === "string") {
      const filtered = removeUnshowable(value);
      removed = addRemoved(removed, filtered.removed);
      return filtered.text;
    }
    if (Array.isArray(value)) return value.map(clean);
    if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clean(item)]));
    return value;
  };
  // The same shape comes back, each string filtered.
  const showable = clean(parts) as RecordParts;
  return { ...showable, warnings: [...showable.warnings, ...removalWarnings(removed, "page text: ")] };
}

/**
 * A saved page's record: the article region's blocks through the same
 * boilerplate classification as plain text, the title, date, author, site
 * and address from the page's metadata (each with its source), image
 * captions as credits, the body rebuilt from escaped text.
 */
function buildPageArticle(seed: SeedFile, context: SeedContext, evidence: ArchiveEvidence): Article {
  if (seed.unreadable) throw new SeedRejection(null, seed.unreadable);
  const decoded = decodeSeed(seed.bytes, seed.capture?.charset ?? declaredCharset(seed.bytes));
  const page = extractPage(decoded.text, seed.capture?.url ?? null);
  if (seed.capture && page.notArticle) throw new SeedSkipped(page.notArticle);
  const { metadata } = page;
  const { paragraphs: kept, credits, removed } = classifyBlocks(
    page.blocks.map(({ block }) => block),
    page.title?.title ?? null,
    { recurs: recurrenceOf(evidence) },
  );
  const byLine = new Map(page.blocks.map((block) => [block.block.line, block]));
  const shown = kept.flatMap((block) => {
    const source = byLine.get(block.line);
    return source && block.text !== "" ? [{ page: source, text: block.text }] : [];
  });
  const paragraphs = shown.map(({ text }) => text);
  if (paragraphs.length === 0) {
    throw new SeedRejection(null, page.blocks.length === 0 ? "no article text was found on the page" : "nothing is left of the page's text once boilerplate is removed");
  }
  const wordCount = countWords(paragraphs);
  if (wordCount === 0) throw new SeedRejection(null, "the page's text has no words, only punctuation or symbols");

  const fileName = path.posix.basename(seed.path);
  const fileDate = seed.capture ? null : dateFromFileName(fileName);
  if (fileDate && "invalid" in fileDate) {
    throw new SeedRejection(null, `file name: "${fileDate.invalid}" looks like a date but is not a calendar date`);
  }
  const date = metadata.date?.value ?? fileDate?.date ?? null;
  const originalUrl = seed.capture ? { value: seed.capture.url, source: "warc-record" as const } : metadata.canonicalUrl;
  return assembleRecord(seed, context, showableOnly({
    id: seed.capture ? idFromUrl(seed.capture.url) : (idFromFileName(fileName) ?? idFromPath(seed.path)),
    requestedSlug: undefined,
    title: page.title?.title ?? titleFromLead(paragraphs[0] ?? ""),
    titleSource: page.title ? "metadata" : "lead-sentence",
    date,
    dateSource: metadata.date ? "metadata" : fileDate ? "file-name" : null,
    updated: metadata.updated?.value ?? null,
    author: metadata.author?.value ?? null,
    source: metadata.siteName?.value ?? null,
    originalUrl: originalUrl?.value ?? null,
    lang: metadata.lang?.value ?? null,
    metadataSources: {
      ...(page.title ? { title: page.title.source } : {}),
      ...(metadata.date ? { date: metadata.date.source } : {}),
      ...(metadata.updated ? { updated: metadata.updated.source } : {}),
      ...(metadata.author ? { author: metadata.author.source } : {}),
      ...(metadata.siteName ? { source: metadata.siteName.source } : {}),
      ...(originalUrl ? { originalUrl: originalUrl.source } : {}),
      ...(metadata.lang ? { lang: metadata.lang.source } : {}),
    },
    capturedAt: seed.capture?.capturedAt ?? null,
    summary: undefined,
    paragraphs,
    html: pageBodyHtml(shown),
    removed: [...page.removed, ...removed].sort((a, b) => a.line - b.line),
    credits: [...new Set([...page.captions, ...credits])],
    frontMatterTags: [],
    wordCount,
    encoding: decoded.encoding,
    extra: {},
    warnings: [...decoded.warnings, ...page.warnings],
  }));
}

/**
 * The keys of a seed's short lines (`lineCensus`), counted across the
 * archive to find the lines that recur. A seed that cannot be read has none,
 * and so has a saved page: its lines are known only once the article region
 * is extracted, which costs as much as parsing it, and the extraction leaves
 * out most of what recurs on a site's pages anyway.
 */
export function seedCensus(seed: SeedFile): number[] {
  if (seed.unreadable || seed.skipped || isSavedPage(seed)) return [];
  try {
    return lineCensus(parseFrontMatter(decodeSeed(seed.bytes).text).body);
  } catch (error) {
    if (error instanceof SeedRejection) return [];
    throw error;
  }
}

export function parseSeed(seed: SeedFile, context: SeedContext = defaultContext, evidence: ArchiveEvidence = noEvidence): SeedOutcome {
  try {
    if (seed.skipped) throw new SeedSkipped(seed.skipped);
    const article = isSavedPage(seed) ? buildPageArticle(seed, context, evidence) : buildArticle(seed, context, evidence);
    return article ? { kind: "article", article } : { kind: "draft", file: seed.path };
  } catch (error) {
    if (error instanceof SeedRejection) {
      return { kind: "rejected", problem: { file: seed.path, line: error.line, message: error.message } };
    }
    if (error instanceof SeedSkipped) return { kind: "skipped", problem: { file: seed.path, line: null, message: error.message } };
    throw error;
  }
}
