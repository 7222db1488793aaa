/**
 * The part of compromise's English lexicon that classifying mentions reads:
 * the words it tags as places, organisations, given names, surnames, proper
 * nouns or titles, with those tags. It is kept in `lexicon.json`, written by
 * `npm run lexicon` from the installed compromise, rather than loaded from
 * compromise on each build: compromise builds its whole model as it loads,
 * 0.15 s in every process or worker that parses, where reading the file takes
 * a few milliseconds. `tests/entities/lexicon.test.ts` fails when the file
 * no longer matches the installed compromise.
 */
import { createRequire } from "node:module";

export const placeTags = ["Country", "City", "Region", "Place"];
export const organizationTags = ["Organization", "SportsTeam"];
export const givenNameTags = ["FirstName", "MaleName", "FemaleName"];
export const titleTags = ["Honorific", "Actor"];
/** Every tag classifying reads: the groups above, surnames, proper nouns, adjectives of nationality or region ("Asian") and others ("Western"), and plurals (a plural title word is not a title). */
const readTags = new Set([...placeTags, ...organizationTags, ...givenNameTags, ...titleTags, "LastName", "ProperNoun", "Demonym", "Adjective", "Plural"]);

/** A lexicon as compromise keeps it: a lower-case word -> its tag or tags. */
export type Lexicon = Record<string, string | string[]>;

/**
 * The entries of `full` (compromise's lexicon) with the tags classifying
 * reads, and only those tags. A word tagged only as a plural is left out: no
 * test passes on "Plural" alone, so it classifies like an unknown word.
 */
export function selectLexicon(full: Readonly<Lexicon>): Lexicon {
  const selected: Lexicon = {};
  for (const word of Object.keys(full).sort()) {
    const entry = full[word] as string | string[];
    const tags = (Array.isArray(entry) ? entry : [entry]).filter((tag) => readTags.has(tag));
    if (tags.every((tag) => tag === "Plural")) continue;
    selected[word] = tags.length === 1 ? (tags[0] as string) : tags;
  }
  return selected;
}

/** Read at the first lookup, so `npm run lexicon` can import this module before the file exists. */
let lexicon: Map<string, string | string[]> | undefined;

/** The tags the lexicon gives `word` (any case), of those classifying reads; none for a word it does not know. */
export function lexiconTags(word: string): readonly string[] {
  lexicon ??= new Map(Object.entries(createRequire(import.meta.url)("./lexicon.json") as Lexicon));
  const entry = lexicon.get(word.toLowerCase());
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}
