import type { BoilerplateRule } from "./types.ts";

const month = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const weekday = "mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?";
/** A token of a date or time stamp: a month, weekday, number, clock time, time zone, or the words around them. */
const dateToken = new RegExp(
  `^(?:${month}|${weekday}|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:am|pm)?|\\d{1,4}(?:[./-]\\d{1,4}){1,2}(?:t[\\d:.z+-]+)?|a\\.?m|p\\.?m|[a-z]?[ecmp][sd]?t|gmt|utc|ist|hkt|cet|bst|aest|et|pt|ct|mt|z|published|updated|posted|modified|last|original|originally|first|on|at|of|the|and|date|time|ago|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|just|now|today|yesterday|an?|one|two|three|four|five|six|seven|eight|nine|ten)$`,
  "i",
);

/** What a date line must hold for its few words to be one: a month or weekday name, a numeric date, a year, "ago", or a published or updated stamp. */
const dateEvidence = new RegExp(`\\b(?:${month}|${weekday})\\b|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\bago\\b|\\b(?:19|20)\\d{2}\\b|\\b(?:published|updated|posted|modified)\\b`, "i");


/**
 * A line that is only a date or time stamp: "Published 7:07 PM EST Nov 19,
 * 2019", "Updated: Nov. 20, 2019 1:35 a.m.", "11.15.2019 10:09 AM",
 * "Published 1 day ago". Every token must belong to a stamp, so a sentence
 * that mentions a date is never one.
 */
export const dateLine: BoilerplateRule = {
  name: "date-line",
  reason: "date stamp",
  marksEdge: true,
  match(text) {
    return text.length <= 120 && dateEvidence.test(text) && isStamp(text) ? { action: "remove" } : null;
  },
};

/** Whether every token of `text` belongs to a date or time stamp. */
export function isStamp(text: string): boolean {
  if (text.length > 120) return false;
  const tokens = text
    .toLowerCase()
    .split(/[\s,|()/–—•·]+/)
    .map((token) => token.replace(/^[-:.]+|[-:.]+$/g, ""))
    .filter((token) => token !== "");
  return tokens.length > 0 && tokens.every((token) => dateToken.test(token));
}
