import { isShortUnfinishedLine, titleCaseShare } from "../headline.ts";
import type { BoilerplateRule, RuleContext } from "./types.ts";

/** A title-case line without a closing stop: how other stories' headlines read in a list of links. */
function isListedHeadline(text: string | undefined, context: RuleContext, index: number): boolean {
  const line = context.features[index];
  if (text === undefined || line === undefined || context.claimed[index] || line.words > 25 || line.capitalisedShare < titleCaseShare || !isShortUnfinishedLine(text, 25)) return false;
  // Scores and figures ("St. Brendan 58, Harrison 50") make a table of results, not a headline.
  return (text.match(/\b\d+\b/g) ?? []).length < 2;
}

/** How many lines a run of headlines needs before it reads as a list of other stories rather than a subheading. */
const minListLength = 3;

/**
 * A run of other stories' headlines, one a line, standing in the text
 * without a label (an inside rule: above the story, the headline and its
 * byline would read as one). A run that a line ending in a colon announces
 * is the story's own list ("The five are:").
 */
export const headlineList: BoilerplateRule = {
  name: "headline-list",
  reason: "list of other stories' headlines",
  match(text, context) {
    const { blocks, index } = context;
    if (context.position !== "inside") return null;
    if (!isListedHeadline(text, context, index)) return null;
    let first = index;
    while (first > 0 && isListedHeadline(blocks[first - 1]?.text, context, first - 1)) first--;
    let last = index;
    while (last + 1 < blocks.length && isListedHeadline(blocks[last + 1]?.text, context, last + 1)) last++;
    if (last - first + 1 < minListLength) return null;
    // The announcing line may stand above a photo and its credit, which the line rules claimed.
    let above = first - 1;
    while (above > 0 && context.claimed[above]) above--;
    return context.features[above]?.endsWithColon ? null : { action: "remove" };
  },
};
