import { headlineKey } from "../headline.ts";
import type { BoilerplateRule } from "./types.ts";

/** A later copy of a line the seed already holds (a caption shown twice by a gallery, a promo repeated): it adds nothing. */
export const repeatedLine: BoilerplateRule = {
  name: "repeated-line",
  reason: "repeated line",
  match(text, { blocks, index }) {
    const key = headlineKey(text);
    if (key === "") return null;
    for (let earlier = 0; earlier < index; earlier++) if (headlineKey(blocks[earlier]?.text ?? "") === key) return { action: "remove" };
    return null;
  },
};
