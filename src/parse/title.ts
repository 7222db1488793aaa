/**
 * The title of a seed that has no headline (none in its front matter, no line
 * that reads as one: `headline-line.ts`): its lead sentence, cut at a natural
 * break (a clause boundary) so that it stays short, and never inside a word.
 */
import { splitSentences } from "./sentences.ts";

export const maxTitleLength = 100;
const minClauseLength = 30;

/** Words a cut title should not end on: they promise more that is not there. */
const danglingWords = new Set([
  "a", "an", "the", "another", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
  "that", "which", "who", "its", "their", "his", "her", "our", "this", "these", "those", "is", "are", "was", "were",
  "be", "has", "have", "had", "will", "would", "into", "between", "than", "while", "after", "before",
]);

function trimDanglingWords(text: string): string {
  const words = text.split(" ");
  while (words.length > 1 && danglingWords.has((words[words.length - 1] ?? "").toLowerCase())) words.pop();
  return words.join(" ").replace(/[\s,;:–—-]+$/u, "");
}

/** Places where a clause ends: before punctuation, or before a lower-case conjunction. */
function clauseBreaks(sentence: string): number[] {
  const breaks: number[] = [];
  for (const match of sentence.matchAll(/[,;:]\s|\s[–—]\s|\s\((?=\p{Ll})/gu)) breaks.push(match.index);
  for (const match of sentence.matchAll(/\s(?:and|but|while|as|after|following|which|who|because|although|though|amid|despite)\s(?=\p{Ll})/gu)) {
    breaks.push(match.index);
  }
  return breaks.sort((a, b) => a - b);
}

export function titleFromLead(paragraph: string): string {
  const firstSentence = splitSentences(paragraph)[0] ?? paragraph;
  const sentence = firstSentence.replace(/[.!?…]+$/u, "").trim() || firstSentence.trim();
  if (sentence.length <= maxTitleLength) return sentence;

  const fitting = clauseBreaks(sentence).filter((at) => at >= minClauseLength && at <= maxTitleLength);
  const lastBreak = fitting[fitting.length - 1];
  if (lastBreak !== undefined) return trimDanglingWords(sentence.slice(0, lastBreak));

  const lastSpace = sentence.lastIndexOf(" ", maxTitleLength);
  const cut = lastSpace > 0 ? sentence.slice(0, lastSpace) : sentence.slice(0, maxTitleLength);
  return `${trimDanglingWords(cut)}…`;
}
