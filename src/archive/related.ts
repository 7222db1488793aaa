/**
 * Related articles: for each article, up to five others by content
 * similarity, best first.
 *
 * Method: every article becomes a TF-IDF vector over word stems and its tags
 * (a tag is a strong, already-merged signal, so it counts as several
 * mentions), normalised to unit length; similarity is the cosine. Comparing
 * every pair would cost O(N²) (50 million pairs at 10,000 articles), so
 * candidates come from an impact-ordered inverted index instead: each article
 * is indexed under its `indexedTerms` heaviest terms that some other article
 * also has, and each term's
 * posting list keeps the `postingLimit` articles that weigh it most (a term
 * shared by thousands of articles tells little apart, and its low IDF says
 * so). An article meets as candidates only the articles sharing one of its
 * heaviest terms; the best `rescored` of them by partial score are scored by
 * the full cosine. Cost: O(N · T) to build vectors (T terms per article),
 * O(N · indexedTerms · postingLimit) to gather candidates, and
 * O(N · rescored · T) to rescore: linear in the archive size.
 */
import type { Article } from "../model/article.ts";
import { tfIdfVectors, type Vector } from "./term-vectors.ts";

export const maxRelated = 5;
const indexedTerms = 20;
const postingLimit = 100;
const rescored = 20;
/** Below this cosine two articles share a stray word, not a subject (the five seeds, all on one subject, score 0.018 to 0.14). */
const minSimilarity = 0.01;

/**
 * Offers `item` to the list of the `limit` best items seen, kept best first
 * in `best[0 .. kept)`; returns the new length. Keeping a short list sorted
 * as items come costs less than sorting them all to keep a few.
 */
function offer(best: Int32Array, kept: number, limit: number, item: number, better: (x: number, y: number) => boolean): number {
  if (kept === limit && !better(item, best[kept - 1] ?? 0)) return kept;
  let position = kept === limit ? kept - 1 : kept;
  while (position > 0 && better(item, best[position - 1] ?? 0)) {
    best[position] = best[position - 1] ?? 0;
    position--;
  }
  best[position] = item;
  return kept === limit ? kept : kept + 1;
}

/** Each article's heaviest terms: article `a`'s are at `a · indexedTerms` onwards, `count[a]` of them, heaviest first. */
interface HeaviestTerms {
  terms: Int32Array;
  weights: Float64Array;
  count: Int32Array;
}

/** A term only one article has links it to nothing, so it is not indexed; equal weights go to the lower term number. */
function heaviestSharedTerms(vectors: readonly Vector[], documentFrequency: Int32Array): HeaviestTerms {
  const heaviest = { terms: new Int32Array(vectors.length * indexedTerms), weights: new Float64Array(vectors.length * indexedTerms), count: new Int32Array(vectors.length) };
  const slots = new Int32Array(indexedTerms);
  vectors.forEach(({ terms, weights }, article) => {
    const heavier = (x: number, y: number) => (weights[x] ?? 0) > (weights[y] ?? 0) || ((weights[x] ?? 0) === (weights[y] ?? 0) && (terms[x] ?? 0) < (terms[y] ?? 0));
    let kept = 0;
    for (let slot = 0; slot < terms.length; slot++) {
      if ((documentFrequency[terms[slot] ?? 0] ?? 0) > 1) kept = offer(slots, kept, indexedTerms, slot, heavier);
    }
    const first = article * indexedTerms;
    for (let rank = 0; rank < kept; rank++) {
      heaviest.terms[first + rank] = terms[slots[rank] ?? 0] ?? 0;
      heaviest.weights[first + rank] = weights[slots[rank] ?? 0] ?? 0;
    }
    heaviest.count[article] = kept;
  });
  return heaviest;
}

/** Term t's postings are at [start[t], end[t]): the articles (by position) that weigh it most, heaviest first. */
interface InvertedIndex {
  start: Int32Array;
  end: Int32Array;
  articles: Int32Array;
  weights: Float64Array;
}

function invertedIndex({ terms, weights, count }: HeaviestTerms, termCount: number): InvertedIndex {
  const start = new Int32Array(termCount + 1);
  count.forEach((kept, article) => {
    for (let rank = 0; rank < kept; rank++) {
      const after = (terms[article * indexedTerms + rank] ?? 0) + 1;
      start[after] = (start[after] ?? 0) + 1;
    }
  });
  for (let term = 0; term < termCount; term++) start[term + 1] = (start[term + 1] ?? 0) + (start[term] ?? 0);
  const index = { start, end: start.slice(0, termCount), articles: new Int32Array(start[termCount] ?? 0), weights: new Float64Array(start[termCount] ?? 0) };
  count.forEach((kept, article) => {
    for (let rank = 0; rank < kept; rank++) {
      const term = terms[article * indexedTerms + rank] ?? 0;
      const position = index.end[term] ?? 0;
      index.end[term] = position + 1;
      index.articles[position] = article;
      index.weights[position] = weights[article * indexedTerms + rank] ?? 0;
    }
  });
  for (let term = 0; term < termCount; term++) keepHeaviestPostings(index, term);
  return index;
}

