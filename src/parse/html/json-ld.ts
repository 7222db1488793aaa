/**
 * The schema.org objects a page describes itself with in JSON-LD
 * (`<script type="application/ld+json">`), flattened out of arrays and
 * `@graph` lists. A block that is not valid JSON is skipped: publishers ship
 * broken ones, and the rest of the page still counts.
 */
import type { DomDocument } from "./dom.ts";

export type JsonLdObject = Readonly<Record<string, unknown>>;

/** Types whose object describes the article itself (schema.org's `Article` and its sub-types in use on news sites). */
const articleTypes = new Set([
  "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
  "BackgroundNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report",
  "ScholarlyArticle", "TechArticle", "SatiricalArticle",
]);

function isObject(value: unknown): value is JsonLdObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function flatten(value: unknown, into: JsonLdObject[], depth = 0): void {
  if (depth > 4) return;
  if (Array.isArray(value)) for (const item of value) flatten(item, into, depth + 1);
  else if (isObject(value)) {
    into.push(value);
    if (value["@graph"] !== undefined) flatten(value["@graph"], into, depth + 1);
  }
}

export function jsonLdObjects(document: DomDocument): JsonLdObject[] {
  const objects: JsonLdObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      flatten(JSON.parse(script.textContent ?? ""), objects);
    } catch {
      // Not JSON: skipped, the page's other metadata still counts.
    }
  }
  return objects;
}

/** The `@type` of an object as a list (schema.org allows one type or several). */
export function typesOf(object: JsonLdObject): string[] {
  const type = object["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.filter((item): item is string => typeof item === "string").map((item) => item.replace(/^(https?:\/\/)?schema\.org\//, ""));
}

export function isArticleObject(object: JsonLdObject): boolean {
  return typesOf(object).some((type) => articleTypes.has(type));
}

/** A property as text: a string, or the `name` of an object, or the first of a list of either. */
export function textProperty(object: JsonLdObject, key: string): string | null {
  const value = object[key];
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string") return first;
  if (isObject(first) && typeof first["name"] === "string") return first["name"];
  return null;
}

/** Every name in a property that may hold one person or organisation or a list of them. */
export function namesIn(object: JsonLdObject, key: string): string[] {
  const value = object[key];
  return (Array.isArray(value) ? value : [value]).flatMap((item) => {
    if (typeof item === "string") return [item];
    if (isObject(item) && typeof item["name"] === "string") return [item["name"]];
    return [];
  });
}

export function objectProperty(object: JsonLdObject, key: string): JsonLdObject | null {
  const value = object[key];
  const first = Array.isArray(value) ? value[0] : value;
  return isObject(first) ? first : null;
}
