import type { BoilerplateRule } from "./types.ts";

/** A later copy of a line the seed already holds (a caption shown twice by a gallery, a promo repeated): it adds nothing. */
export const repeatedLine: BoilerplateRule = {
  name: "repeated-line",
  reason: "repeated line",
  match(_text, { keys, index }) {
    const key = keys[index] ?? "";
    return key !== "" && keys.indexOf(key) < index ? { action: "remove" } : null;
  },
};
