/**
 * What a saved page says about itself, each field with the markup it came
 * from: JSON-LD first (the most deliberate), then Open Graph and other
 * `<meta>` tags, then the page's own elements. Nothing is guessed from the
 * text here: a page without a publication date in its markup has none.
 */
import type { MetadataSource } from "../../model/article.ts";
import { isCalendarDate } from "../dates.ts";
import { collapseSpaces, type DomDocument } from "./dom.ts";
import { isArticleObject, jsonLdObjects, namesIn, objectProperty, textProperty, typesOf, type JsonLdObject } from "./json-ld.ts";

export interface Sourced<T> {
  value: T;
  source: MetadataSource;
}

export interface PageMetadata {
  /** Title candidates from metadata, most deliberate first; `page-title.ts` picks one. */
  titles: Sourced<string>[];
  date: Sourced<string> | null;
  updated: Sourced<string> | null;
  author: Sourced<string> | null;
  siteName: Sourced<string> | null;
  canonicalUrl: Sourced<string> | null;
  lang: Sourced<string> | null;
  /** The lead image's caption and credit, as the page's metadata gives them. */
  imageCredits: string[];
  /** What the page declares itself to be: JSON-LD `@type`s and `og:type`. */
  declaredTypes: string[];
}

type MetaTags = ReadonlyMap<string, string>;

/** Every `<meta>` tag's content by its `property`, `name` or `itemprop` (lower case), the first of each: one pass over the page instead of one per field. */
function metaTags(document: DomDocument): MetaTags {
  const tags = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll("meta[content]"))) {
    const content = collapseSpaces(element.getAttribute("content") ?? "");
    if (content === "") continue;
    for (const attribute of ["property", "name", "itemprop"]) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function firstOf<T>(...candidates: (Sourced<T> | null)[]): Sourced<T> | null {
  return candidates.find((candidate) => candidate !== null) ?? null;
}

function sourced<T>(value: T | null, source: MetadataSource): Sourced<T> | null {
  return value === null ? null : { value, source };
}

/**
 * The calendar day of an ISO 8601 date or date-time, as written: a page
 * published late in the evening west of Greenwich keeps its own day, not the
 * next day in UTC. Anything else (free text, a bare year) is not a date here.
 */
export function dayOf(value: string | null): string | null {
  const match = value === null ? null : /^\s*(\d{4})[-/](\d{2})[-/](\d{2})(?![0-9])/.exec(value);
  const day = match ? `${match[1]}-${match[2]}-${match[3]}` : null;
  return day && isCalendarDate(day) ? day : null;
}

const isWebAddress = (value: string) => /^https?:\/\/[^\s]+$/i.test(value);

function absoluteWebAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** A language tag (BCP 47 shape), with `en_US` spelled `en-US`. */
function languageTag(value: string | null | undefined): string | null {
  const tag = value?.trim().replace(/_/g, "-");
  return tag && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

/** A person's name, not the address of their page or an empty list. */
function personName(value: string | null): string | null {
  const name = value === null ? "" : collapseSpaces(value);
  return name !== "" && !isWebAddress(name) && name.length <= 200 ? name : null;
}

function jsonLdTitles(article: JsonLdObject | null): Sourced<string>[] {
  if (!article) return [];
  return ["headline", "name", "alternativeHeadline"].flatMap((key) => {
    const value = textProperty(article, key);
    return value && collapseSpaces(value) ? [{ value: collapseSpaces(value), source: "json-ld" as const }] : [];
  });
}

function imageCredits(article: JsonLdObject | null): string[] {
  const image = article ? objectProperty(article, "image") : null;
  if (!image) return [];
  const caption = textProperty(image, "caption");
  const credit = textProperty(image, "creditText") ?? textProperty(image, "copyrightHolder");
  return [caption, credit].filter((text): text is string => text !== null && collapseSpaces(text) !== "").map(collapseSpaces);
}

export function readPageMetadata(document: DomDocument): PageMetadata {
  const meta = metaTags(document);
  const tag = (key: string): string | null => meta.get(key.toLowerCase()) ?? null;
  const objects = jsonLdObjects(document);
  const article = objects.find(isArticleObject) ?? null;
  const titleElement = collapseSpaces(document.querySelector("title")?.textContent ?? "");
  const titles = [
    ...jsonLdTitles(article),
    ...[tag("og:title"), tag("twitter:title")].flatMap((value) => (value ? [{ value, source: "open-graph" as const }] : [])),
    ...(titleElement ? [{ value: titleElement, source: "title-element" as const }] : []),
  ];
  const timeElement = document.querySelector("time[itemprop~=datePublished][datetime], time[pubdate][datetime], article time[datetime]");
  const authorNames = article ? namesIn(article, "author").map(personName).filter((name): name is string => name !== null) : [];
  const publisher = article ? objectProperty(article, "publisher") : null;
  const ogType = tag("og:type");

  return {
    titles,
    date: firstOf(
      sourced(article ? dayOf(textProperty(article, "datePublished")) : null, "json-ld"),
      sourced(dayOf(tag("article:published_time")), "open-graph"),
      sourced(dayOf(tag("datePublished") ?? tag("date") ?? tag("dc.date.issued") ?? tag("pubdate")), "meta"),
      sourced(dayOf(timeElement?.getAttribute("datetime") ?? null), "time-element"),
    ),
    updated: firstOf(
      sourced(article ? dayOf(textProperty(article, "dateModified")) : null, "json-ld"),
      sourced(dayOf(tag("article:modified_time")), "open-graph"),
    ),
    author: firstOf(
      sourced(authorNames.length > 0 ? [...new Set(authorNames)].join(", ") : null, "json-ld"),
      sourced(personName(tag("author")), "meta"),
      sourced(personName(tag("article:author")), "open-graph"),
    ),
    siteName: firstOf(
      sourced(tag("og:site_name"), "open-graph"),
      sourced(publisher ? textProperty(publisher, "name") : null, "json-ld"),
      sourced(tag("application-name"), "meta"),
    ),
    canonicalUrl: firstOf(
      sourced(absoluteWebAddress(document.querySelector('link[rel~="canonical" i]')?.getAttribute("href")), "canonical-link"),
      sourced(absoluteWebAddress(tag("og:url")), "open-graph"),
    ),
    lang: firstOf(
      sourced(languageTag(document.documentElement.getAttribute("lang")), "html-lang"),
      sourced(languageTag(document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content")), "meta"),
      sourced(languageTag(tag("og:locale")), "open-graph"),
    ),
    imageCredits: imageCredits(article),
    declaredTypes: [...objects.flatMap(typesOf), ...(ogType ? [`og:${ogType}`] : [])],
  };
}
