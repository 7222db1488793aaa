/**
 * Sorts a seed's lines into article text, credits and removals, and finds its
 * headline. Three steps: every line is measured (`line-features.ts`) and
 * judged by the line rules; the story's span is found from the weights of
 * prose and boilerplate (`story-span.ts`); then lines outside the span go,
 * named by the outside rules, and lines inside stay unless a line rule
 * claimed them. Every removal is recorded with its rule, reason and line.
 */
import type { Removal } from "../model/article.ts";
import type { Block } from "./blocks.ts";
import { headlineKey } from "./headline.ts";
import { findHeadline } from "./headline-line.ts";
import { lineFeatures, type LineFeatures } from "./line-features.ts";
import { proseClass } from "./prose.ts";
import { insideRules, lineRules, outsideRules, type BoilerplateRule, type Position, type Verdict } from "./rules/index.ts";
import { findStorySpan, type LineJudgement, type StorySpan } from "./story-span.ts";

export interface ClassifiedBody {
  paragraphs: Block[];
  credits: string[];
  removed: Removal[];
}

export interface BodyOptions {
  /** Whether a line recurs in other seeds of the archive (`recurring-lines.ts`); none does by default. */
  recurs?: (text: string) => boolean;
}

interface Judged {
  /** The line once pasted prefixes and widget suffixes are stripped. */
  text: string;
  source: string;
  prefixes: Removal[];
  claim: { rule: BoilerplateRule; action: "remove" | "credit" } | null;
}

/** What the line rules see of a document, measured once. */
interface Measured {
  blocks: readonly Block[];
  features: readonly LineFeatures[];
  keys: readonly string[];
  recurring: readonly boolean[];
}

/**
 * A seed most of whose sentences stand in other seeds too is a copy of a
 * story they share (a wire story in two papers): what recurs there is the
 * story, so its lines are not taken as recurring at all.
 */
const maxRecurringProseShare = 0.5;

function measure(blocks: readonly Block[], recurs: (text: string) => boolean): Measured {
  const features = blocks.map((block) => lineFeatures(block.text));
  const recurring = blocks.map((block) => recurs(block.text));
  const prose = features.flatMap((line, index) => (proseClass(line) === "good" ? [index] : []));
  const sharedProse = prose.filter((index) => recurring[index]).length;
  const isCopy = prose.length > 0 && sharedProse >= maxRecurringProseShare * prose.length;
  return {
    blocks,
    features,
    keys: blocks.map((block) => headlineKey(block.text)),
    recurring: isCopy ? recurring.map(() => false) : recurring,
  };
}

/** What each line rule said of one line, by the rule's place in `lineRules`, and of which text (a stripped prefix changes it). */
interface LineVerdicts {
  text: string;
  verdicts: (Verdict | null | undefined)[];
}

/**
 * Runs the line rules over every line. `earlier` holds the verdicts of a run
 * without the headline: rules that do not read the title are not asked again
 * about the same text.
 */
function judgeLines({ blocks, features, keys, recurring }: Measured, title: string | null, earlier?: readonly LineVerdicts[]): { judged: Judged[]; verdicts: LineVerdicts[] } {
  const verdicts: LineVerdicts[] = [];
  const judged = blocks.map((block, index) => {
    let { text, source } = block;
    const prefixes: Removal[] = [];
    const context = { blocks, index, features, keys, title, recurs: recurring[index] ?? false, position: null, claimed: [] };
    const before = earlier?.[index];
    const mine: LineVerdicts = { text, verdicts: [] };
    verdicts[index] = mine;
    for (const [place, rule] of lineRules.entries()) {
      const remembered = !rule.readsTitle && before?.text === text ? before.verdicts[place] : undefined;
      const verdict = remembered !== undefined ? remembered : rule.match(text, context);
      if (mine.text === text) mine.verdicts[place] = verdict;
      if (!verdict) continue;
      if (verdict.action === "strip-prefix") {
        prefixes.push({ text: verdict.prefix.trim(), reason: rule.reason, rule: rule.name, line: block.line });
        text = text.slice(verdict.prefix.length).trim();
        if (source.startsWith(verdict.prefix)) source = source.slice(verdict.prefix.length);
        continue;
      }
      if (verdict.action === "strip-suffix") {
        prefixes.push({ text: verdict.suffix.trim(), reason: rule.reason, rule: rule.name, line: block.line });
        text = text.slice(0, text.length - verdict.suffix.length).trim();
        const trimmedSource = source.trimEnd();
        if (trimmedSource.endsWith(verdict.suffix)) source = trimmedSource.slice(0, trimmedSource.length - verdict.suffix.length);
        continue;
      }
      return { text, source, prefixes, claim: { rule, action: verdict.action } };
    }
    return { text, source, prefixes, claim: null };
  });
  return { judged, verdicts };
}

