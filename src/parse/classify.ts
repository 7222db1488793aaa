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
import { findHeadline } from "./headline-line.ts";
import { lineFeatures, type LineFeatures } from "./line-features.ts";
import { insideRules, lineRules, outsideRules, type BoilerplateRule, type Position } from "./rules/index.ts";
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
  /** The line once pasted prefixes are stripped. */
  text: string;
  source: string;
  prefixes: Removal[];
  claim: { rule: BoilerplateRule; action: "remove" | "credit" } | null;
}

function judgeLines(blocks: readonly Block[], features: readonly LineFeatures[], title: string | null, recurs: (text: string) => boolean): Judged[] {
  return blocks.map((block, index) => {
    let { text, source } = block;
    const prefixes: Removal[] = [];
    const context = { blocks, index, features, title, recurs: recurs(block.text), position: null, claimed: [] };
    for (const rule of lineRules) {
      const verdict = rule.match(text, context);
      if (!verdict) continue;
      if (verdict.action === "strip-prefix") {
        prefixes.push({ text: verdict.prefix.trim(), reason: rule.reason, rule: rule.name, line: block.line });
        text = text.slice(verdict.prefix.length).trim();
        if (source.startsWith(verdict.prefix)) source = source.slice(verdict.prefix.length);
        continue;
      }
      return { text, source, prefixes, claim: { rule, action: verdict.action } };
    }
    return { text, source, prefixes, claim: null };
  });
}

function judgement(line: Judged): LineJudgement {
  if (!line.claim) return "plain";
  return line.claim.rule.marksEdge ? "edge" : "boilerplate";
}

function spanOf(blocks: readonly Block[], features: readonly LineFeatures[], judged: readonly Judged[]): StorySpan {
  return findStorySpan(
    blocks.map((block) => block.text),
    features,
    judged.map(judgement),
  );
}

interface Placed {
  blocks: readonly Block[];
  features: readonly LineFeatures[];
  title: string | null;
  claimed: readonly boolean[];
}

/** The first of `rules` that removes line `index`, standing at `position`. */
function placedRule(rules: readonly BoilerplateRule[], { blocks, features, title, claimed }: Placed, index: number, position: Position): BoilerplateRule | undefined {
  const context = { blocks, index, features, title, recurs: false, position, claimed };
  const text = blocks[index]?.text ?? "";
  return rules.find((rule) => rule.match(text, context) !== null);
}

function sortLines(blocks: readonly Block[], features: readonly LineFeatures[], judged: readonly Judged[], span: StorySpan, title: string | null, skip: number | null): ClassifiedBody {
  const paragraphs: Block[] = [];
  const credits: string[] = [];
  const removed: Removal[] = [];
  const placed = { blocks, features, title, claimed: judged.map((line) => line.claim !== null) };
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
  const recurs = options.recurs ?? (() => false);
  const features = blocks.map((block) => lineFeatures(block.text));
  const judged = judgeLines(blocks, features, title, recurs);
  return sortLines(blocks, features, judged, spanOf(blocks, features, judged), title, null);
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
  const recurs = options.recurs ?? (() => false);
  const features = blocks.map((block) => lineFeatures(block.text));
  const first = judgeLines(blocks, features, null, recurs);
  const headlineIndex = findHeadline({
    texts: blocks.map((block) => block.text),
    setApart: blocks.map((block, index) => {
      const next = blocks[index + 1];
      return next !== undefined && next.line > block.line + block.lineCount;
    }),
    features,
    claims: first.map((line) => line.claim?.rule.name ?? null),
    span: spanOf(blocks, features, first),
  });
  if (headlineIndex === null) return { headline: null, ...sortLines(blocks, features, first, spanOf(blocks, features, first), null, null) };
  const headline = blocks[headlineIndex]?.text ?? "";
  const judged = judgeLines(blocks, features, headline, recurs);
  return { headline, ...sortLines(blocks, features, judged, spanOf(blocks, features, judged), headline, headlineIndex) };
}
