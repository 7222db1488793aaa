/**
 * Whether a line reads as a headline: short, not a finished sentence, and
 * written like a title. Used both for the title at the top of a seed and for
 * another story's headline pasted after the end of this one.
 */

const minorWords = new Set([
  "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as",
  "into", "over", "is", "are", "was", "be", "vs", "via", "than", "that", "its", "it", "up", "out", "off",
]);

/** Whether `word` is one of the small words a title leaves in lower case. */
export function isMinorWord(word: string): boolean {
  return minorWords.has(word.toLowerCase());
}

const sentenceEnd = /[.!?…:;,]["”’)\]]*$/u;

function words(line: string): string[] {
  return line.split(/\s+/).filter((word) => /\p{L}/u.test(word));
}

export function endsLikeSentence(line: string): boolean {
  return sentenceEnd.test(line.trim());
}

export function isShortUnfinishedLine(line: string, maxWords = 20): boolean {
  const count = words(line).length;
  return count >= 3 && count <= maxWords && line.length <= 160 && !endsLikeSentence(line) && /^["“‘]?[\p{Lu}\p{N}]/u.test(line);
}

const capitalised = /^["“‘(]?[\p{Lu}\p{N}]/u;

/** Share of the line's content words that start with a capital letter. */
export function capitalisedShare(line: string): number {
  let content = 0;
  let capitals = 0;
  for (const word of words(line)) {
    if (minorWords.has(word.toLowerCase())) continue;
    content++;
    if (capitalised.test(word)) capitals++;
  }
  return content === 0 ? 0 : capitals / content;
}

/** A line this share of whose content words start with a capital is written in Title Case, as most English headlines are. */
export const titleCaseShare = 0.75;

/** Normalised form for comparing a headline with a repeated copy of it. */
export function headlineKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[’']/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
