import { capitalisedShare, headlineKey, titleCaseShare } from "../headline.ts";
import type { BoilerplateRule } from "./types.ts";

const prefixPattern = /^([^.;:!?|]{8,120}?)\s*(?:;|:|\s[|–—-])\s+/u;

function pastedPrefix(text: string): string | null {
  const match = prefixPattern.exec(text);
  const candidate = match?.[1];
  return candidate && capitalisedShare(candidate) >= titleCaseShare ? candidate : null;
}

/**
 * Scrapers paste the story's headline in front of a paragraph:
 * "China & Russia Are As Close as Ever; In meetings with Blinken ...". Only
 * the headline goes, and only when it is recognisably the headline: it opens
 * the title, or the same prefix opens another paragraph too.
 */
export const pastedHeadline: BoilerplateRule = {
  name: "pasted-headline",
  reason: "headline pasted in front of a paragraph",
  readsTitle: true,
  match(text, context) {
    const prefix = pastedPrefix(text);
    if (!prefix) return null;
    const key = headlineKey(prefix);
    const opensTitle = context.title !== null && headlineKey(context.title).startsWith(key);
    const repeated = context.blocks.some(
      (block, index) => index !== context.index && pastedPrefix(block.text) !== null && headlineKey(pastedPrefix(block.text) ?? "") === key,
    );
    if (!opensTitle && !repeated) return null;
    return { action: "strip-prefix", prefix: text.slice(0, prefixPattern.exec(text)?.[0].length ?? 0) };
  },
};
