/**
 * Lines that recur across the archive's seeds: the evidence of the whole
 * archive that a line belongs to a site rather than to one story
 * ("Advertisement", "Share this:", a site's promo or footer). Each seed's
 * census is the set of keys of its short lines; a line recurs when its key
 * stands in at least `minSeedsForRecurrence` seeds. Keys are 53-bit hashes
 * of the line as `headlineKey` normalises it, so a census is a few numbers
 * a line and the same on every machine.
 */
import { headlineKey } from "./headline.ts";

/** Longer lines are prose: a story shared by two seeds is a version of it, not boilerplate, and such lines are left out of the census. */
const maxCensusLineLength = 200;
/**
 * A line must stand in this many seeds to recur. Two would take the shared
 * subheadings of two stories from one writer ("Here's the thing:") for
 * boilerplate; measured on the development set, three removed no line of
 * any story.
 */
export const minSeedsForRecurrence = 3;

/** cyrb53, a well-known public-domain string hash: 53 bits, so keys fit a JavaScript number exactly. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The key of one line, or null for a line too long to be counted or with no letters or digits. */
export function lineKey(line: string): number | null {
  if (line.length > maxCensusLineLength) return null;
  const key = headlineKey(line);
  return key === "" ? null : hash53(key);
}

/** The distinct keys of a body's lines, sorted. */
export function lineCensus(body: string): number[] {
  const keys = new Set<number>();
  for (const line of body.split("\n")) {
    const key = lineKey(line.trim());
    if (key !== null) keys.add(key);
  }
  return [...keys].sort((a, b) => a - b);
}

/** The keys that stand in at least `minSeedsForRecurrence` of the censuses. */
export function recurringKeys(censuses: Iterable<readonly number[]>): Set<number> {
  const counts = new Map<number, number>();
  for (const census of censuses) for (const key of census) counts.set(key, (counts.get(key) ?? 0) + 1);
  const recurring = new Set<number>();
  for (const [key, count] of counts) if (count >= minSeedsForRecurrence) recurring.add(key);
  return recurring;
}

/** The part of `recurring` that one census holds: all a seed's parse depends on. */
export function recurringIn(census: readonly number[], recurring: ReadonlySet<number>): number[] {
  return census.filter((key) => recurring.has(key));
}
