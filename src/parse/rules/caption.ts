import { splitSentences } from "../sentences.ts";
import { isCreditLine } from "./image-credit.ts";
import type { BoilerplateRule, RuleContext } from "./types.ts";

const label = /^(?:image|photo|media|video|picture) caption(?:\b|(?=\p{Lu}))|^caption:/iu;
const counterRunIn = /^\d+\s*of\s*\d+(?=\p{Lu})/u;
const creditInParentheses =
  /\((?:[^()]*\b(?:photo|photos|photograph|image|images|getty|reuters|afp|ap|epa|credit|courtesy|via|file|illustration|shutterstock|istock|handout)\b[^()]*|[\w.-]+\.(?:com|org|net|gov|edu|co\.[a-z]{2}))\)\s*$/iu;
const creditLabelAtEnd = /(?:\.|\s)\s*(?:Photo|Photograph|Image|Credit|Picture)s?\s*(?:by|:)\s*[\p{Lu}][^.!?]{0,80}$/iu;
const pictureWords = /\((?:pictured|left|right|center|centre|top|bottom|inset|file)\)|, (?:left|right|center|centre|second from (?:left|right)),|\bfrom left\b|\bfile photo\b/i;
const sentenceOrParenthesisEnd = /[.!?…)]["”’]?$/u;

/** A caption's own marks: a label, a gallery counter run into it, a credit at its end, or the picture's own words ("pictured", "left"). */
function hasCaptionMarks(text: string): boolean {
  const creditAtEnd = text.trimEnd().endsWith(")") ? creditInParentheses.test(text) : creditLabelAtEnd.test(text);
  return label.test(text) || counterRunIn.test(text) || creditAtEnd || pictureWords.test(text);
}

/** Right above a photo credit (not a licence line, which may close a whole article), and no longer than a caption runs. */
function aboveACredit(text: string, { blocks, index }: RuleContext): boolean {
  const next = blocks[index + 1]?.text;
  if (next === undefined || !isCreditLine(next) || /\blicen[cs]e/i.test(next)) return false;
  // A quotation is the story's; and a credit followed by its own labelled caption is not this line's.
  if (/^["“‘']/u.test(text) || label.test(blocks[index + 2]?.text ?? "")) return false;
  // A caption is a sentence or two; a headline above a credit line has no closing stop.
  return sentenceOrParenthesisEnd.test(text) && splitSentences(text).length <= 2;
}

/**
 * An image's caption: marked as one, or standing right above a credit line
 * ("An artist's concept of the lander." above "(Image credit: NASA)").
 * Captions become credits, with the credit lines themselves.
 */
export const caption: BoilerplateRule = {
  name: "caption",
  reason: "image caption",
  match(text, context) {
    const words = context.features[context.index]?.words ?? 0;
    if (words > 70) return null;
    return hasCaptionMarks(text) || (words <= 45 && aboveACredit(text, context)) ? { action: "credit" } : null;
  },
};
