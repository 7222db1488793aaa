/**
 * Which line of a seed is its headline, when the seed has one: a line near
 * the top that reads as a headline (a few words, no closing full stop,
 * written like a title), not whatever comes first. Kickers, section names,
 * bylines, dates, addresses and captions are claimed by the line rules and
 * are never candidates; among the rest, evidence decides: the headline is
 * often repeated on the page or in its address, its words come back in the
 * story, and it stands above the story rather than beside other headlines.
 */
import { capitalisedShare, endsLikeSentence } from "./headline.ts";
import { maxTitleCharacters } from "./limits.ts";
import type { LineFeatures } from "./line-features.ts";
import { splitSentences } from "./sentences.ts";
import { storyOverlap, wordsOfStory, type StorySpan } from "./story-span.ts";

export interface HeadlineEvidence {
  texts: readonly string[];
  /** Every line as `headlineKey` normalises it. */
  keys: readonly string[];
  /** Whether a blank line follows each line in the seed. */
  setApart: readonly boolean[];
  features: readonly LineFeatures[];
  /** The line rule that claimed each line, if one did: such a line is never the headline. */
  claims: readonly (string | null)[];
  span: StorySpan;
}

/** Rules whose lines make up the header under a headline: who wrote the story and when. */
const headerRules = new Set(["byline", "date-line"]);
/** How far below the headline its header starts, at most (a deck or a share bar may stand between). */
const headerReach = 3;

/** Headlines in title case leave more small words in lower case than a menu does, so a lower share than title case's counts. */
const mostlyCapitalisedShare = 0.6;
const minHeadlineWords = 3;
const maxHeadlineWords = 30;
const maxHeadlineSentences = 2;
/** A candidate needs at least this score; below it the title is made from the lead sentence. */
const minHeadlineScore = 2;

/** How much of the line reads as a headline's shape: length, case, ending. */
function shapeScore(text: string, line: LineFeatures): number {
  // A line longer than a title may be would lose its end to the cut; one of three sentences or more is a paragraph ("Amnesty. More than 100 killed" is a headline).
  if (line.words < minHeadlineWords || line.words > maxHeadlineWords || [...text].length > maxTitleCharacters || /[:;,]$/.test(text)) return -Infinity;
  if (splitSentences(text).length > maxHeadlineSentences) return -Infinity;
  let score = capitalisedShare(text) >= mostlyCapitalisedShare ? 2 : line.words <= 20 ? 1.5 : 0.5;
  if (endsLikeSentence(text)) score -= 1;
  // Site names and kickers run to three or four words; a headline that short must be echoed or well borne out by the story.
  if (line.words <= 4) score -= 2;
  return score;
}


/** Whether a byline or date line follows closely, as it does under a story's headline. */
function aboveHeader(index: number, claims: readonly (string | null)[]): boolean {
  for (let below = index + 1; below <= index + headerReach; below++) if (headerRules.has(claims[below] ?? "")) return true;
  return false;
}

/** Whether another line of the page is the same headline, or an address whose path spells it. */
function echoedElsewhere(index: number, texts: readonly string[], keys: readonly string[]): boolean {
  const key = keys[index] ?? "";
  if (keys.some((other, at) => at !== index && other === key)) return true;
  const slug = key.split(" ").slice(0, 5).join("-");
  return slug.length >= 12 && texts.some((other) => /^(?:https?:\/\/|www\.)\S+$/i.test(other.trim()) && other.toLowerCase().replace(/[^a-z0-9]+/g, "-").includes(slug));
}

/** Whether the lines next to this one read as headlines too: a list of other stories, as teasers above a story stand. */
function amongHeadlines(index: number, { texts, keys, features, claims }: HeadlineEvidence): boolean {
  return [index - 1, index + 1].some((near) => {
    const line = features[near];
    return line !== undefined && claims[near] === null && shapeScore(texts[near] ?? "", line) >= 1.5 && keys[near] !== keys[index];
  });
}

/** Weight of the share of the headline's words that come back in the story. */
const overlapWeight = 2;
/** A headline repeated on the page or spelled by its address; only as much as its words come back in the story, since buttons repeat too. */
const echoWeight = 3;
/** The first line that could be a headline usually is one: the headline comes before the deck and the teasers. */
const firstCandidateWeight = 1;
const aboveHeaderWeight = 1.5;
/** The seed's first line, set apart by a blank line: where a headline stands in a seed written by hand. */
const setApartFirstLineWeight = 2;
const teaserListWeight = -1;

/** The index of the headline line, or null when no line reads as one. */
export function findHeadline(evidence: HeadlineEvidence): number | null {
  const { texts, features, claims, span, setApart } = evidence;
  const storyWords = wordsOfStory(features, span, (index) => claims[index] !== null);
  let best: { index: number; score: number } | null = null;
  let firstSeen = false;
  const last = Math.min(span.start, texts.length - 2);
  for (let index = 0; index <= last; index++) {
    const line = features[index];
    const text = texts[index] ?? "";
    if (!line || claims[index] !== null) continue;
    if (index === span.start && line.endsWithStop) continue;
    let score = shapeScore(text, line);
    if (score === -Infinity) continue;
    const overlap = storyOverlap(line.contentWords, storyWords);
    score += overlapWeight * overlap;
    if (echoedElsewhere(index, texts, evidence.keys)) score += echoWeight * Math.min(1, 2 * overlap);
    if (!firstSeen && line.words >= 5) {
      score += firstCandidateWeight;
      firstSeen = true;
    }
    if (aboveHeader(index, claims)) score += aboveHeaderWeight;
    if (index === 0 && setApart[0]) score += setApartFirstLineWeight;
    if (amongHeadlines(index, evidence)) score += teaserListWeight;
    if (best === null || score > best.score) best = { index, score };
  }
  return best !== null && best.score >= minHeadlineScore ? best.index : null;
}
