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

/** The latest explicit date chrono finds in the whole of `text`, as `notBeforeFromText` defines it. */
export function latestExplicitDate(text: string): string | null {
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

/** A year chrono can resolve is written with three or four digits (two-digit years are expanded, so they never match their own text). */
const writtenYear = /(?<!\d)\d{3,4}(?!\d)/g;

/**
 * Characters kept on each side of a written year: far more than any date
 * expression chrono reads ("Saturday, the 3rd of September, 2022", a range
 * "from March 3 to April 5, 2021"), so a window holds every date that
 * contains its year, whole.
 */
const windowReach = 200;

/**
 * A window grows by merging no further than this. chrono's time grows faster
 * than the text it reads (a megabyte of dates, merged into one window, took
 * it 21 s against 2 s for a quarter of it), so a text dense with years is
 * read in windows of about this size instead.
 */
const maxMergedWindow = 5 * windowReach;

/**
 * The stretches of `text` around its written years, overlapping ones merged
 * up to `maxMergedWindow`, each cut at whitespace so no word is split. A date
 * that counts contains its year, so it lies inside one of them: a window
 * that stops merging is followed by one that starts `windowReach` before
 * the next year.
 */
export function yearWindows(text: string): string[] {
  const windows: string[] = [];
  let windowStart = -1;
  let windowEnd = -1;
  for (const match of text.matchAll(writtenYear)) {
    let start = Math.max(0, match.index - windowReach);
    while (start > 0 && !/\s/.test(text[start - 1] as string)) start--;
    let end = Math.min(text.length, match.index + match[0].length + windowReach);
    while (end < text.length && !/\s/.test(text[end] as string)) end++;
    if (windowStart >= 0 && start <= windowEnd && end - windowStart <= maxMergedWindow) {
      windowEnd = end;
      continue;
    }
    if (windowStart >= 0) windows.push(text.slice(windowStart, windowEnd));
    windowStart = start;
    windowEnd = end;
  }
  if (windowStart >= 0) windows.push(text.slice(windowStart, windowEnd));
  return windows;
}

/**
 * `latestExplicitDate(text)`, reading only the stretches around written
 * years: chrono over a whole article was over a third of parsing it, and
 * most news text names few years or none.
 */
export function notBeforeFromText(text: string): string | null {
  let latest: string | null = null;
  for (const window of yearWindows(text)) {
    const found = latestExplicitDate(window);
    if (found !== null && (latest === null || found > latest)) latest = found;
  }
  return latest;
}