/** Reused from term to term by `keepHeaviestPostings`. */
const best = new Int32Array(postingLimit);
const bestArticles = new Int32Array(postingLimit);
const bestWeights = new Float64Array(postingLimit);

/** Cuts a term's postings to the `postingLimit` heaviest, heaviest first, equal weights to the earlier article. */
function keepHeaviestPostings({ start, end, articles, weights }: InvertedIndex, term: number): void {
  const heavier = (x: number, y: number) => (weights[x] ?? 0) > (weights[y] ?? 0) || ((weights[x] ?? 0) === (weights[y] ?? 0) && (articles[x] ?? 0) < (articles[y] ?? 0));
  const first = start[term] ?? 0;
  let kept = 0;
  for (let position = first; position < (end[term] ?? 0); position++) kept = offer(best, kept, postingLimit, position, heavier);
  for (let rank = 0; rank < kept; rank++) {
    bestArticles[rank] = articles[best[rank] ?? 0] ?? 0;
    bestWeights[rank] = weights[best[rank] ?? 0] ?? 0;
  }
  articles.set(bestArticles.subarray(0, kept), first);
  weights.set(bestWeights.subarray(0, kept), first);
  end[term] = first + kept;
}

/** The cosine of `vector` with the vector spread out in `dense` (weights by term number), summed in the vector's term order. */
function cosineWithDense({ terms, weights }: Vector, dense: Float64Array): number {
  let sum = 0;
  for (let slot = 0; slot < terms.length; slot++) sum += (dense[terms[slot] ?? 0] ?? 0) * (weights[slot] ?? 0);
  return sum;
}

function spread({ terms, weights }: Vector, dense: Float64Array, scale: 0 | 1): void {
  for (let slot = 0; slot < terms.length; slot++) dense[terms[slot] ?? 0] = scale * (weights[slot] ?? 0);
}

/** Article id -> ids of up to five related articles, best first; ties go to the order given. */
export function findRelated(articles: readonly Article[]): Map<string, string[]> {
  const { vectors, documentFrequency } = tfIdfVectors(articles);
  const heaviest = heaviestSharedTerms(vectors, documentFrequency);
  const index = invertedIndex(heaviest, documentFrequency.length);
  const partial = new Float64Array(articles.length);
  const dense = new Float64Array(documentFrequency.length);
  // Room for every posting met: an article whose partial score is still 0 after a posting of
  // weight 0 (a term every article has) is listed again when met again, as it always was.
  const touched = new Int32Array(indexedTerms * postingLimit);
  const candidates = new Int32Array(rescored);
  const similarity = new Float64Array(rescored);
  const chosen = new Int32Array(maxRelated);
  const higherPartial = (x: number, y: number) => (partial[x] ?? 0) > (partial[y] ?? 0) || ((partial[x] ?? 0) === (partial[y] ?? 0) && x < y);
  const moreSimilar = (x: number, y: number) =>
    (similarity[x] ?? 0) > (similarity[y] ?? 0) || ((similarity[x] ?? 0) === (similarity[y] ?? 0) && (candidates[x] ?? 0) < (candidates[y] ?? 0));
  const related = new Map<string, string[]>();
  articles.forEach((article, self) => {
    let touchedCount = 0;
    for (let rank = 0; rank < (heaviest.count[self] ?? 0); rank++) {
      const term = heaviest.terms[self * indexedTerms + rank] ?? 0;
      const weight = heaviest.weights[self * indexedTerms + rank] ?? 0;
      for (let position = index.start[term] ?? 0; position < (index.end[term] ?? 0); position++) {
        const other = index.articles[position] ?? 0;
        if (other === self) continue;
        if (partial[other] === 0) touched[touchedCount++] = other;
        partial[other] = (partial[other] ?? 0) + weight * (index.weights[position] ?? 0);
      }
    }
    let candidateCount = 0;
    for (let slot = 0; slot < touchedCount; slot++) candidateCount = offer(candidates, candidateCount, rescored, touched[slot] ?? 0, higherPartial);
    for (let slot = 0; slot < touchedCount; slot++) partial[touched[slot] ?? 0] = 0;
    const own = vectors[self] ?? { terms: new Int32Array(), weights: new Float64Array() };
    spread(own, dense, 1);
    let chosenCount = 0;
    for (let rank = 0; rank < candidateCount; rank++) {
      const vector = vectors[candidates[rank] ?? 0];
      similarity[rank] = vector ? cosineWithDense(vector, dense) : 0;
      if ((similarity[rank] ?? 0) >= minSimilarity) chosenCount = offer(chosen, chosenCount, maxRelated, rank, moreSimilar);
    }
    spread(own, dense, 0);
    related.set(
      article.id,
      Array.from(chosen.subarray(0, chosenCount), (rank) => articles[candidates[rank] ?? 0]?.id ?? ""),
    );
  });
  return related;
}
