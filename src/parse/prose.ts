/**
 * How much a line reads as running prose, in the manner of jusText's
 * paragraph classes: good (sentences with the function words of ordinary
 * text), near-good, short, and bad (lists of names, menus, headlines). The
 * story's span (`story-span.ts`) is found from these.
 */
import { titleCaseShare } from "./headline.ts";
import type { LineFeatures } from "./line-features.ts";

export type ProseClass = "good" | "near-good" | "short" | "bad";

/**
 * Function-word share that 95% of news paragraphs reach: the 5th percentile
 * over the 3,818 paragraphs of five words or more in the Brown Corpus press
 * texts is 0.286 (the median 0.453).
 */
export const proseFunctionShare = 0.28;
/** Below this share a long line is a list or a headline, whatever its punctuation (the 1st percentile of those paragraphs is 0.20). */
export const lowFunctionShare = 0.2;
/** jusText calls a paragraph under 70 characters short; about ten words of news text. */
export const proseMinWords = 10;
/** A line without a closing stop but with the function words of prose and this many words is a sentence that lost its stop. */
export const minSentenceWords = 6;
/** Kickers, buttons and labels: four words at most. */
export const shortMaxWords = 4;

/** jusText's maximum link density: a line more than a fifth addresses is a list of links. */
export const maxLinkShare = 0.2;

/** Whether the line reads as a sentence that lost its closing stop: sentence case, the function words of prose. */
export function isUnstoppedSentence(line: LineFeatures): boolean {
  return !line.endsWithStop && line.words >= minSentenceWords && line.functionWordShare >= proseFunctionShare && line.capitalisedShare < titleCaseShare;
}

export function proseClass(line: LineFeatures): ProseClass {
  if (line.linkTokens > maxLinkShare * line.words || line.separators >= 2) return "bad";
  // In title case without a closing stop a line is a headline, however many function words it has.
  if (!line.endsWithStop && line.words > shortMaxWords && line.capitalisedShare >= titleCaseShare) return "bad";
  if (line.words <= shortMaxWords) return "short";
  // A sentence that announces a list ends with a colon instead of a stop.
  if ((line.endsWithStop || line.endsWithColon) && line.words >= proseMinWords) {
    // A sentence crowded with names ("Austin, Texas -- Committee approval of Gov. Price Daniel's act ...") is still a sentence.
    if (line.functionWordShare < lowFunctionShare) return "near-good";
    return line.functionWordShare >= proseFunctionShare || line.words >= 2 * proseMinWords ? "good" : "near-good";
  }
  // A short sentence: near-good with the function words of prose, short (as a one-line quote or "Yikes." is) without.
  if (line.endsWithStop) return line.functionWordShare >= proseFunctionShare ? "near-good" : "short";
  if (line.functionWordShare >= proseFunctionShare && line.words >= proseMinWords) return "near-good";
  return "bad";
}
