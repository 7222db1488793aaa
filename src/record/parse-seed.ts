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
import { capTitle } from "../parse/limits.ts";
import { notBeforeFromText } from "../parse/not-before.ts";
import { markdownToPlainText, renderMarkdown } from "../parse/markdown.ts";
import { summarise } from "../parse/summary.ts";
import { countWords, readingMinutes } from "../parse/text.ts";
import { isHeadlineBlock, titleFromLead } from "../parse/title.ts";
import { decodeSeed } from "../seeds/decode.ts";
import type { SeedFile } from "../seeds/find.ts";
import { SeedRejection, type SeedProblem } from "../seeds/problem.ts";
import { articleSchema, type Article, type Tag } from "../model/article.ts";
import { chooseSlug, idFromFileName, idFromPath, sha256Hex, tagSlug } from "./identity.ts";

export type SeedOutcome =
  | { kind: "article"; article: Article }
  | { kind: "draft"; file: string }
  | { kind: "rejected"; problem: SeedProblem };

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
    if (!tags.has(tag.slug)) tags.set(tag.slug, tag);
  }
  for (const entity of extractEntities({ title, paragraphs }, gazetteer)) {
    const slug = tagSlug(entity.name);
    if (!tags.has(slug)) tags.set(slug, { slug, name: entity.name, kind: entity.kind });
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
  const { title, warning: titleWarning } = capTitle(chosen?.title ?? titleFromLead(paragraphs[0] ?? ""));
  const fileDate = dateFromFileName(fileName);
  if (fileDate && "invalid" in fileDate) {
    throw new SeedRejection(null, `file name: "${fileDate.invalid}" looks like a date but is not a calendar date`);
  }
  const date = fields.date ?? fileDate?.date ?? null;
  const id = fields.id ?? idFromFileName(fileName) ?? idFromPath(seed.path);
  const { slug, warning: slugWarning } = chooseSlug(fields.slug, title, id);

  const record = articleSchema.safeParse({
    id,
    slug,
    url: `/articles/${slug}/`,
    title,
    titleSource: chosen?.titleSource ?? "lead-sentence",
    date,
    dateSource: fields.date ? "front-matter" : fileDate ? "file-name" : null,
    updated: fields.updated ?? null,
    notBefore: date ? null : notBeforeFromText([title, ...paragraphs].join("\n")),
    author: fields.author ?? null,
    source: fields.source ?? null,
    originalUrl: fields.url ?? null,
    lang: fields.lang ?? null,
    summary: fields.summary ?? summarise(paragraphs),
    paragraphs,
    html: isMarkdown ? renderMarkdown(kept.map((block) => block.source).join("\n\n")) : textToHtml(paragraphs),
    removed,
    credits,
    tags: tagsFor(fields.tags ?? [], title, paragraphs, context.gazetteer),
    related: [],
    versionOf: null,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    sourceFile: seed.path,
    contentHash: sha256Hex(seed.bytes),
    encoding: decoded.encoding,
    extra,
    warnings: [...decoded.warnings, ...warnings, ...[titleWarning, slugWarning].filter((warning) => warning !== null)],
  } satisfies Article);
  if (!record.success) {
    // A record that fails its own schema is a parser bug; the seed is still reported, never dropped.
    const issue = record.error.issues[0];
    throw new SeedRejection(null, `internal error, please report it: the record fails its schema at ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return record.data;
}

export function parseSeed(seed: SeedFile, context: SeedContext = defaultContext): SeedOutcome {
  try {
    const article = buildArticle(seed, context);
    return article ? { kind: "article", article } : { kind: "draft", file: seed.path };
  } catch (error) {
    if (error instanceof SeedRejection) {
      return { kind: "rejected", problem: { file: seed.path, line: error.line, message: error.message } };
    }
    throw error;
  }
}
