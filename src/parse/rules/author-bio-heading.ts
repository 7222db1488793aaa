import type { BoilerplateRule } from "./types.ts";

/** The "About Jane Doe" heading that opens an author bio box. */
export const authorBioHeading: BoilerplateRule = {
  name: "author-bio-heading",
  reason: "author bio heading",
  marksEdge: true,
  match(text) {
    const aboutAPerson = /^About (?:the )?(?:author|writer|[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3})$/u;
    return aboutAPerson.test(text) ? { action: "remove" } : null;
  },
};
