import type { BoilerplateRule } from "./types.ts";

/** Site templates append the writer's profile: "Admin Jane Doe, | Jane Doe is the editor of ...". */
export const authorBio: BoilerplateRule = {
  name: "author-bio",
  reason: "author bio block",
  marksEdge: true,
  match(text) {
    const roleBar = /^(?:Admin|Administrator|Author|Editor|Writer|Staff)\s+[\p{Lu}][^|]{0,60}\|/u;
    const selfDescription =
      /^[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,2} (?:is|has been) (?:the|an?|our) (?:[\p{L}-]+ )?(?:admin|administrator|editor|writer|journalist|reporter|contributor|correspondent|blogger|columnist)\b[^.]*\b(?:of|at|for|with)\b/u;
    return roleBar.test(text) || selfDescription.test(text) ? { action: "remove" } : null;
  },
};
