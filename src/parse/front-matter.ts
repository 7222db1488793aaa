/**
 * Front matter: the optional YAML block at the top of a seed. Read with
 * gray-matter, but through js-yaml's core schema, because the default schema
 * turns `2024-02-30` into 1 March without a word; dates must stay the text the
 * archivist typed so a bad one can be named. Every field is checked with zod
 * and each problem is reported with the field and its line in the file.
 */
import matter from "gray-matter";
import yaml from "js-yaml";
import { z } from "zod";
import { addRemoved, noneRemoved, removalWarnings, removeUnshowable, type RemovedCharacters } from "../seeds/characters.ts";
import { SeedRejection } from "../seeds/problem.ts";
import { isCalendarDate } from "./dates.ts";
import { capFrontMatterTags } from "./limits.ts";

const text = z.string().trim().min(1, "must not be empty");
const scalarText = z.union([text, z.number().transform(String)]);

const calendarDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine(isCalendarDate, "is not a calendar date");

const webAddress = text.refine((value) => /^https?:\/\/[^\s]+$/i.test(value), "must be an http:// or https:// address");

export const frontMatterSchema = z.object({
  title: text.optional(),
  date: calendarDate.optional(),
  updated: calendarDate.optional(),
  author: text.optional(),
  source: text.optional(),
  url: webAddress.optional(),
  tags: z
    .union([z.array(scalarText), scalarText.transform((tag) => [tag])])
    .optional(),
  summary: text.optional(),
  id: scalarText.optional(),
  slug: text.optional(),
  draft: z.boolean().optional(),
  lang: text
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, "must be a language tag such as en or en-GB")
    .optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

const knownFields = new Set(Object.keys(frontMatterSchema.shape));
/** Assigning it sets an object's prototype instead of a field, and zod drops it from every record it checks. */
const reservedField = "__proto__";

export interface FrontMatterResult {
  fields: FrontMatter;
  /** Fields this generator does not know, kept on the record as given. */
  extra: Record<string, unknown>;
  body: string;
  /** Number of file lines before the body starts (0 without front matter). */
  bodyLineOffset: number;
  warnings: string[];
}

const opening = /^---[ \t]*\n/;
const closing = /^---[ \t]*$/m;

/**
 * YAML aliases let a few lines stand for billions of values ("billion
 * laughs"); unknown fields are kept on the record and written to JSON, so the
 * expanded size is counted, aliases included, and capped.
 */
const maxValues = 10_000;
const maxDepth = 32;

function isWithinLimits(value: unknown): boolean {
  let budget = maxValues;
  const visit = (node: unknown, depth: number): boolean => {
    budget -= 1;
    if (budget < 0 || depth > maxDepth) return false;
    if (node === null || typeof node !== "object") return true;
    return Object.values(node).every((child) => visit(child, depth + 1));
  };
  return visit(value, 0);
}

/**
 * YAML's escapes (`"\x01"`, `"\0"`, `"\e"`, `"\ud800"`) bring back the
 * characters the decoder removed from the file, so every string of the
 * front matter, keys included, goes through the same filter. Returns a copy.
 */
function withoutUnshowable(value: unknown, removed: { total: RemovedCharacters }): unknown {
  if (typeof value === "string") {
    const cleaned = removeUnshowable(value);
    removed.total = addRemoved(removed.total, cleaned.removed);
    return cleaned.text;
  }
  if (Array.isArray(value)) return value.map((item) => withoutUnshowable(item, removed));
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    // defineProperty, not assignment: a `__proto__` field is data like any other.
    Object.defineProperty(copy, withoutUnshowable(key, removed) as string, { value: withoutUnshowable(child, removed), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

function loadYaml(source: string): object {
  const loaded: unknown = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  if (!isWithinLimits(loaded)) {
    throw new SeedRejection(2, `front matter: too large or too deeply nested (more than ${maxValues} values or ${maxDepth} levels, counting aliases)`);
  }
  if (loaded === null || loaded === undefined) return {};
  if (typeof loaded !== "object" || Array.isArray(loaded)) {
    throw new SeedRejection(2, "front matter: expected `field: value` lines");
  }
  return loaded;
}

export function parseFrontMatter(source: string): FrontMatterResult {
  if (!opening.test(source)) {
    return { fields: {}, extra: {}, body: source, bodyLineOffset: 0, warnings: [] };
  }
  const afterOpening = source.slice(source.indexOf("\n") + 1);
  if (!closing.test(afterOpening)) {
    throw new SeedRejection(1, "front matter opens with --- on line 1 but never closes; add a line with --- after the last field");
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object keeps gray-matter's module-level cache out of it.
    parsed = matter(source, { engines: { yaml: loadYaml } });
  } catch (error) {
    if (error instanceof SeedRejection) throw error;
    if (error instanceof yaml.YAMLException) {
      throw new SeedRejection(error.mark.line + 1, `front matter: ${error.reason}`);
    }
    throw error;
  }

  const blockLines = parsed.matter.split("\n").length;
  const lineOf = (field: string): number | null => {
    const index = parsed.matter.split("\n").findIndex((line) => line.startsWith(`${field}:`));
    return index < 0 ? null : index + 1;
  };

  const removed = { total: noneRemoved };
  const raw = withoutUnshowable(parsed.data, removed) as Record<string, unknown>;
  const result = frontMatterSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    const field = String(first?.path[0] ?? "");
    const given = field in raw ? ` (given ${JSON.stringify(raw[field])})` : "";
    throw new SeedRejection(lineOf(field), `front matter: ${field} ${first?.message ?? "is invalid"}${given}`);
  }

  const extra: Record<string, unknown> = {};
  const warnings = removalWarnings(removed.total, "front matter: ");
  for (const [field, value] of Object.entries(raw)) {
    if (knownFields.has(field)) continue;
    if (field === reservedField) {
      warnings.push(`front matter: field "${reservedField}" is not kept: JavaScript reserves the name, so no record could carry it; rename the field to keep its value`);
      continue;
    }
    extra[field] = value;
    warnings.push(`front matter: unknown field "${field}" is kept on the record but not used`);
  }

  const { tags, warning: tagsWarning } = capFrontMatterTags(result.data.tags ?? []);
  if (tagsWarning) warnings.push(tagsWarning);
  return {
    fields: result.data.tags ? { ...result.data, tags } : result.data,
    extra,
    body: parsed.content,
    bodyLineOffset: blockLines + 1,
    warnings,
  };
}
