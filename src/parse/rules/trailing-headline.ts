import { isShortUnfinishedLine, titleCaseShare } from "../headline.ts";
import { proseFunctionShare } from "../prose.ts";
import type { BoilerplateRule } from "./types.ts";

/**
 * Scraped pages often end with the headlines of the next or related stories:
 * in title case, or in headline English, which leaves out the articles and
 * auxiliaries a sentence has.
 */
export const trailingHeadline: BoilerplateRule = {
  name: "trailing-headline",
  reason: "headline of another story after the end of the article",
  match(text, { position, features, index }) {
    const line = features[index];
    if (position !== "after" || !line || !isShortUnfinishedLine(text, 25)) return null;
    return line.capitalisedShare >= titleCaseShare || line.functionWordShare < proseFunctionShare ? { action: "remove" } : null;
  },
};
