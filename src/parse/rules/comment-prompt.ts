import type { BoilerplateRule } from "./types.ts";

/** The comment form under a post: "Leave a Reply", the e-mail notice, "Post Comment". */
export const commentPrompt: BoilerplateRule = {
  name: "comment-prompt",
  reason: "comment prompt",
  match(text) {
    const prompt =
      /^(?:Leave a (?:Reply|Comment)|Post (?:a )?Comment|Add a Comment|Cancel reply|Join the (?:discussion|conversation)|\d+ Comments?|Comments?)\s*$|^Your email address will not be published\b|^Required fields are marked\b/i;
    return prompt.test(text) ? { action: "remove" } : null;
  },
};
