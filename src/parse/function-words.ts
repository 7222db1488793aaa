/**
 * English function words: the closed classes of compromise's lexicon
 * (determiners, prepositions, conjunctions, pronouns, copulas, modals,
 * negatives, question words) and the English stop words of the `stopword`
 * package, which adds the auxiliaries ("has", "been", "do") and the commonest
 * adverbs. Their share of a line's words tells running prose from lists of
 * names, headlines and navigation, as jusText's stop-word density does. Kept
 * in `function-words.json`, written by `npm run function-words` from the
 * installed packages; `tests/parse/function-words.test.ts` fails when the
 * file and the packages disagree.
 */
import { createRequire } from "node:module";
import type { Lexicon } from "../entities/lexicon.ts";

export const functionWordTags = ["Determiner", "Preposition", "Conjunction", "Pronoun", "Copula", "Modal", "Negative", "QuestionWord", "Possessive"];

/** The single words of `lexicon` (compromise's) tagged with a function-word class, and `stopWords`, sorted. */
export function selectFunctionWords(lexicon: Readonly<Lexicon>, stopWords: readonly string[]): string[] {
  const tags = new Set(functionWordTags);
  const tagged = Object.keys(lexicon).filter((word) => {
    const entry = lexicon[word] as string | string[];
    return (Array.isArray(entry) ? entry : [entry]).some((tag) => tags.has(tag));
  });
  return [...new Set([...tagged, ...stopWords])].filter((word) => /^[a-z]+$/.test(word)).sort();
}

let words: ReadonlySet<string> | undefined;

/** Whether `word` (lower case) is an English function word. */
export function isFunctionWord(word: string): boolean {
  words ??= new Set(createRequire(import.meta.url)("./function-words.json") as string[]);
  return words.has(word);
}
