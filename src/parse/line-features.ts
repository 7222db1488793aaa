/**
 * What one line of a seed looks like, measured: the features the boilerplate
 * classifier reads (`prose.ts`, `story-span.ts`, the rules). Each is a small
 * pure function so it can be tested and named in a removal's reason.
 */
import { isFunctionWord } from "./function-words.ts";
import { isMinorWord } from "./headline.ts";

export interface LineFeatures {
  /** Words with a letter or digit in them. */
  words: number;
  /** Runs of characters between white space, punctuation and symbols included. */
  tokens: number;
  /** The words that carry the line's topic (`contentWords`). */
  contentWords: readonly string[];
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
const separators = new Set(["|", ">", "»", "›", "•", "·", "/", "::"]);
const hasLetter = /\p{L}/u;
const startsCapitalised = /^["“‘(]?[\p{Lu}\p{N}]/u;
const stopAtEnd = /[.!?…]["”’)\]]*$/u;

/** A cheap first look before the address pattern: most tokens are words. */
function mayBeAddress(token: string): boolean {
  return token.includes("/") || token.includes("@") || token.startsWith("www.") || token.startsWith("#");
}

export function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

function isContentWord(word: string): boolean {
  return word.length >= 3 && !isFunctionWord(word);
}

/** The words that carry a line's topic: three letters or more, not function words, in lower case. */
export function contentWords(text: string): string[] {
  return wordsOf(text.toLowerCase()).filter(isContentWord);
}

export function functionWordShare(words: readonly string[]): number {
  if (words.length === 0) return 0;
  let count = 0;
  for (const word of words) if (isFunctionWord(word.toLowerCase())) count++;
  return count / words.length;
}

export function endsWithStop(text: string): boolean {
  return stopAtEnd.test(text.trimEnd());
}

export function isAllCapitals(text: string): boolean {
  return text === text.toUpperCase() && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 3;
}

/** Every feature in one pass over the line's tokens and one over its words: the classifier measures every line of every seed. */
export function lineFeatures(text: string): LineFeatures {
  const lowerWords = wordsOf(text.toLowerCase());
  let functionWords = 0;
  const content: string[] = [];
  for (const word of lowerWords) {
    if (isFunctionWord(word)) functionWords++;
    else if (word.length >= 3) content.push(word);
  }
  let tokens = 0;
  let links = 0;
  let separatorCount = 0;
  let headlineWords = 0;
  let capitalised = 0;
  for (const token of text.split(/\s+/)) {
    if (token === "") continue;
    tokens++;
    if (token.length <= 2 && separators.has(token)) separatorCount++;
    if (mayBeAddress(token) && linkToken.test(token.replace(/[),.;:]+$/, ""))) links++;
    if (!hasLetter.test(token) || isMinorWord(token)) continue;
    headlineWords++;
    if (startsCapitalised.test(token)) capitalised++;
  }
  return {
    words: lowerWords.length,
    tokens,
    contentWords: content,
    functionWordShare: lowerWords.length === 0 ? 0 : functionWords / lowerWords.length,
    endsWithStop: endsWithStop(text),
    endsWithColon: /:\s*$/.test(text),
    capitalisedShare: headlineWords === 0 ? 0 : capitalised / headlineWords,
    allCapitals: isAllCapitals(text),
    linkTokens: links,
    separators: separatorCount,
  };
}
