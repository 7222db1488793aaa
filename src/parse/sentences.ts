/**
 * Sentence boundaries for titles and summaries. News text is full of
 * abbreviations with full stops (`U.S.`, `Feb. 21`, `Lt. Gen.`), so a stop
 * ends a sentence only when it is not one of those and a capital (possibly
 * behind an opening quote) follows.
 */

const abbreviations = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
    "adm", "cmdr", "gov", "sen", "sens", "rep", "reps", "rev", "hon", "pres", "supt", "insp", "vs", "etc", "inc", "ltd", "co",
    "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
    "e.g", "i.e", "a.m", "p.m", "d.c", "approx", "est", "dept", "univ", "ave", "blvd",
  ],
);

function endsWithAbbreviation(textBeforeStop: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(textBeforeStop)?.[1]?.toLowerCase() ?? "";
  if (abbreviations.has(word)) return true;
  // Initials such as "J." in "John F. Kennedy", and dotted forms like "U.S".
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.!?…]+)(["”’)\]]*)\s+(?=["“‘([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (let match = boundary.exec(paragraph); match; match = boundary.exec(paragraph)) {
    const stops = match[1] ?? "";
    const beforeStop = paragraph.slice(start, match.index);
    if (stops === "." && !match[2] && endsWithAbbreviation(beforeStop)) continue;
    const end = match.index + stops.length + (match[2]?.length ?? 0);
    sentences.push(paragraph.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
