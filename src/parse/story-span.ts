/**
 * Where the story is: the run of lines between what comes before it on the
 * page (kickers, bylines, decks) and what comes after (other stories'
 * headlines, bios, comment forms, footers). Each line gets a weight: prose
 * for the story, boilerplate against it, the marks of an edge (a byline, a
 * "Related" label) strongly against. The span is the run with the greatest
 * total weight (the maximum-sum segment), so a story goes on across an
 * advertisement or a caption, but not across a "Most popular" label into the
 * teaser blurbs under it.
 *
 * The span is found twice. The second time, a line that is not prose but
 * whose words are the story's own (a list of the products a story reviews, a
 * dateline lede crowded with names, a table of results) weighs for the story
 * instead of against it, so the story goes on through it; other stories'
 * headlines share few of its words and still weigh against.
 */
import type { LineFeatures } from "./line-features.ts";
import { isUnstoppedSentence, proseClass, proseMinWords } from "./prose.ts";

export interface StorySpan {
  /** First line of the story. */
  start: number;
  /** Last line of the story. */
  end: number;
}

/** What a line rule said of the line, as far as finding the span goes. */
export type LineJudgement = "plain" | "boilerplate" | "edge";

/** Good prose counts by its words, up to this many: one long paragraph of a teaser never outweighs the edge marks before it. */
const maxProseWeight = 40;
const nearGoodWeight = 3;
const shortSentenceWeight = 1;
const shortLineWeight = -2;
const badLineWeight = -3;
/** Captions, credits, buttons and promos stand inside stories as often as around them: they hardly count either way. */
const boilerplateWeight = -1;
/** More than a long paragraph weighs, so a span does not take in a deck above a byline or a blurb below a label. */
const edgeWeight = -2 * maxProseWeight;
/** A story has at least this much prose weight; with less (a list, a table of results, text in another language), every line is read as the story and only the line rules apply. */
const minStoryWeight = 15;

/** A line of more than a few words, at least this share of whose content words the story's sentences use, is on the story's topic (a kicker's one or two words say too little). */
const onTopicShare = 0.5;
const onTopicWeight = 1;

export function lineWeight(line: LineFeatures, judgement: LineJudgement, onTopic = false): number {
  if (judgement === "edge") return edgeWeight;
  if (judgement === "boilerplate") return boilerplateWeight;
  switch (proseClass(line)) {
    case "good":
      return Math.min(line.words, maxProseWeight);
    case "near-good":
      // A long line of prose that lost its stop (it ends on an address, say) counts for half its words.
      return line.words >= 2 * proseMinWords ? Math.min(line.words, maxProseWeight) / 2 : nearGoodWeight;
    case "short":
      return line.endsWithStop ? shortSentenceWeight : shortLineWeight;
    case "bad":
      return onTopic ? onTopicWeight : badLineWeight;
  }
}

/** The content words of the sentences in `span`: its lines that end with a stop, but those `excluded`. */
export function wordsOfStory(features: readonly LineFeatures[], span: StorySpan, excluded: (index: number) => boolean): Set<string> {
  const words = new Set<string>();
  for (let index = span.start; index <= span.end; index++) {
    const line = features[index];
    if (excluded(index) || !line?.endsWithStop) continue;
    for (const word of line.contentWords) words.add(word);
  }
  return words;
}

/** Share of the line's content words that the story's sentences use too. */
export function storyOverlap(words: readonly string[], storyWords: ReadonlySet<string>): number {
  if (words.length === 0) return 0;
  return words.filter((word) => storyWords.has(word)).length / words.length;
}

/** The segment with the greatest sum (Kadane's algorithm), earliest on ties. */
function heaviestRun(weights: readonly number[]): { start: number; end: number; total: number } | null {
  let best: { start: number; end: number; total: number } | null = null;
  let runStart = 0;
  let runTotal = 0;
  weights.forEach((weight, index) => {
    if (runTotal <= 0) {
      runStart = index;
      runTotal = 0;
    }
    runTotal += weight;
    if (best === null || runTotal > best.total) best = { start: runStart, end: index, total: runTotal };
  });
  return best;
}

/**
 * Where the story really ends. One that ends on a line announcing a list
 * ("The dates are:") goes on through the list: the lines after it that no
 * rule claimed, up to the first that one does. One followed by a sentence
 * that lost its closing stop goes on through that sentence.
 */
function storyEnd(end: number, features: readonly LineFeatures[], judgements: readonly LineJudgement[]): number {
  let last = end;
  // The announcing line may be the story's last, or a short one of its own just after ("Friday's results:").
  const announces = features[end]?.endsWithColon || (judgements[end + 1] === "plain" && features[end + 1]?.endsWithColon);
  if (announces) {
    while (last + 1 < features.length && judgements[last + 1] === "plain") last++;
    return last;
  }
  while (last + 1 < features.length && judgements[last + 1] === "plain" && isUnstoppedSentence(features[last + 1] as LineFeatures)) last++;
  return last;
}

/** The story's span, or every line when the text holds too little prose to tell. */
export function findStorySpan(features: readonly LineFeatures[], judgements: readonly LineJudgement[]): StorySpan {
  const all = { start: 0, end: features.length - 1 };
  const first = heaviestRun(features.map((line, index) => lineWeight(line, judgements[index] ?? "plain")));
  if (first === null || first.total < minStoryWeight) return all;
  const storyWords = wordsOfStory(features, first, (index) => judgements[index] !== "plain");
  const onTopic = (index: number) => storyOverlap(features[index]?.contentWords ?? [], storyWords) >= onTopicShare;
  const run = heaviestRun(features.map((line, index) => lineWeight(line, judgements[index] ?? "plain", onTopic(index)))) ?? first;
  return { start: run.start, end: storyEnd(run.end, features, judgements) };
}
