/**
 * What one line of a seed looks like, measured: the features the boilerplate
 * classifier reads (`prose.ts`, `story-span.ts`, the rules). Each is a small
 * pure function so it can be tested and named in a removal's reason.
 */
import { isFunctionWord } from "./function-words.ts";
import { capitalisedShare } from "./headline.ts";

export interface LineFeatures {
  /** Words with a letter or digit in them. */
  words: number;
  /** Share of the words that are English function words ("the", "of", "she"): high in running prose. */
  functionWordShare: number;
  /** Ends with a full stop, question or exclamation mark (behind closing quotes or brackets). */
  endsWithStop: boolean;
  /** Ends with a colon: announces what follows ("The dates are:"). */
  endsWithColon: boolean;
  /** Share of content words that start with a capital: high in headlines, names and menus. */
  capitalisedShare: number;
  /** Every letter is a capital (and there are at least three). */
  allCapitals: boolean;
  /** Tokens that are addresses, e-mail addresses or handles: URLs, `x@y.z`, `@name`, `#tag`. */
  linkTokens: number;
  /** Separators of menus and breadcrumbs between words: `|`, `>`, `»`, `›`, `•`, `/` standing alone. */
  separators: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const linkToken = /^(?:https?:\/\/|www\.)\S+$|^\S+@\S+\.\S+$|^[@#][\p{L}\p{N}_]{2,}$/u;
const separator = /^(?:\||>|»|›|•|·|\/|::)$/u;

export function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/** The words that carry a line's topic: three letters or more, not function words, in lower case. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= 3 && !isFunctionWord(word));
}

export function functionWordShare(words: readonly string[]): number {
  if (words.length === 0) return 0;
  let count = 0;
  for (const word of words) if (isFunctionWord(word.toLowerCase())) count++;
  return count / words.length;
}

export function endsWithStop(text: string): boolean {
  return /[.!?…]["”’)\]]*$/u.test(text.trim());
}

export function isAllCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 3 && letters.every((letter) => letter === letter.toUpperCase() && letter !== letter.toLowerCase());
}

export function lineFeatures(text: string): LineFeatures {
  const words = wordsOf(text);
  const tokens = text.split(/\s+/).filter((token) => token !== "");
  return {
    words: words.length,
    functionWordShare: functionWordShare(words),
    endsWithStop: endsWithStop(text),
    endsWithColon: /:\s*$/.test(text),
    capitalisedShare: capitalisedShare(text),
    allCapitals: isAllCapitals(text),
    linkTokens: tokens.filter((token) => linkToken.test(token.replace(/[),.;:]+$/, ""))).length,
    separators: tokens.filter((token) => separator.test(token)).length,
  };
}

