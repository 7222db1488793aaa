import type { BoilerplateRule } from "./types.ts";

/** The site's own labels for the story: "Tags: ads, meth, news", "Filed under: Politics", "Topics: ...". */
export const tagList: BoilerplateRule = {
  name: "tag-list",
  reason: "list of the site's tags or categories",
  marksEdge: true,
  match(text) {
    return /^(?:tags?|tagged(?: with)?|topics?|related topics|filed (?:under|in)|categor(?:y|ies)|posted (?:in|under)|keywords|more about|subjects?|sections?)\s*[:|]\s*\S/i.test(text) && text.length <= 400 ? { action: "remove" } : null;
  },
};
