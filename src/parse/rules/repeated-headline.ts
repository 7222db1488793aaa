import { headlineKey } from "../headline.ts";
import type { BoilerplateRule } from "./types.ts";

/** The headline again, as a line of its own inside or around the text. */
export const repeatedHeadline: BoilerplateRule = {
  name: "repeated-headline",
  reason: "headline repeated in the text",
  marksEdge: true,
  match(text, { title }) {
    return title !== null && headlineKey(text) === headlineKey(title) && headlineKey(title) !== "" ? { action: "remove" } : null;
  },
};
