import type { BoilerplateRule } from "./types.ts";

/** The comment form under a post and the thread's own lines: "Leave a Reply", its fields, "Post Comment", "Jane says:". */
export const commentPrompt: BoilerplateRule = {
  name: "comment-prompt",
  reason: "comment prompt",
  marksEdge: true,
  match(text) {
    const prompt =
      /^(?:Leave a (?:Reply|Comment)(?: to [^.]{1,60})?|Post (?:a |your )?Comment|Add (?:a |your )?Comment|Submit(?: Comment)?|Cancel(?: reply)?|Reply(?: to [^.]{1,60})?|Log in to Reply|Join the (?:discussion|conversation)|\d+ (?:Comments?|Responses?|Replies|Thoughts)(?: (?:on|to) .{1,120})?|(?:View|Show|Hide|Read|See|Load|Open) (?:all |the |more )?Comments?(?: \(\d+\))?|Comments?(?: \(\+?\d*\+?\))?|Comment policy|Community (?:guidelines|standards)|Name\s*\*?|E-?mail\s*\*?|Website|Comment\s*\*?|Notify me of (?:follow-up comments|new posts|new comments)\b.*|Save my name, e-?mail, and website in this browser for the next time I comment\.?|[\p{L}.'’ -]{1,40} (?:says|said|wrote):)\s*$|^Your email address will not be published\b|^Required fields are marked\b|^You must (?:be )?log(?:ged)? in to (?:post a )?comment\b|^(?:Log|Sign) in to (?:comment|leave a comment|join the discussion)\b|^Comments (?:are|have been) (?:closed|disabled|moderated)\b|^This site uses Akismet\b/iu;
    return prompt.test(text) ? { action: "remove" } : null;
  },
};
