/**
 * The earliest an undated article can have been written: the latest date its
 * own text names. Only explicit dates that spell out their year count
 * ("February 2022", "3 March 2021", "2023-04-05"); relative ones ("last
 * year", "today", "on Thursday") and dates without a year ("Feb. 21") depend
 * on the unknown publication date and say nothing. A bare year ("in 2014") is
 * not used either: the record holds a month at least. The result is a lower
 * bound for ordering and the "Date unknown (after ...)" label, never a
 * publication date.
 */
import { chrono } from "../language-libraries.ts";

/** Chrono resolves missing parts against a reference date; fixing it keeps this function pure. */
const referenceDate = new Date(Date.UTC(2000, 0, 1));

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

export function notBeforeFromText(text: string): string | null {
  let latest: string | null = null;
  for (const result of chrono.parse(text, referenceDate)) {
    const start = result.start;
    const year = start.get("year");
    const month = start.get("month");
    if (year === null || month === null || !start.isCertain("year") || !start.isCertain("month")) continue;
    if (!new RegExp(`(?<!\\d)${year}(?!\\d)`).test(result.text)) continue;
    const day = start.isCertain("day") ? start.get("day") : null;
    const value = day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    if (latest === null || value > latest) latest = value;
  }
  return latest;
}
