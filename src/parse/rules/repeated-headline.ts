import { headlineKey } from "../headline.ts";
import type { BoilerplateRule } from "./types.ts";

/** The headline again, as a line of its own inside or around the text. */
export const repeatedHeadline: BoilerplateRule = {
  name: "repeated-headline",
  reason: "headline repeated in the text",
  readsTitle: true,
  match(_text, { title, keys, index }) {
    if (title === null) return null;
    const key = headlineKey(title);
    return key !== "" && keys[index] === key ? { action: "remove" } : null;
  },
};
