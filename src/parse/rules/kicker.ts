import type { BoilerplateRule } from "./types.ts";

/** Short lines above the story: kickers, section names, labels, the site's name. */
export const kicker: BoilerplateRule = {
  name: "kicker",
  reason: "kicker, section name or label above the story",
  match(_text, { position, features, index }) {
    return position === "before" && (features[index]?.tokens ?? 0) <= 4 ? { action: "remove" } : null;
  },
};
