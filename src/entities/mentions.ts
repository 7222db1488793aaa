/**
 * Finds name-like mentions in article text: runs of capitalised words
 * ("Vladimir Putin", "Bureau of Prisons", "Pacific Gas & Electric", "U.S."),
 * with what stands around them: the word before (a title, a preposition) and
 * after, whether the run opens a sentence or clause (where a capital says
 * nothing), whether its sentence is a headline in Title Case or in capitals
 * (where capitals say nothing either), and an acronym defined right after it
 * ("New York State Attorney General (NYAG)").
 */
import { splitSentences } from "../parse/sentences.ts";
import { connectors } from "./name-parts.ts";
import { isCommonWord } from "./reference.ts";
import { continuesWithFor, continuesWithOn, isCalendarWord, isNeverAName, isOrganizationHead, isPartyLabel } from "./cues.ts";

export interface Mention {
  /** The run as written, possessive ending removed; words in capitals written as words ("WASHINGTON" -> "Washington") when the sentence shouts. */
  tokens: string[];
  /** 0 for the title, 1 for the lead paragraph, 2 for the rest. */
  zone: 0 | 1 | 2;
  /** Where in the article: 0 at the start, towards 1 at the end. */
  position: number;
  /** The run opens a sentence or a clause (after a colon, a dash, an opening quote). */
  sentenceInitial: boolean;
  /** The sentence is a headline in Title Case or in capitals: the run may hold several names and ordinary words. */
  weak: boolean;
  /** The word right before the run, as written ("" when none). */
  before: string;
  /** The word right after the run, as written ("" when none). */
  after: string;
  /** An acronym given in parentheses right after the run, or the name a parenthesised acronym run follows. */
  definition: string | null;
  /** The run's last word was written with a possessive ending ("Lowe's"). */
  possessive: boolean;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const token = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[’'][\p{L}]+)?(?:[-&][\p{L}\p{N}]+)*\.?/gu;
const abbreviationsWithStop = new Set(["Lt.", "Gen.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Gov.", "Sen.", "Sens.", "Rep.", "Reps.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Rev.", "Cmdr.", "St.", "Mt.", "Ft.", "Jr.", "Sr.", "Inc.", "Corp.", "Co.", "Ltd.", "Supt.", "Insp.", "Det.", "Atty."]);
/** Small words a headline in Title Case leaves in lower case. */
const headlineSmallWords = new Set(["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "over", "the", "to", "up", "vs", "with"]);
/** Small words no name has inside it with a capital. */
const runBreakingWords = new Set([...headlineSmallWords, "is", "are", "was", "were", "has", "have", "had", "be", "will", "not", "your", "you", "how", "why", "what"]);
/** Words that open sentences and are no part of a name. */
const sentenceOpeners = new Set(["So", "But", "And", "Or", "Yet", "Then", "Now", "Also", "The", "A", "An", "It", "He", "She", "They", "We", "This", "That", "In", "On", "At", "If", "When", "As", "For"]);
/** Longer runs of capitals are headlines or shouting, not names ("Great Hall of the People" is six). */
export const maxNameTokens = 8;

function isCapitalised(word: string): boolean {
  return /^[\p{Lu}]/u.test(word);
}

function isShouted(word: string): boolean {
  return /^\p{Lu}[\p{Lu}’'-]+$/u.test(word);
}

/** A trailing full stop belongs to the word only for abbreviations and initialisms. */
function cleanToken(raw: string): string {
  if (!raw.endsWith(".")) return raw;
  if (abbreviationsWithStop.has(raw) || /^(?:\p{Lu}\.)+$/u.test(raw)) return raw;
  return raw.slice(0, -1);
}

function stripPossessive(word: string): { word: string; possessive: boolean } {
  const match = /^(.+?)(?:[’']s?)$/u.exec(word);
  if (match?.[1] && !/^(?:\p{Lu}\.)+$/u.test(word)) return { word: match[1], possessive: true };
  return { word, possessive: false };
}

/** "WASHINGTON" -> "Washington", "McCOY" stays as it is written in the text elsewhere. */
function asWord(shouted: string): string {
  return shouted.charAt(0) + shouted.slice(1).toLowerCase();
}

/** A Title Case headline ("Sweden Drops Its Investigation Into ...") or a line in capitals ("PHOTO: JANIE HAR"). */
function headlineKind(words: readonly Word[], wholeLine: boolean): { titleCase: boolean; shouting: boolean } {
  const letters = words.filter((word) => /\p{L}/u.test(word.text) && !/^\p{Lu}\.$/u.test(word.text));
  if (letters.length < 2) return { titleCase: false, shouting: false };
  const shouted = letters.filter((word) => isShouted(word.text) && word.text.length >= 2).length;
  const content = letters.filter((word) => !headlineSmallWords.has(word.text.toLowerCase()) && !/^\p{N}/u.test(word.text));
  // Title Case leaves no word but the small ones in lower case; a sentence dense with names still has its verbs.
  const lower = content.filter((word) => !isCapitalised(word.text)).length;
  // A short line of capitalised words alone, with no full stop, is a heading or a byline: "Eat More Fiber", "Kevin Johnson and Kevin McCoy".
  const heading = wholeLine && letters.length <= 8 && lower === 0;
  return { shouting: shouted >= 2 && shouted / letters.length >= 0.6, titleCase: heading || (content.length >= 4 && lower <= Math.floor(content.length / 10)) };
}

/**
 * A hyphenated word as a name: "Kremlin-backed" and "China-sympathetic" name
 * the Kremlin and China and end there; a web address's last part
 * ("Esper-says-US-providing-Vietnam-14848382") is no name at all.
 */
function hyphenatedName(word: string): { name: string; ends: boolean } {
  if (!word.includes("-")) return { name: word, ends: false };
  const parts = word.split("-");
  if (parts.length < 2) return { name: word, ends: false };
  // "USB-C", "Wi-Fi": a technical term, not a name.
  if (parts.length > 3 || parts.some((part) => /\d/.test(part) || part.length === 1) || parts.every((part) => part.length <= 2)) return { name: word.toLowerCase(), ends: false };
  const firstLower = parts.findIndex((part) => /^\p{Ll}/u.test(part));
  if (firstLower > 0 && parts.slice(firstLower).some(isCommonWord)) return { name: parts.slice(0, firstLower).join("-"), ends: true };
  return { name: word, ends: false };
}

/** A run of capitalised words being read, with what later words ask of it kept up to date as it grows, so no word has to search the whole run. */
interface Run {
  tokens: string[];
  start: number;
  end: number;
  initial: boolean;
  before: string;
  possessive: boolean;
  /** Where the first "of", "for" or "on" stands in `tokens` (-1 while there is none). */
  firstLink: number;
  hasOf: boolean;
  hasAnd: boolean;
}

function pushToken(run: Run, token: string): void {
  if (run.firstLink < 0 && (token === "of" || token === "for" || token === "on")) run.firstLink = run.tokens.length;
  if (token === "of") run.hasOf = true;
  if (token === "and") run.hasAnd = true;
  run.tokens.push(token);
}

/** Whether "and" continues an organisation's name: "Department of Health and Human Services", "Committee on Revenue and Taxation". */
function andContinues(run: Run): boolean {
  const headWord = run.tokens[run.firstLink - 1] ?? "";
  return run.firstLink > 0 && (isOrganizationHead(headWord) || continuesWithOn(headWord)) && !run.hasAnd;
}

/** "von der Leyen" has two connectors in a row; looking further ahead would only make a run of connectors cost time in proportion to its square. */
const maxConnectorsInARow = 3;

export function findMentions(text: string, zone: Mention["zone"], position: number): Mention[] {
  const mentions: Mention[] = [];
  const sentences = splitSentences(text);
  for (const sentence of sentences) {
    const wholeLine = sentences.length === 1 && !/[.!?:;,]["”’)]*$/u.test(sentence);
    const words: Word[] = [...sentence.matchAll(token)].map((match) => {
      const cleaned = cleanToken(match[0]);
      return { text: cleaned, start: match.index, end: match.index + cleaned.length };
    });
    const { titleCase, shouting } = headlineKind(words, wholeLine);
    const found: { mention: Mention; start: number; end: number }[] = [];
    let run: Run | null = null;
    /** The lower-case word right before the current word, if nothing but spaces stands between them. */
    let previous = "";
    const flush = (after: string) => {
      if (run) {
        while (run.tokens.length > 0 && !/^[\p{Lu}\p{N}]/u.test(run.tokens[run.tokens.length - 1] ?? "") && run.tokens[run.tokens.length - 1] !== "&") run.tokens.pop();
        // A long run joined by "of" holds a name and what it belongs to: "Dr. Joneigh Khaldun of the Michigan Department of Health".
        const of = run.tokens.length > maxNameTokens ? run.tokens.indexOf("of") : -1;
        const parts = of > 0 ? [run.tokens.slice(0, of), run.tokens.slice(run.tokens[of + 1] === "the" ? of + 2 : of + 1)] : [run.tokens];
        // "Bond With Bengaluru", "Click To Tweet": small words with capitals belong to a headline, not to a name.
        const headline = titleCase || shouting || run.tokens.slice(1).some((word) => isCapitalised(word) && runBreakingWords.has(word.toLowerCase()));
        parts.forEach((tokens, part) => {
          if (tokens.length === 0 || tokens.length > maxNameTokens + 2 || !run) return;
          found.push({
            mention: {
              tokens,
              zone,
              position,
              sentenceInitial: run.initial && part === 0,
              weak: headline,
              before: part === 0 ? run.before : "of",
              after: part === parts.length - 1 ? after : "of",
              definition: null,
              possessive: run.possessive && part === parts.length - 1,
            },
            start: run.start,
            end: run.end,
          });
        });
      }
      run = null;
    };
    words.forEach((word, index) => {
      const gap = index === 0 ? sentence.slice(0, word.start) : sentence.slice(words[index - 1]?.end ?? 0, word.start);
      const clauseStart = index === 0 || /[:;–—"“‘(]\s*$|\s[-–—]\s*$/u.test(gap);
      const joinable = run !== null && (/^\s+$/u.test(gap) || /^\s*&\s*$/u.test(gap));
      const hyphenated = hyphenatedName(shouting && isShouted(word.text) ? asWord(word.text) : word.text);
      const text = hyphenated.name;
      // A number may end a name joined by "of": "Power of Siberia 2".
      if (run && joinable && run.hasOf && /^\d{1,2}$/.test(text) && !/^[\s,]*\p{Lu}?\p{N}/u.test(sentence.slice(word.end, (words[index + 1]?.end ?? word.end)).trim())) {
        pushToken(run, text);
        run.end = word.end;
        return;
      }
      const calendar = isCalendarWord(text) || (/[’']/u.test(text) && isCalendarWord(stripPossessive(text).word));
      if (!isCapitalised(text) || calendar || isPartyLabel(text) || isNeverAName(text) || /\p{Ll}\d/u.test(text)) {
        // Past further connectors: "von der Leyen".
        let next = index + 1;
        while (next - index <= maxConnectorsInARow && connectors.has(words[next]?.text ?? "") && text !== "the") next++;
        const nextText = words[next]?.text ?? "";
        const nextGap = sentence.slice(word.end, words[index + 1]?.start ?? word.end);
        const continues =
          run !== null &&
          joinable &&
          /^\s+$/u.test(nextGap) &&
          isCapitalised(nextText) &&
          ((connectors.has(text) && !(text === "of" && run.hasOf && run.tokens.length > 3)) ||
            (text === "the" && run.tokens[run.tokens.length - 1] === "of") ||
            (text === "for" && continuesWithFor(run.tokens[run.tokens.length - 1] ?? "")) ||
            (text === "on" && continuesWithOn(run.tokens[run.tokens.length - 1] ?? "")) ||
            (text === "and" && andContinues(run)));
        if (continues && run) {
          pushToken(run, text);
          run.end = word.end;
          return;
        }
        // "Black Friday", "Cyber Monday": ordinary words before a day's name make a holiday, not a name.
        if (run && joinable && isCalendarWord(text) && run.tokens.length <= 2 && run.tokens.every((part) => isCapitalised(part) && isCommonWord(part))) run = null;
        flush(word.text);
        previous = /^\s*$/u.test(gap) || index === 0 ? word.text : "";
        return;
      }
      if (!/^\s+$/u.test(gap)) previous = "";
      // "... the Xbox One X. So the console": after an initial, a small word with a capital starts a sentence the splitter missed.
      const afterInitial = run !== null && /^\p{Lu}\.$/u.test(run.tokens[run.tokens.length - 1] ?? "") && sentenceOpeners.has(text);
      if (run && (!joinable || afterInitial)) flush(word.text);
      if (/&/u.test(gap) && run) pushToken(run, "&");
      // "People's Liberation Army", "Veterans' Affairs": a plural's possessive inside a name stays in it.
      const stripped = stripPossessive(text);
      const pluralPossessive = /^(?:People|Children|Women|Men)[’']s$|s[’']$/u.test(text);
      const { word: bare, possessive } = stripped.possessive && pluralPossessive && isCommonWord(stripped.word) && isCapitalised(words[index + 1]?.text ?? "") ? { word: text, possessive: false } : stripped;
      run ??= { tokens: [], start: word.start, end: word.end, initial: clauseStart, before: previous, possessive: false, firstLink: -1, hasOf: false, hasAnd: false };
      pushToken(run, bare);
      run.end = word.end;
      run.possessive = possessive;
      if (possessive || hyphenated.ends) {
        flush(words[index + 1]?.text ?? "");
        previous = word.text;
      }
    });
    flush("");
    // "Full Name (FN)" and "FN (Full Name)": each names the other.
    found.forEach((current, index) => {
      const next = found[index + 1];
      if (!next || !/^\s*\(\s*$/u.test(sentence.slice(current.end, next.start)) || !/^\s*\)/u.test(sentence.slice(next.end))) return;
      current.mention.definition = next.mention.tokens.join(" ");
      next.mention.definition = current.mention.tokens.join(" ");
    });
    mentions.push(...found.map((item) => item.mention));
  }
  return mentions;
}
