/**
 * The `Article` record: one per seed file, the unit everything downstream
 * (archive indices, pages, feeds, `articles.json`) is built from. The zod
 * schema is the single source of truth; the TypeScript type is inferred from
 * it so the two cannot drift, and every record is checked against it at run
 * time before it reaches a page.
 */
import { z } from "zod";
import { articleRoute } from "./route.ts";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
const isoMonthOrDay = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "expected YYYY-MM or YYYY-MM-DD");

export const tagKinds = ["person", "place", "organization", "topic"] as const;
export type TagKind = (typeof tagKinds)[number];

export const tagSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "tag slugs are lowercase words joined by hyphens"),
  name: z.string().min(1),
  kind: z.enum(tagKinds),
});
export type Tag = z.infer<typeof tagSchema>;

export const removalSchema = z.object({
  text: z.string(),
  reason: z.string().min(1),
  /** Name of the boilerplate rule that removed it. */
  rule: z.string().min(1),
  /** 1-based line in the seed file. */
  line: z.number().int().positive(),
});
export type Removal = z.infer<typeof removalSchema>;

/**
 * Where a saved web page's metadata field came from: JSON-LD, Open Graph or
 * other `<meta>` tags, the visible headline, `<title>`, a `<time>` element,
 * the canonical link, the `<html lang>` attribute, or the web-archive record
 * the page was captured in.
 */
export const metadataSources = [
  "json-ld", "open-graph", "meta", "heading", "title-element", "time-element", "canonical-link", "html-lang", "warc-record",
] as const;
export type MetadataSource = (typeof metadataSources)[number];
const metadataSource = z.enum(metadataSources);

export const articleSchema = z.object({
  id: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slugs are lowercase words joined by hyphens"),
  url: z.string().regex(articleRoute.regex),
  title: z.string().min(1),
  /** `metadata`: from a saved page's markup (which markup: `metadataSources.title`). */
  titleSource: z.enum(["front-matter", "headline", "lead-sentence", "metadata"]),
  date: isoDay.nullable(),
  /** `metadata`: the publication date a saved page states in its markup (`metadataSources.date` says where). */
  dateSource: z.enum(["front-matter", "file-name", "metadata"]).nullable(),
  updated: isoDay.nullable(),
  notBefore: isoMonthOrDay.nullable(),
  author: z.string().nullable(),
  source: z.string().nullable(),
  originalUrl: z.string().nullable(),
  lang: z.string().nullable(),
  /** For a saved web page, where each field taken from its markup came from; empty for text and Markdown. */
  metadataSources: z.object({
    title: metadataSource.optional(),
    date: metadataSource.optional(),
    updated: metadataSource.optional(),
    author: metadataSource.optional(),
    source: metadataSource.optional(),
    originalUrl: metadataSource.optional(),
    lang: metadataSource.optional(),
  }),
  /**
   * When a crawler fetched the page (a web archive record's `WARC-Date`, ISO
   * 8601 in UTC): when the page was seen, never when it was published.
   */
  capturedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, "expected an ISO 8601 UTC time").nullable(),
  summary: z.string(),
  paragraphs: z.array(z.string()),
  html: z.string(),
  removed: z.array(removalSchema),
  credits: z.array(z.string()),
  tags: z.array(tagSchema),
  related: z.array(z.string()),
  versionOf: z.string().nullable(),
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().positive(),
  sourceFile: z.string().min(1),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The encoding the file's bytes were read as (`UTF-8`, `UTF-16LE`, `windows-1252`...). */
  encoding: z.string().min(1),
  /** Front-matter fields this generator does not know, kept as given. */
  extra: z.record(z.string(), z.unknown()),
  warnings: z.array(z.string()),
});

export type Article = z.infer<typeof articleSchema>;
