import type { BoilerplateRule } from "./types.ts";

/** Whatever else follows the end of the story: labels, teaser blurbs, bios, footers. */
export const belowStory: BoilerplateRule = {
  name: "below-story",
  reason: "text after the end of the story",
  match(_text, { position }) {
    return position === "after" ? { action: "remove" } : null;
  },
};
