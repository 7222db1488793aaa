import type { BoilerplateRule } from "./types.ts";

/** Social buttons scraped as text: "Share this:", "Click to share on X", "Share on Facebook". */
export const sharePrompt: BoilerplateRule = {
  name: "share-prompt",
  reason: "share prompt",
  match(text) {
    const prompt =
      /^(?:Share(?: this(?: article| story| post)?)?:?|Click to share on .{1,40}|Share on (?:Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Email)\b.{0,40}|Tweet this|Print this (?:article|page))$/i;
    return prompt.test(text) ? { action: "remove" } : null;
  },
};
