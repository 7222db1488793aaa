/**
 * Same-story detection: articles whose text is nearly the same (a re-edit, a
 * syndicated copy with another headline or a trimmed paragraph) are versions
 * of one story. Exact copies never get here: the archive publishes a body
 * once and reports the copies.
 *
 * Measure: the Jaccard similarity of the sets of word 4-grams ("shingles") of
 * the two texts. At or above `sameStoryThreshold` (0.7) they are one story. A
 * copy with a sentence changed in every paragraph, or a paragraph of ten added
 * or dropped, stays above 0.7; two independent reports of the same event
 * (seeds 002 and 004, both on the May 2024 Beijing meeting) share under 0.02,
 * since writers never hit the same four words in a row for long.
 *
 * Scale: comparing all pairs is O(N²); instead each text gets a MinHash
 * signature (`permutations` hashes; the chance two signatures agree at one
 * place equals the Jaccard similarity) cut into `bands` bands of `rows`. Only
 * texts that agree on a whole band meet as candidates (locality-sensitive
 * hashing), then get their exact Jaccard. A pair at 0.7 becomes a candidate
 * with probability 1 - (1 - 0.7^rows)^bands > 0.9999; a pair at 0.05 with
 * 0.0025. Cost: O(N · S · permutations) for signatures (S shingles per text)
 * plus the candidates' exact checks.
 */
import type { Article } from "../model/article.ts";
import { isLetterOrNumber } from "./character-classes.ts";
import { extendHash, hashStart } from "./fnv-hash.ts";

export const sameStoryThreshold = 0.7;
const shingleWords = 4;
const bands = 20;
/** `signature` and `forEachCandidatePair` take a band's three rows at once. */
const rows = 3;
const permutations = bands * rows;

/** murmur3's finaliser: turns (shingle, seed) into an independent-looking 32-bit value. */
function mix(value: number, seed: number): number {
  let hash = (value ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** `[a-z0-9]` in ASCII, `[\p{L}\p{N}]` beyond, one UTF-16 code unit at a time. */
function isWordCharacter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return isLetterOrNumber(code);
}

/** Word hashes of the text being read, reused from text to text rather than allocated for each. */
let wordScratch = new Int32Array(4096);

/** Hashes each word of the (lower-cased) text into `wordScratch`, read in one pass without building the words; returns how many. */
function hashWords(text: string): number {
  // A word takes at least one character and the space after it.
  if (wordScratch.length < (text.length + 1) >> 1) wordScratch = new Int32Array(text.length + 1);
  let count = 0;
  let hash = hashStart;
  let inWord = false;
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && isWordCharacter(text.charCodeAt(index))) {
      hash = extendHash(hash, text.charCodeAt(index));
      inWord = true;
    } else if (inWord) {
      wordScratch[count++] = hash;
      hash = hashStart;
      inWord = false;
    }
  }
  return count;
}

/** The set of hashed word 4-grams, sorted, so two sets intersect in one merge pass. */
export function shingles(paragraphs: readonly string[]): Uint32Array {
  const words = hashWords(paragraphs.join(" ").toLowerCase());
  // A text shorter than one shingle is one shingle of all its words.
  const starts = words === 0 ? 0 : Math.max(1, words - shingleWords + 1);
  const hashes = new Uint32Array(starts);
  for (let start = 0; start < starts; start++) {
    let hash = 0;
    for (let index = start; index < Math.min(start + shingleWords, words); index++) hash = mix(hash ^ (wordScratch[index] ?? 0), shingleWords);
    hashes[start] = hash;
  }
  hashes.sort();
  let distinct = 0;
  for (let index = 0; index < hashes.length; index++) {
    if (index === 0 || hashes[index] !== hashes[distinct - 1]) hashes[distinct++] = hashes[index] ?? 0;
  }
  return hashes.slice(0, distinct);
}

/**
 * How many values two sorted sets share. With `needed`, gives up (returning
 * fewer) once too few values are left for the count to reach it.
 */
function sharedCount(a: Uint32Array, b: Uint32Array, needed = 0): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length && shared + Math.min(a.length - i, b.length - j) >= needed) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** The Jaccard similarity of two sets of `sizes` values in all, `shared` of them in both; it grows with `shared`. */
function similarity(shared: number, sizes: number): number {
  const union = sizes - shared;
  return union === 0 ? 0 : shared / union;
}

export function jaccard(a: Uint32Array, b: Uint32Array): number {
  return similarity(sharedCount(a, b), a.length + b.length);
}

/** `jaccard(a, b) >= sameStoryThreshold`, without finishing the count for a pair that can no longer get there. */
function sameStory(a: Uint32Array, b: Uint32Array): boolean {
  const sizes = a.length + b.length;
  // The fewest shared values that reach the threshold, found with the same arithmetic as `jaccard`: the estimate is within one of it.
  let needed = Math.max(0, Math.floor((sameStoryThreshold * sizes) / (1 + sameStoryThreshold)) - 1);
  while (needed <= sizes && similarity(needed, sizes) < sameStoryThreshold) needed++;
  return sharedCount(a, b, needed) >= needed;
}

