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
import type { Article } from "../record/article.ts";

export const sameStoryThreshold = 0.7;
const shingleWords = 4;
const bands = 20;
const rows = 3;
const permutations = bands * rows;

/** murmur3's finaliser: turns (shingle, seed) into an independent-looking 32-bit value. */
function mix(value: number, seed: number): number {
  let hash = (value ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return /[\p{L}\p{N}]/u.test(text.charAt(index));
}

/** The FNV-1a hash of each lower-cased word, read in one pass without building the words. */
function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  let hash = 0x811c9dc5;
  let inWord = false;
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && isWordCharacter(text, index)) {
      hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
      inWord = true;
    } else if (inWord) {
      hashes.push(hash >>> 0);
      hash = 0x811c9dc5;
      inWord = false;
    }
  }
  return hashes;
}

/** The set of hashed word 4-grams, sorted, so two sets intersect in one merge pass. */
export function shingles(paragraphs: readonly string[]): Uint32Array {
  const words = wordHashes(paragraphs.join(" ").toLowerCase());
  const set = new Set<number>();
  // A text shorter than one shingle is one shingle of all its words.
  const lastStart = words.length === 0 ? -1 : Math.max(0, words.length - shingleWords);
  for (let start = 0; start <= lastStart; start++) {
    let hash = 0;
    for (let index = start; index < Math.min(start + shingleWords, words.length); index++) hash = mix(hash ^ (words[index] ?? 0), shingleWords);
    set.add(hash);
  }
  return Uint32Array.from(set).sort();
}

export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/** The i-th hash is h1 + i·h2 (Kirsch and Mitzenmacher): two real hashes per shingle instead of sixty. */
function signature(set: Uint32Array): Uint32Array {
  const minimums = new Uint32Array(permutations).fill(0xffffffff);
  for (const shingle of set) {
    const first = mix(shingle, 1);
    const step = mix(shingle, 2) | 1;
    for (let index = 0; index < permutations; index++) {
      const value = (first + Math.imul(index, step)) >>> 0;
      if (value < (minimums[index] ?? 0)) minimums[index] = value;
    }
  }
  return minimums;
}

function root(parent: number[], index: number): number {
  let node = index;
  while (parent[node] !== node) node = parent[node] ?? node;
  return node;
}

/**
 * Article id -> id of the story's first version, for every later version.
 * Articles are taken in the order given; the first of a story is its original.
 */
export function findVersions(articles: readonly Article[]): Map<string, string> {
  const sets = articles.map((article) => shingles(article.paragraphs));
  const buckets = new Map<string, number[]>();
  sets.forEach((set, article) => {
    const minimums = signature(set);
    for (let band = 0; band < bands; band++) {
      const key = `${band}:${minimums.subarray(band * rows, band * rows + rows).join(",")}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(article);
      else buckets.set(key, [article]);
    }
  });
  const parent = articles.map((_, index) => index);
  const checked = new Set<number>();
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const [a, b] = [bucket[i] ?? 0, bucket[j] ?? 0];
        const pair = a * articles.length + b;
        if (checked.has(pair)) continue;
        checked.add(pair);
        if (jaccard(sets[a] ?? new Uint32Array(), sets[b] ?? new Uint32Array()) < sameStoryThreshold) continue;
        const [rootA, rootB] = [root(parent, a), root(parent, b)];
        parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
      }
    }
  }
  const versions = new Map<string, string>();
  articles.forEach((article, index) => {
    const original = root(parent, index);
    if (original !== index) versions.set(article.id, articles[original]?.id ?? article.id);
  });
  return versions;
}
