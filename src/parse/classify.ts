/**
 * Runs the boilerplate rule chain over a seed's blocks and sorts them into
 * article text, credits and removals. Blocks are visited from the last to the
 * first so that a rule can know whether any article text follows (a stray
 * headline is only boilerplate after the end of the story).
 */
import type { Removal } from "../model/article.ts";
import type { Block } from "./blocks.ts";
import { boilerplateRules, type BoilerplateRule } from "./rules/index.ts";

export interface ClassifiedBody {
  paragraphs: Block[];
  credits: string[];
  removed: Removal[];
}

export function classifyBlocks(
  blocks: readonly Block[],
  title: string | null,
  rules: readonly BoilerplateRule[] = boilerplateRules,
): ClassifiedBody {
  const paragraphs: Block[] = [];
  const credits: string[] = [];
  const removed: Removal[] = [];

  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index];
    if (!block) continue;
    let text = block.text;
    let source = block.source;
    let outcome: "body" | "removed" | "credit" = "body";
    for (const rule of rules) {
      const verdict = rule.match(text, { blocks, index, title, bodyFollows: paragraphs.length > 0 });
      if (!verdict) continue;
      if (verdict.action === "strip-prefix") {
        removed.push({ text: verdict.prefix.trim(), reason: rule.reason, rule: rule.name, line: block.line });
        text = text.slice(verdict.prefix.length).trim();
        if (source.startsWith(verdict.prefix)) source = source.slice(verdict.prefix.length);
        continue;
      }
      if (verdict.action === "credit") {
        credits.push(text);
        outcome = "credit";
      } else {
        removed.push({ text, reason: rule.reason, rule: rule.name, line: block.line });
        outcome = "removed";
      }
      break;
    }
    if (outcome === "body" && text !== "") paragraphs.push({ ...block, text, source });
  }

  return {
    paragraphs: paragraphs.reverse(),
    credits: credits.reverse(),
    removed: removed.sort((a, b) => a.line - b.line),
  };
}
