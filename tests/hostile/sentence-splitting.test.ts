/**
 * Sentence splitting in linear time gives the sentences the quadratic
 * version gave. That version is kept here, as it was, as the reference: on
 * generated news-like text (abbreviations, initials, dotted forms, quotes,
 * numbers, runs of stops) the two agree on every paragraph. (Their speed is
 * checked by `npm run fuzz`, never by a timed test.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { abbreviations, splitSentences } from "../../src/parse/sentences.ts";

/** `splitSentences` before it was made linear, unchanged. */
function splitSentencesQuadratic(paragraph: string): string[] {
  const endsWithAbbreviation = (textBeforeStop: string): boolean => {
    const word = /([\p{L}.]+)$/u.exec(textBeforeStop)?.[1]?.toLowerCase() ?? "";
    if (abbreviations.has(word)) return true;
    return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
  };
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

const token = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z]{1,9}$/) },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Z][a-z]{0,8}$/) },
  { weight: 2, arbitrary: fc.constantFrom("Mr.", "Mrs.", "Dr.", "Lt. Gen.", "U.S.", "U.K.", "Feb.", "J.", "K.", "e.g.", "a.m.", "St.", "Inc.", "etc.", "U.S", "Ph.D.") },
  { weight: 2, arbitrary: fc.constantFrom(".", "!", "?", "...", "…", "?!", ".”", ".’", ".)", ".]", ",", ";", ":") },
  { weight: 1, arbitrary: fc.constantFrom("“Quoted", "‘Single", "(Aside", "[Note", "2024", "3.5", "No. 10", "Émile", "Ωmega", "𝐀lpha", "東京", "Москва.") },
);
const separator = fc.constantFrom(" ", " ", " ", "  ", "\t", "\u00a0", "");
const paragraph = fc.array(fc.tuple(token, separator), { maxLength: 60 }).map((parts) => parts.map(([text, space]) => text + space).join(""));

describe("sentence splitting", () => {
  it("gives the same sentences as the quadratic version on generated news-like text", () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        expect(splitSentences(text)).toEqual(splitSentencesQuadratic(text));
      }),
      { numRuns: 3_000 },
    );
  });

  it("gives the same sentences on the runs that made the old version quadratic, cut short", () => {
    for (const text of ["Mr. Smith ".repeat(300), "J. K. ".repeat(300), ".".repeat(2_000) + " Next", "A.B.C.D.E. ".repeat(200) + "Then"]) {
      expect(splitSentences(text)).toEqual(splitSentencesQuadratic(text));
    }
  });
});
