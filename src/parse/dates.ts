/** Dates the archivist gives: checked, never invented. */

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The `YYYY-MM-DD` a file name starts with, if any. A prefix that has the shape
 * of a date but is not one is an error, not something to ignore.
 */
export function dateFromFileName(fileName: string): { date: string } | { invalid: string } | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?![0-9])/.exec(fileName);
  if (!match?.[1]) return null;
  return isCalendarDate(match[1]) ? { date: match[1] } : { invalid: match[1] };
}
