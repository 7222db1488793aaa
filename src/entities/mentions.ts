/**
 * Finds name-like mentions in article text: runs of capitalised words
 * ("Vladimir Putin", "Great Hall of the People", "U.S."), with the cues around
 * them that tell what they are: a title in front ("President", "Lt. Gen.",
 * "spokesperson"), whether the run opens a sentence (where a capital says
 * nothing), and its position in the article.
 */
import { splitSentences } from "../parse/sentences.ts";

export interface Mention {
  /** The run as written, possessive ending removed. */
  tokens: string[];
  /** Title words that stood directly in front of the name, in or before the run. */
  titles: string[];
  sentenceInitial: boolean;
  /** 0 for the title, 1 for the lead paragraph, 2 for the rest. */
  zone: 0 | 1 | 2;
}

const token = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[’'][\p{L}]+)?(?:-[\p{L}\p{N}]+)*\.?/gu;
const titleAbbreviations = new Set(["Lt.", "Gen.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Gov.", "Sen.", "Rep.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Rev.", "Cmdr.", "St."]);
/** Lower-case words inside names: "Hall of the People", "Ursula von der Leyen", "Mohammed bin Salman". */
const connectors = new Set(["of", "de", "al", "bin", "von", "van", "der", "den", "da", "di", "del", "la", "le"]);

function isCapitalised(word: string): boolean {
  return /^[\p{Lu}]/u.test(word);
}

function stripPossessive(word: string): { word: string; possessive: boolean } {
  const match = /^(.+?)(?:[’']s?)$/u.exec(word);
  if (match?.[1] && !/^(?:\p{Lu}\.)+$/u.test(word)) return { word: match[1], possessive: true };
  return { word, possessive: false };
}

/** A trailing full stop belongs to the word only for abbreviations and initialisms. */
function cleanToken(raw: string): string {
  if (!raw.endsWith(".")) return raw;
  if (titleAbbreviations.has(raw) || /^(?:\p{Lu}\.)+$/u.test(raw)) return raw;
  return raw.slice(0, -1);
}

/**
 * Longer runs of capitals are headlines or shouting, not names ("Great Hall of
 * the People" is six). Dropping them also bounds classification, whose cost
 * grows with the square of a run's length (200 kB of "The Quick Brown Fox"
 * took 80 s to parse before).
 */
const maxNameTokens = 8;

/**
 * For each position, the first word from there on that is not a connector
 * (`words.length` if none), found in one pass from the end: looking ahead
 * from every word made a run of connectors ("of of of ...") quadratic, 64 KB
 * of them taking seconds.
 */
function indexOfNextNonConnector(words: readonly string[]): number[] {
  const next = new Array<number>(words.length + 1);
  next[words.length] = words.length;
  for (let index = words.length - 1; index >= 0; index--) next[index] = connectors.has(words[index] ?? "") ? (next[index + 1] as number) : index;
  return next;
}

export function findMentions(text: string, zone: Mention["zone"]): Mention[] {
  const mentions: Mention[] = [];
  for (const sentence of splitSentences(text)) {
    const words = [...sentence.matchAll(token)].map((match) => ({
      text: cleanToken(match[0]),
      start: match.index,
      end: match.index + cleanToken(match[0]).length,
    }));
    const nextNonConnector = indexOfNextNonConnector(words.map((word) => word.text));
    let run: { tokens: string[]; first: number } | null = null;
    let previousWord = "";
    const flush = () => {
      if (run && run.tokens.length <= maxNameTokens) {
        mentions.push({ tokens: run.tokens, titles: previousWord ? [previousWord] : [], sentenceInitial: run.first === 0, zone });
      }
      run = null;
    };
    words.forEach((word, index) => {
      const gap = index === 0 ? "" : sentence.slice(words[index - 1]?.end ?? 0, word.start);
      const joinable = run !== null && /^\s+$/u.test(gap);
      if (!isCapitalised(word.text)) {
        const lower = word.text;
        const nextCapitalised = isCapitalised(words[nextNonConnector[index + 1] ?? words.length]?.text ?? "");
        if (run && joinable && nextCapitalised && connectors.has(lower)) {
          run.tokens.push(lower);
          return;
        }
        if (run && joinable && lower === "the" && run.tokens[run.tokens.length - 1] === "of") {
          run.tokens.push(lower);
          return;
        }
        flush();
        previousWord = lower;
        return;
      }
      if (run && !joinable) {
        flush();
        previousWord = "";
      }
      const { word: bare, possessive } = stripPossessive(word.text);
      run ??= { tokens: [], first: index };
      run.tokens.push(bare);
      if (possessive) {
        flush();
        previousWord = "";
      }
    });
    flush();
  }
  return mentions.map(trimConnectors).filter((mention) => mention.tokens.length > 0);
}

function trimConnectors(mention: Mention): Mention {
  const tokens = [...mention.tokens];
  while (tokens.length > 0 && !isCapitalised(tokens[tokens.length - 1] ?? "")) tokens.pop();
  return { ...mention, tokens };
}
