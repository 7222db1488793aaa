/**
 * A saved page's title. Pages carry it several times: in JSON-LD, in Open
 * Graph tags, in `<title>` (usually with the site's name) and as the visible
 * headline. The visible `<h1>` (or `<h2>`) that agrees with the metadata is
 * what a reader saw, so it wins; a headline that agrees with no metadata may
 * be the site's logo or a section name, so then the metadata title is used,
 * without the site's name.
 */
import type { MetadataSource } from "../../model/article.ts";
import { collapseSpaces, type DomDocument } from "./dom.ts";
import type { Sourced } from "./metadata.ts";

/** Lower case, quotes and dashes alike, punctuation as spaces: the form two spellings of a title agree in. */
export function comparableTitle(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const wordCount = (text: string) => (text === "" ? 0 : text.split(" ").length);

/**
 * Whether a headline and a metadata title name the same story: equal, or one
 * inside the other with at least three words and half of the longer one's
 * (so a site's three-word name in a banner does not pass for the headline).
 */
export function titlesAgree(headline: string, metadataTitle: string): boolean {
  const a = comparableTitle(headline);
  const b = comparableTitle(metadataTitle);
  if (a === "" || b === "") return false;
  if (a === b) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  const words = wordCount(shorter);
  return words >= 3 && words * 2 >= wordCount(longer) && ` ${longer} `.includes(` ${shorter} `);
}

/** Between a title and the site's name in `<title>` and `og:title`. */
const siteSeparator = /\s+[|–—:·•»-]\s+|\s*\|\s*/;

/** The title without the site's name: the part of `title | Site` or `Site - title` that is not the name. */
export function withoutSiteName(title: string, siteName: string | null): string {
  const parts = title.split(siteSeparator).map((part) => part.trim()).filter((part) => part !== "");
  if (parts.length < 2) return title;
  const site = siteName ? comparableTitle(siteName) : null;
  const isSite = (part: string) => site !== null && (comparableTitle(part) === site || comparableTitle(part).replace(/ /g, "") === site.replace(/ /g, ""));
  const kept = parts.filter((part) => !isSite(part));
  if (kept.length < parts.length && kept.length > 0) return rejoin(title, kept);
  // No site name to match: a trailing `| Name` is the site's name on nearly every site that uses the bar.
  const bar = title.lastIndexOf("|");
  return bar > 0 ? title.slice(0, bar).trim() : title;
}

/** The kept parts as they were written, with their own separators. */
function rejoin(title: string, kept: readonly string[]): string {
  const first = kept[0] as string;
  const last = kept[kept.length - 1] as string;
  return title.slice(title.indexOf(first), title.lastIndexOf(last) + last.length).trim();
}

const maxHeadlineLength = 300;

function headlines(document: DomDocument): string[] {
  return ["h1", "h2"].flatMap((tag) =>
    Array.from(document.querySelectorAll(tag))
      .map((element) => collapseSpaces(element.textContent ?? ""))
      .filter((text) => text !== "" && text.length <= maxHeadlineLength),
  );
}

export interface PageTitle {
  title: string;
  source: MetadataSource;
}

export function choosePageTitle(document: DomDocument, metadataTitles: readonly Sourced<string>[], siteName: string | null): PageTitle | null {
  const candidates = headlines(document);
  for (const metadataTitle of metadataTitles) {
    const stated = withoutSiteName(metadataTitle.value, siteName);
    const agreeing = candidates.find((headline) => titlesAgree(headline, stated));
    if (agreeing) return { title: agreeing, source: "heading" };
  }
  const first = metadataTitles[0];
  if (first) return { title: withoutSiteName(first.value, siteName), source: first.source };
  const h1 = document.querySelector("h1");
  const text = collapseSpaces(h1?.textContent ?? "");
  return text !== "" ? { title: text, source: "heading" } : null;
}
