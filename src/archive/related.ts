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
import type { Article } from "../record/article.ts";

export const maxRelated = 5;
const indexedTerms = 20;
const postingLimit = 100;
const rescored = 20;
/** A tag counts as this many mentions of its term. */
const tagMentions = 3;
/** Below this cosine two articles share a stray word, not a subject (the five seeds, all on one subject, score 0.018 to 0.14). */
const minSimilarity = 0.01;

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

function termCounts(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  const text = `${article.title}\n${article.paragraphs.join("\n")}`.toLowerCase();
  // Apostrophes split words, so "russia’s" gives "russia" and a dropped "s".
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    if (word.length < 4 || stopWords.has(word)) continue;
    const term = stem(word);
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  for (const tag of article.tags) counts.set(`#${tag.slug}`, (counts.get(`#${tag.slug}`) ?? 0) + tagMentions);
  return counts;
}

/** A unit-length sparse vector: term numbers with their weights. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

interface Vectors {
  vectors: Vector[];
  /** Articles having each term, by term number. */
  documentFrequency: number[];
}

function tfIdfVectors(articles: readonly Article[]): Vectors {
  const termNumbers = new Map<string, number>();
  const documentFrequency: number[] = [];
  const counted = articles.map((article) => {
    const counts = termCounts(article);
    const terms = new Int32Array(counts.size);
    const tf = new Float64Array(counts.size);
    let slot = 0;
    for (const [term, count] of counts) {
      let number = termNumbers.get(term);
      if (number === undefined) {
        number = documentFrequency.length;
        termNumbers.set(term, number);
        documentFrequency.push(0);
      }
      documentFrequency[number] = (documentFrequency[number] ?? 0) + 1;
      terms[slot] = number;
      tf[slot++] = 1 + Math.log(count);
    }
    return { terms, tf };
  });
  const vectors = counted.map(({ terms, tf }) => {
    const weights = tf.map((count, slot) => count * Math.log(articles.length / (documentFrequency[terms[slot] ?? 0] ?? 1)));
    const length = Math.sqrt(weights.reduce((sum, weight) => sum + weight * weight, 0)) || 1;
    return { terms, weights: weights.map((weight) => weight / length) };
  });
  return { vectors, documentFrequency };
}

/** The cosine of `vector` with the vector spread out in `dense` (weights by term number). */
function cosineWithDense({ terms, weights }: Vector, dense: Float64Array): number {
  let sum = 0;
  for (let slot = 0; slot < terms.length; slot++) sum += (dense[terms[slot] ?? 0] ?? 0) * (weights[slot] ?? 0);
  return sum;
}

function spread({ terms, weights }: Vector, dense: Float64Array, scale: 0 | 1): void {
  for (let slot = 0; slot < terms.length; slot++) dense[terms[slot] ?? 0] = scale * (weights[slot] ?? 0);
}

/** A term only one article has links it to nothing, so it is not indexed. */
function heaviestSharedTerms({ terms, weights }: Vector, documentFrequency: number[]): { term: number; weight: number }[] {
  const shared: { term: number; weight: number }[] = [];
  terms.forEach((term, index) => {
    if ((documentFrequency[term] ?? 0) > 1) shared.push({ term, weight: weights[index] ?? 0 });
  });
  return shared.sort((x, y) => y.weight - x.weight || x.term - y.term).slice(0, indexedTerms);
}

interface Posting {
  article: number;
  weight: number;
}

/** Term -> the articles (by position) that weigh it most, heaviest first. */
function invertedIndex(heaviest: { term: number; weight: number }[][]): Map<number, Posting[]> {
  const index = new Map<number, Posting[]>();
  heaviest.forEach((terms, article) => {
    for (const { term, weight } of terms) {
      const postings = index.get(term);
      if (postings) postings.push({ article, weight });
      else index.set(term, [{ article, weight }]);
    }
  });
  for (const postings of index.values()) {
    postings.sort((x, y) => y.weight - x.weight || x.article - y.article);
    postings.length = Math.min(postings.length, postingLimit);
  }
  return index;
}

/** The `rescored` touched articles with the highest partial score, without sorting them all. */
function bestCandidates(touched: readonly number[], partial: Float64Array): number[] {
  const best: number[] = [];
  const better = (x: number, y: number) => (partial[x] ?? 0) > (partial[y] ?? 0) || ((partial[x] ?? 0) === (partial[y] ?? 0) && x < y);
  for (const article of touched) {
    if (best.length === rescored && !better(article, best[best.length - 1] ?? 0)) continue;
    let position = best.length === rescored ? best.length - 1 : best.length;
    while (position > 0 && better(article, best[position - 1] ?? 0)) {
      best[position] = best[position - 1] ?? 0;
      position--;
    }
    best[position] = article;
  }
  return best;
}

/** Article id -> ids of up to five related articles, best first; ties go to the order given. */
export function findRelated(articles: readonly Article[]): Map<string, string[]> {
  const { vectors, documentFrequency } = tfIdfVectors(articles);
  const heaviest = vectors.map((vector) => heaviestSharedTerms(vector, documentFrequency));
  const index = invertedIndex(heaviest);
  const partial = new Float64Array(articles.length);
  const dense = new Float64Array(documentFrequency.length);
  const related = new Map<string, string[]>();
  articles.forEach((article, self) => {
    const touched: number[] = [];
    for (const { term, weight } of heaviest[self] ?? []) {
      for (const posting of index.get(term) ?? []) {
        if (posting.article === self) continue;
        if (partial[posting.article] === 0) touched.push(posting.article);
        partial[posting.article] = (partial[posting.article] ?? 0) + weight * posting.weight;
      }
    }
    const candidates = bestCandidates(touched, partial);
    for (const other of touched) partial[other] = 0;
    const own = vectors[self] ?? { terms: new Int32Array(), weights: new Float64Array() };
    spread(own, dense, 1);
    const scored = candidates
      .flatMap((other) => {
        const vector = vectors[other];
        return vector ? [{ other, similarity: cosineWithDense(vector, dense) }] : [];
      })
      .filter((candidate) => candidate.similarity >= minSimilarity)
      .sort((x, y) => y.similarity - x.similarity || x.other - y.other)
      .slice(0, maxRelated);
    spread(own, dense, 0);
    related.set(
      article.id,
      scored.flatMap(({ other }) => articles[other]?.id ?? []),
    );
  });
  return related;
}
