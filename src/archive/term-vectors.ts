/**
 * TF-IDF vectors for related articles: every article becomes a vector over
 * word stems and its tags (a tag is a strong, already-merged signal, so it
 * counts as several mentions), normalised to unit length.
 *
 * Terms are numbered in the order they first appear, article by article, and
 * each distinct word is looked at (stop word? stem?) once per archive rather
 * than once per mention: the vectors are built from integer term numbers.
 */
import type { Article } from "../model/article.ts";
import { isAstralLetter, isLetter } from "./character-classes.ts";
import { extendHash, hashStart } from "./fnv-hash.ts";
import { WordNumbers } from "./word-numbers.ts";

/** A tag counts as this many mentions of its term. */
const tagMentions = 3;
const shortestWord = 4;

const stopWords = new Set(
  "about above after again against also among another because been before being below between both could does doing down during each either every from further have having here hers herself himself into itself just more most much must myself neither never nor once only other ought ours ourselves over own said same says shall should since some such than that their theirs them themselves then there these they this those though through under until upon very were what when where whether which while whom whose will with within without would your yours yourself yourselves".split(" "),
);

/** A light stemmer: enough to make "meeting"/"meetings" and "sanction"/"sanctions" one term. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/**
 * How many UTF-16 code units the letter at `index` takes (2 for a letter
 * beyond the Basic Multilingual Plane), or 0 if no letter starts there: the
 * code-point-wise `\p{L}` of a `u` regular expression.
 */
function letterWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(index + 1);
    return low >= 0xdc00 && low <= 0xdfff && isAstralLetter((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) ? 2 : 0;
  }
  return isLetter(code) ? 1 : 0;
}

/** A unit-length sparse vector: term numbers, in order of first appearance in the article, with their weights. */
export interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

export interface TermVectors {
  vectors: Vector[];
  /** Articles having each term, by term number. */
  documentFrequency: Int32Array;
}

/** Counts the terms of one article at a time into arrays indexed by term number, numbering new terms as they come. */
class TermCounter {
  private readonly termNumbers = new Map<string, number>();
  private readonly words = new WordNumbers();
  /** Term number of each word, by word number, or -1 for a word that is no term (a stop word). */
  private readonly termOfWord: number[] = [];
  private readonly termOfTag = new Map<string, number>();
  private counts: Int32Array = new Int32Array(1024);
  private frequencies: Int32Array = new Int32Array(1024);
  /** The current article's terms, in order of first appearance. */
  private readonly present: number[] = [];

  get termCount(): number {
    return this.termNumbers.size;
  }

  documentFrequency(): Int32Array {
    return this.frequencies.slice(0, this.termCount);
  }

  /** The article's terms, in order of first appearance, and their counts. */
  count(article: Article): { terms: Int32Array; counts: Int32Array } {
    const text = `${article.title}\n${article.paragraphs.join("\n")}`.toLowerCase();
    // Apostrophes split words, so "russia’s" gives "russia" and a dropped "s".
    let start = -1;
    let hash = hashStart;
    for (let index = 0; index <= text.length; ) {
      const width = index < text.length ? letterWidth(text, index) : 0;
      if (width > 0) {
        if (start < 0) start = index;
        hash = extendHash(hash, text.charCodeAt(index));
        if (width === 2) hash = extendHash(hash, text.charCodeAt(index + 1));
        index += width;
        continue;
      }
      if (start >= 0 && index - start >= shortestWord) this.countWord(this.words.numberOf(text, start, index, hash));
      start = -1;
      hash = hashStart;
      index++;
    }
    for (const tag of article.tags) this.add(this.tagTerm(tag.slug), tagMentions);
    const terms = new Int32Array(this.present.length);
    const counts = new Int32Array(this.present.length);
    this.present.forEach((term, slot) => {
      terms[slot] = term;
      counts[slot] = this.counts[term] ?? 0;
      this.counts[term] = 0;
      this.frequencies[term] = (this.frequencies[term] ?? 0) + 1;
    });
    this.present.length = 0;
    return { terms, counts };
  }

  private tagTerm(slug: string): number {
    let term = this.termOfTag.get(slug);
    if (term === undefined) {
      // "#" never occurs in a word, so a tag's term is never a word's.
      term = this.termNumber(`#${slug}`);
      this.termOfTag.set(slug, term);
    }
    return term;
  }

  private countWord(wordNumber: number): void {
    let term = this.termOfWord[wordNumber];
    if (term === undefined) {
      const word = this.words.words[wordNumber] ?? "";
      term = stopWords.has(word) ? -1 : this.termNumber(stem(word));
      this.termOfWord[wordNumber] = term;
    }
    if (term >= 0) this.add(term, 1);
  }

  private add(term: number, mentions: number): void {
    const before = this.counts[term] ?? 0;
    if (before === 0) this.present.push(term);
    this.counts[term] = before + mentions;
  }

  private termNumber(term: string): number {
    let number = this.termNumbers.get(term);
    if (number === undefined) {
      number = this.termNumbers.size;
      this.termNumbers.set(term, number);
      if (number === this.counts.length) {
        this.counts = grown(this.counts);
        this.frequencies = grown(this.frequencies);
      }
    }
    return number;
  }
}

function grown(array: Int32Array): Int32Array {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/** The articles' unit-length TF-IDF vectors, in the order given. */
export function tfIdfVectors(articles: readonly Article[]): TermVectors {
  const counter = new TermCounter();
  const counted = articles.map((article) => counter.count(article));
  const documentFrequency = counter.documentFrequency();
  const idf = Float64Array.from(documentFrequency, (frequency) => Math.log(articles.length / frequency));
  const vectors = counted.map(({ terms, counts }): Vector => {
    const weights = new Float64Array(terms.length);
    // Summed slot by slot from the first, as ever: rankings compare these weights to the last bit.
    let sumOfSquares = 0;
    for (let slot = 0; slot < terms.length; slot++) {
      const weight = (1 + Math.log(counts[slot] ?? 1)) * (idf[terms[slot] ?? 0] ?? 0);
      weights[slot] = weight;
      sumOfSquares += weight * weight;
    }
    const length = Math.sqrt(sumOfSquares) || 1;
    for (let slot = 0; slot < terms.length; slot++) weights[slot] = (weights[slot] ?? 0) / length;
    return { terms, weights };
  });
  return { vectors, documentFrequency };
}
