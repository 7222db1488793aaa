import { isTitleCaseHeadline } from "../headline.ts";
import type { BoilerplateRule } from "./types.ts";

/** Scraped pages often end with the headline of the next or a related story. */
export const trailingHeadline: BoilerplateRule = {
  name: "trailing-headline",
  reason: "headline of another story after the end of the article",
  match(text, context) {
    if (context.bodyFollows || context.index === 0) return null;
    return isTitleCaseHeadline(text) ? { action: "remove" } : null;
  },
};
