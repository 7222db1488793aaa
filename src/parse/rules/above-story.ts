import type { BoilerplateRule } from "./types.ts";

/** Longer lines above the story: a deck or standfirst, a teaser, a caption without a credit. */
export const aboveStory: BoilerplateRule = {
  name: "above-story",
  reason: "deck, teaser or caption above the story",
  match(_text, { position }) {
    return position === "before" ? { action: "remove" } : null;
  },
};
