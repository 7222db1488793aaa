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
import { classifyBlocks } from "../parse/classify.ts";
import { dateFromFileName } from "../parse/dates.ts";
import { textToHtml } from "../parse/escape-html.ts";
import { parseFrontMatter } from "../parse/front-matter.ts";
import { notBeforeFromText } from "../parse/not-before.ts";
import { markdownToPlainText, renderMarkdown } from "../parse/markdown.ts";
import { summarise } from "../parse/summary.ts";
import { countWords, readingMinutes } from "../parse/text.ts";
import { isHeadlineBlock, titleFromLead } from "../parse/title.ts";
import { declaredCharset } from "../parse/html/charset.ts";
import { pageBodyHtml } from "../parse/html/body-html.ts";
import { extractPage } from "../parse/html/extract-page.ts";
import { decodeSeed } from "../seeds/decode.ts";
import type { SeedFile } from "../seeds/find.ts";
import { SeedRejection, SeedSkipped, type SeedProblem } from "../seeds/problem.ts";
import { isSavedPage } from "../seeds/seed-kind.ts";
import { articleSchema, type Article, type Tag } from "../model/article.ts";
import { chooseSlug, idFromFileName, idFromPath, idFromUrl, sha256Hex, tagSlug } from "./identity.ts";

export type SeedOutcome =
  | { kind: "article"; article: Article }
  | { kind: "draft"; file: string }
  | { kind: "rejected"; problem: SeedProblem }
  /** A web archive's record that is not an article page (a redirect, an image, an index, an older capture). */
  | { kind: "skipped"; problem: SeedProblem };

interface Title {
  title: string;
  titleSource: Article["titleSource"];
  /** Index of the block that held the headline, removed from the body. */
  headlineBlock: number | null;
}

function chooseTitle(frontMatterTitle: string | undefined, blocks: Block[], isMarkdown: boolean): Title | null {
  if (frontMatterTitle) return { title: frontMatterTitle, titleSource: "front-matter", headlineBlock: null };
  const first = blocks[0];
  if (!first) return null;
  if (isMarkdown && /^#{1,6}\s/.test(first.source) && first.text !== "") {
    // Markdown blocks already carry their reader-visible text: the heading without `#` or emphasis marks.
    return { title: first.text, titleSource: "headline", headlineBlock: 0 };
  }
  if (blocks.length > 1 && isHeadlineBlock(first.text, first.lineCount)) {
    return { title: first.text, titleSource: "headline", headlineBlock: 0 };
  }
  return null;
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

function tagsFor(frontMatterTags: readonly string[], title: string, paragraphs: readonly string[], gazetteer: Gazetteer): Tag[] {
  const tags = new Map<string, Tag>();
  for (const name of frontMatterTags) {
    const known = gazetteer.lookup(name);
    const tag: Tag = known ? { name: known.name, kind: known.kind, slug: tagSlug(known.name) } : { name, kind: "topic", slug: tagSlug(name) };
    if (tag.slug !== "" && !tags.has(tag.slug)) tags.set(tag.slug, tag);
  }
  for (const entity of extractEntities({ title, paragraphs }, gazetteer)) {
    const slug = tagSlug(entity.name);
    if (slug !== "" && !tags.has(slug)) tags.set(slug, { slug, name: entity.name, kind: entity.kind });
  }
  return [...tags.values()];
}

function buildArticle(seed: SeedFile, context: SeedContext): Article | null {
  const isMarkdown = seed.path.toLowerCase().endsWith(".md");
  const fileName = path.posix.basename(seed.path);
  if (seed.unreadable) throw new SeedRejection(null, seed.unreadable);
  const decoded = decodeSeed(seed.bytes);
  const { fields, extra, body, bodyLineOffset, warnings } = parseFrontMatter(decoded.text);
  if (fields.draft === true) return null;

  const rawBlocks = splitBlocks(body, bodyLineOffset + 1);
  const blocks = isMarkdown ? rawBlocks.map((block) => ({ ...block, text: markdownToPlainText(block.source) })) : rawBlocks;
  const chosen = chooseTitle(fields.title, blocks, isMarkdown);
  const bodyBlocks = blocks.filter((_, index) => index !== chosen?.headlineBlock);
  const { paragraphs: kept, credits, removed } = classifyBlocks(bodyBlocks, chosen?.title ?? null);
  const paragraphs = kept.map((block) => block.text).filter((paragraph) => paragraph !== "");
  if (paragraphs.length === 0) {
    const why = blocks.length === 0 ? "the file has no article text" : "nothing is left of the text once boilerplate is removed";
    throw new SeedRejection(bodyLineOffset > 0 ? bodyLineOffset : null, why);
  }

  const wordCount = countWords(paragraphs);
  if (wordCount === 0) throw new SeedRejection(null, "the text has no words, only punctuation or symbols");
  const title = chosen?.title ?? titleFromLead(paragraphs[0] ?? "");
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
    titleSource: chosen?.titleSource ?? "lead-sentence",
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
  const { requestedSlug, frontMatterTags, summary, ...fields } = parts;
  const { slug, warning: slugWarning } = chooseSlug(requestedSlug, fields.title, fields.id);
  const record = articleSchema.safeParse({
    ...fields,
    slug,
    url: `/articles/${slug}/`,
    notBefore: fields.date ? null : notBeforeFromText([fields.title, ...fields.paragraphs].join("\n")),
    summary: summary ?? summarise(fields.paragraphs),
    tags: tagsFor(frontMatterTags, fields.title, fields.paragraphs, context.gazetteer),
    related: [],
    versionOf: null,
    readingMinutes: readingMinutes(fields.wordCount),
    sourceFile: seed.path,
    contentHash: sha256Hex(seed.bytes),
    warnings: [...fields.warnings, ...(slugWarning ? [slugWarning] : [])],
  } satisfies Article);
  if (!record.success) {
    // A record that fails its own schema is a parser bug; the seed is still reported, never dropped.
    const issue = record.error.issues[0];
    throw new SeedRejection(null, `internal error, please report it: the record fails its schema at ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return record.data;
}

/**
 * A saved page's record: the article region's blocks through the same
 * boilerplate classification as plain text, the title, date, author, site
 * and address from the page's metadata (each with its source), image
 * captions as credits, the body rebuilt from escaped text.
 */
function buildPageArticle(seed: SeedFile, context: SeedContext): Article {
  if (seed.unreadable) throw new SeedRejection(null, seed.unreadable);
  const decoded = decodeSeed(seed.bytes, seed.capture?.charset ?? declaredCharset(seed.bytes));
  const page = extractPage(decoded.text, seed.capture?.url ?? null);
  if (seed.capture && page.notArticle) throw new SeedSkipped(page.notArticle);
  const { metadata } = page;
  const { paragraphs: kept, credits, removed } = classifyBlocks(
    page.blocks.map(({ block }) => block),
    page.title?.title ?? null,
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
  return assembleRecord(seed, context, {
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
  });
}

export function parseSeed(seed: SeedFile, context: SeedContext = defaultContext): SeedOutcome {
  try {
    if (seed.skipped) throw new SeedSkipped(seed.skipped);
    const article = isSavedPage(seed) ? buildPageArticle(seed, context) : buildArticle(seed, context);
    return article ? { kind: "article", article } : { kind: "draft", file: seed.path };
  } catch (error) {
    if (error instanceof SeedRejection) {
      return { kind: "rejected", problem: { file: seed.path, line: error.line, message: error.message } };
    }
    if (error instanceof SeedSkipped) return { kind: "skipped", problem: { file: seed.path, line: null, message: error.message } };
    throw error;
  }
}