/** Flips the top bit: unsigned 32-bit order becomes the signed order of int32 values, which stay small integers for the engine. */
const signBit = 0x80000000;

/**
 * The i-th hash is h1 + i·h2 (Kirsch and Mitzenmacher): two real hashes per
 * shingle instead of sixty. Written into `minimums` at `offset`.
 */
function signature(set: Uint32Array, minimums: Uint32Array, offset: number): void {
  const flipped = new Int32Array(permutations).fill(0xffffffff ^ signBit);
  for (const shingle of set) {
    const step = mix(shingle, 2) | 1;
    // h1 + i·h2 taken mod 2^32 step by step, with the top bit flipped throughout;
    // a band's three rows at a time, as their comparisons do not wait on each other.
    let value = mix(shingle, 1) ^ signBit;
    for (let index = 0; index < permutations; index += rows) {
      const second = (value + step) | 0;
      const third = (second + step) | 0;
      if (value < (flipped[index] ?? 0)) flipped[index] = value;
      if (second < (flipped[index + 1] ?? 0)) flipped[index + 1] = second;
      if (third < (flipped[index + 2] ?? 0)) flipped[index + 2] = third;
      value = (third + step) | 0;
    }
  }
  for (let index = 0; index < permutations; index++) minimums[offset + index] = (flipped[index] ?? 0) ^ signBit;
}

/**
 * Calls `meet(a, b)` (a < b) for every pair of articles whose signatures agree
 * on a whole band, once per band they agree on. Each band's articles are
 * grouped by an open-addressing table on the band's values, compared in full.
 */
function forEachCandidatePair(signatures: Uint32Array, articleCount: number, meet: (a: number, b: number) => void): void {
  const slotBits = Math.max(4, Math.ceil(Math.log2(articleCount * 2)));
  const mask = (1 << slotBits) - 1;
  /** The first article of each group + 1, 0 in a free slot. */
  const slots = new Int32Array(1 << slotBits);
  /** The next article of an article's group, or -1; and the last article of each group, by its first. */
  const next = new Int32Array(articleCount);
  const last = new Int32Array(articleCount);
  for (let band = 0; band < bands; band++) {
    slots.fill(0);
    const at = (article: number, row: number) => signatures[article * permutations + band * rows + row] ?? 0;
    const sameBand = (a: number, b: number) => at(a, 0) === at(b, 0) && at(a, 1) === at(b, 1) && at(a, 2) === at(b, 2);
    for (let article = 0; article < articleCount; article++) {
      next[article] = -1;
      let slot = mix(at(article, 0) ^ mix(at(article, 1) ^ mix(at(article, 2), band), band), band) & mask;
      while ((slots[slot] ?? 0) !== 0 && !sameBand((slots[slot] ?? 0) - 1, article)) slot = (slot + 1) & mask;
      const first = (slots[slot] ?? 0) - 1;
      if (first < 0) {
        slots[slot] = article + 1;
        last[article] = article;
      } else {
        next[last[first] ?? 0] = article;
        last[first] = article;
      }
    }
    for (const entry of slots) {
      for (let a = entry - 1; a >= 0; a = next[a] ?? -1) for (let b = next[a] ?? -1; b >= 0; b = next[b] ?? -1) meet(a, b);
    }
  }
}

function root(parent: Int32Array, index: number): number {
  let node = index;
  while (parent[node] !== node) node = parent[node] ?? node;
  return node;
}

/** What finding versions reads of an article. */
export type VersionSource = Pick<Article, "id" | "paragraphs">;

/**
 * Article id -> id of the story's first version, for every later version.
 * Articles are taken in the order given; the first of a story is its original.
 */
export function findVersions(articles: readonly VersionSource[]): Map<string, string> {
  const sets = articles.map((article) => shingles(article.paragraphs));
  const signatures = new Uint32Array(articles.length * permutations);
  sets.forEach((set, article) => signature(set, signatures, article * permutations));
  // Every story's root is its earliest article: a union makes the earlier root the parent.
  const parent = Int32Array.from(articles.keys());
  const checked = new Set<number>();
  forEachCandidatePair(signatures, articles.length, (a, b) => {
    const [rootA, rootB] = [root(parent, a), root(parent, b)];
    if (rootA === rootB) return;
    const pair = a * articles.length + b;
    if (checked.has(pair)) return;
    checked.add(pair);
    if (!sameStory(sets[a] ?? new Uint32Array(), sets[b] ?? new Uint32Array())) return;
    parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  });
  const versions = new Map<string, string>();
  articles.forEach((article, index) => {
    const original = root(parent, index);
    if (original !== index) versions.set(article.id, articles[original]?.id ?? article.id);
  });
  return versions;
}
