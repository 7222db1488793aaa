/**
 * The characters a seed may not carry onto a page, whichever way they came
 * in: through the file's bytes or through an escape in its front matter
 * (YAML's `"\x01"`, `"\ud800"`, `"\e"`). Each is invalid in HTML or XML,
 * invisible, or able to make text read as something else, so it is removed
 * and the removal counted for a warning.
 */

/** C0 and C1 controls other than tab and line breaks, the two noncharacters, and lone surrogates: invalid in HTML and XML. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Zero-width spaces and word joiners: invisible, and they split words and slugs. Joiners (U+200C, U+200D) are kept: scripts and emoji need them. */
const zeroWidthCharacters = /[\u200B\u2060\uFEFF]/g;
/**
 * Bidirectional embeddings, overrides and isolates: they reorder the text
 * around them, so "txt.exe" can show as "exe.txt" in a title. The marks
 * (U+200E, U+200F) are kept: they change no text but their neighbours'.
 */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

export interface RemovedCharacters {
  controls: number;
  zeroWidth: number;
  bidi: number;
}

export const noneRemoved: RemovedCharacters = { controls: 0, zeroWidth: 0, bidi: 0 };

function countOf(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** `text` without the characters above, and how many of each kind went. */
export function removeUnshowable(text: string): { text: string; removed: RemovedCharacters } {
  const removed = { controls: countOf(text, controlCharacters), zeroWidth: countOf(text, zeroWidthCharacters), bidi: countOf(text, bidiControls) };
  if (removed.controls + removed.zeroWidth + removed.bidi === 0) return { text, removed };
  return { text: text.replace(controlCharacters, "").replace(zeroWidthCharacters, "").replace(bidiControls, ""), removed };
}

export function addRemoved(a: RemovedCharacters, b: RemovedCharacters): RemovedCharacters {
  return { controls: a.controls + b.controls, zeroWidth: a.zeroWidth + b.zeroWidth, bidi: a.bidi + b.bidi };
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** One warning per kind removed, each starting with `prefix` (such as "front matter: "). */
export function removalWarnings(removed: RemovedCharacters, prefix = ""): string[] {
  return [
    removed.controls > 0 ? `${prefix}removed ${plural(removed.controls, "control character")} that cannot appear on a web page` : "",
    removed.zeroWidth > 0 ? `${prefix}removed ${plural(removed.zeroWidth, "zero-width character")}` : "",
    removed.bidi > 0 ? `${prefix}removed ${plural(removed.bidi, "bidirectional control character")}, which can make text read in another order` : "",
  ].filter((warning) => warning !== "");
}
