import { isStamp } from "./date-line.ts";
import type { BoilerplateRule } from "./types.ts";

const clockTime = /\d{1,2}[:.]\d{2}/;

/**
 * A clock time alone ("9:48 p.m.", "11:20 a.m. ET"): the time of an update
 * in a live blog, which goes on across it, so unlike a date stamp it marks
 * no edge of the story.
 */
export const timeStamp: BoilerplateRule = {
  name: "time-stamp",
  reason: "time stamp",
  match(text) {
    return text.length <= 120 && clockTime.test(text) && isStamp(text) ? { action: "remove" } : null;
  },
};