function judgement(line: Judged): LineJudgement {
  if (!line.claim) return "plain";
  return line.claim.rule.marksEdge ? "edge" : "boilerplate";
}

function spanOf(features: readonly LineFeatures[], judged: readonly Judged[]): StorySpan {
  return findStorySpan(features, judged.map(judgement));
}

interface Placed extends Measured {
  title: string | null;
  claimed: readonly boolean[];
}

/** The first of `rules` that removes line `index`, standing at `position`. */
function placedRule(rules: readonly BoilerplateRule[], { blocks, features, keys, title, claimed }: Placed, index: number, position: Position): BoilerplateRule | undefined {
  const context = { blocks, index, features, keys, title, recurs: false, position, claimed };
  const text = blocks[index]?.text ?? "";
  return rules.find((rule) => rule.match(text, context) !== null);
}

function sortLines(measured: Measured, judged: readonly Judged[], title: string | null, skip: number | null): ClassifiedBody {
  const { blocks } = measured;
  const span = spanOf(measured.features, judged);
  const paragraphs: Block[] = [];
  const credits: string[] = [];
  const removed: Removal[] = [];
  const placed = { ...measured, title, claimed: judged.map((line) => line.claim !== null) };
  judged.forEach((line, index) => {
    const block = blocks[index] as Block;
    if (index === skip) return;
    removed.push(...line.prefixes);
    if (line.claim?.action === "credit") {
      credits.push(line.text);
      return;
    }
    if (line.claim) {
      removed.push({ text: line.text, reason: line.claim.rule.reason, rule: line.claim.rule.name, line: block.line });
      return;
    }
    const inside = index >= span.start && index <= span.end;
    // Outside the span the last outside rules match any line, so there is always a rule.
    const rule = inside ? placedRule(insideRules, placed, index, "inside") : placedRule(outsideRules, placed, index, index < span.start ? "before" : "after");
    if (rule) {
      removed.push({ text: line.text, reason: rule.reason, rule: rule.name, line: block.line });
      return;
    }
    if (line.text !== "") paragraphs.push({ ...block, text: line.text, source: line.source });
  });
  return { paragraphs, credits, removed };
}

/** The article text, credits and removals of `blocks`, whose headline is `title` (from the seed or its front matter). */
export function classifyBlocks(blocks: readonly Block[], title: string | null, options: BodyOptions = {}): ClassifiedBody {
  const measured = measure(blocks, options.recurs ?? (() => false));
  return sortLines(measured, judgeLines(measured, title).judged, title, null);
}

export interface ReadBody extends ClassifiedBody {
  /** The headline line found in the text, when there is one. */
  headline: string | null;
}

/**
 * Finds the headline among `blocks`, then sorts the rest as
 * `classifyBlocks` does. The headline line itself is the title, not a
 * removal; its copies elsewhere are removed.
 */
export function readBody(blocks: readonly Block[], options: BodyOptions = {}): ReadBody {
  const measured = measure(blocks, options.recurs ?? (() => false));
  const { features } = measured;
  const { judged: first, verdicts } = judgeLines(measured, null);
  const headlineIndex = findHeadline({
    texts: blocks.map((block) => block.text),
    keys: measured.keys,
    setApart: blocks.map((block, index) => {
      const next = blocks[index + 1];
      return next !== undefined && next.line > block.line + block.lineCount;
    }),
    features,
    claims: first.map((line) => line.claim?.rule.name ?? null),
    span: spanOf(features, first),
  });
  if (headlineIndex === null) return { headline: null, ...sortLines(measured, first, null, null) };
  const headline = blocks[headlineIndex]?.text ?? "";
  return { headline, ...sortLines(measured, judgeLines(measured, headline, verdicts).judged, headline, headlineIndex) };
}
