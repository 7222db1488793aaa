/**
 * Sentence boundaries for titles and summaries. News text is full of
 * abbreviations with full stops (`U.S.`, `Feb. 21`, `Lt. Gen.`), so a stop
 * ends a sentence only when it is not one of those and a capital (possibly
 * behind an opening quote) follows.
 */

export const abbreviations: ReadonlySet<string> = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
    "adm", "cmdr", "gov", "sen", "sens", "rep", "reps", "rev", "hon", "pres", "supt", "insp", "vs", "etc", "inc", "ltd", "co",
    "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
    "e.g", "i.e", "a.m", "p.m", "d.c", "approx", "est", "dept", "univ", "ave", "blvd",
  ],
);

/** A letter or a full stop: the characters of a word an abbreviation check looks at. */
const wordCharacter = /^[\p{L}.]$/u;

/**
 * The run of letters and full stops that ends at `end`, read backwards and
 * never past `start`: only as far back as the word goes, so checking every
 * stop in a paragraph costs time in proportion to the paragraph, not to its
 * square.
 */
function wordEndingAt(text: string, start: number, end: number): string {
  let first = end;
  while (first > start) {
    // A letter outside the Basic Multilingual Plane is a surrogate pair: read as one character.
    const pair = first - 2 >= start && /^[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(text.slice(first - 2, first));
    const width = pair ? 2 : 1;
    if (!wordCharacter.test(text.slice(first - width, first))) break;
    first -= width;
  }
  return text.slice(first, end);
}

function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  const word = wordEndingAt(text, start, end).toLowerCase();
  if (abbreviations.has(word)) return true;
  // Initials such as "J." in "John F. Kennedy", and dotted forms like "U.S".
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * A run of stops, closing quotes or brackets, then white space before a
 * capital or digit. The look-behind starts a match only at the first stop of
 * a run: without it a long run of stops is tried from each of its
 * characters, which is quadratic in the run.
 */
const boundary = /(?<![.!?…])([.!?…]+)(["”’)\]]*)\s+(?=["“‘([]?[\p{Lu}\p{N}])/gu;

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const stops = match[1] ?? "";
    if (stops === "." && !match[2] && endsWithAbbreviation(paragraph, start, match.index)) continue;
    const end = match.index + stops.length + (match[2]?.length ?? 0);
    sentences.push(paragraph.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
