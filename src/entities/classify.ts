/**
 * What a mention names: a run of capitalised words split into the entities in
 * it, each with its kind. Cues, in order of trust: the archivist's taxonomy
 * and the built-in list (exact forms), titles in front of a name
 * ("President", "Judge", "Lt. Gen."), adjectives of nationality ("Russian
 * President ..." counts for Russia), compromise's lexicon of places,
 * organisations and given names, and the shape of the run itself (a last word
 * such as "Party" or "County", a compass word in front, a romanised given name
 * with a hyphen). Reads only compromise's lexicon (`lexicon.ts`), never a
 * full parse, so it stays cheap per article.
 */
import { coreNameParts, isNameSuffix } from "./name-parts.ts";
import type { TagKind } from "../model/article.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { givenNameTags, lexiconTags, organizationTags, placeTags, titleTags } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";

export type EntityKind = Exclude<TagKind, "topic">;

export interface Classified {
  name: string;
  kind: EntityKind;
  /** Weight of this mention: an adjective of nationality counts for its country, but less than the name. */
  weight: number;
}

const titleWords =
  /^(?:President|Premier|Chancellor|Minister|Secretary|General|Leader|Spokesperson|Spokesman|Spokeswoman|Diplomat|Governor|Senator|Mayor|Ambassador|Envoy|Judge|Justice|Coach|Chairman|Chairwoman|Chair|Commissioner|Director|Chief|Executive|Officer|Representative|Reps?\.|Sens?\.|Gov\.|Atty\.|Gen\.|Admiral|Colonel|Captain|King|Queen|Prince|Princess|Pope|Sheikh)$/i;
const organizationEndings =
  /^(?:Party|Corps|Times|Press|Post|News|Administration|Ministry|Council|Association|Agency|Committee|Company|Corporation|Group|Bank|University|College|Academy|Institute|Foundation|Commission|Army|Navy|Forces|Department|Office|Court|Parliament|Congress|Senate|Organisation|Organization|League|Federation|Union|Alliance|Conference|Club|Fund|Authority|Board|Bureau|Service|Jury|Assembly|Coalition|Movement)$/;
const placeEndings = /^(?:County|City|Province|State|Island|Islands|River|Valley|Bay|Strait|Sea|Ocean|Mountains|Peninsula|Region|District|Territory)$/;
const placePrefixes = /^(?:East|West|North|South|New|Fort|Port|San|Santa|Los|Las|Saint|St\.)$/;
/** Titles whose holder serves a place: the word before them names it ("Okinawa Governor"). */
const jurisdictionTitles = /^(?:Governor|Mayor|Premier)$/;
const connectorWords = new Set(["of", "the", "de", "al", "bin", "von", "van", "der", "den", "da", "di", "del", "la", "le"]);

function isTitleWord(word: string): boolean {
  if (isNameSuffix(word)) return false;
  if (titleWords.test(word)) return true;
  const tags = lexiconTags(word.replace(/\.$/, ""));
  return !tags.includes("Plural") && tags.some((tag) => titleTags.includes(tag));
}

function isProperByLexicon(word: string): boolean {
  return lexiconTags(word).some((tag) => [...placeTags, ...organizationTags, ...givenNameTags, "LastName", "ProperNoun"].includes(tag));
}

function isPlaceByLexicon(word: string): boolean {
  return lexiconTags(word).some((tag) => placeTags.includes(tag));
}

/** "South Korean" or "Russian": the country a leading adjective of nationality refers to, and its length. */
function leadingDemonym(tokens: readonly string[], gazetteer: Gazetteer): { country: string; length: number } | null {
  const two = gazetteer.countryOf(tokens.slice(0, 2).join(" "));
  if (tokens.length >= 2 && two) return { country: two, length: 2 };
  const one = gazetteer.countryOf(tokens[0] ?? "");
  return one ? { country: one, length: 1 } : null;
}

function kindOf(tokens: string[], titled: boolean): EntityKind | null {
  const phrase = tokens.join(" ");
  const first = tokens[0] ?? "";
  const last = tokens[tokens.length - 1] ?? "";
  const phraseTags = lexiconTags(phrase);
  const core = coreNameParts(phrase);
  if (titled && tokens.every((word) => /^\p{Lu}/u.test(word) || connectorWords.has(word))) return "person";
  if (phraseTags.some((tag) => placeTags.includes(tag))) return "place";
  if (phraseTags.some((tag) => organizationTags.includes(tag))) return "organization";
  if (tokens.length > 1 && organizationEndings.test(last)) return "organization";
  if (tokens.length > 1 && placeEndings.test(last)) return "place";
  if (tokens.length >= 2 && tokens.length <= 3 && placePrefixes.test(first)) return "place";
  // A sports team: a city and a plural ("Dallas Texans", "Denver Broncos").
  if (tokens.length === 2 && isPlaceByLexicon(first) && /[^s]s$/.test(last) && !isPlaceByLexicon(last)) return "organization";
  if (core.length >= 2 && core.length <= 3 && lexiconTags(core[0] ?? "").some((tag) => givenNameTags.includes(tag))) return "person";
  if (core.length >= 2 && lexiconTags(core[core.length - 1] ?? "").includes("LastName")) return "person";
  // Romanised Chinese and Korean given names carry a hyphen: "Lai Ching-te", "Hou Yu-ih".
  if (tokens.length >= 2 && tokens.length <= 3 && tokens.some((word) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(word))) return "person";
  if (tokens.length === 1 && lexiconTags(first).includes("LastName")) return "person";
  return null;
}

/** What a run names on its own, or split into a known place and a known entity ("Georgia Republicans"). */
function classifyPhrase(tokens: string[], titled: boolean, gazetteer: Gazetteer): Classified[] {
  const phrase = tokens.join(" ");
  const known = gazetteer.lookup(phrase);
  if (known) return [{ name: known.name, kind: known.kind, weight: 1 }];
  const country = tokens.length <= 2 ? gazetteer.countryOf(phrase) : undefined;
  if (country) return [{ name: country, kind: "place", weight: 0.5 }];
  const rest = gazetteer.lookup(tokens.slice(1).join(" "));
  const leading = gazetteer.lookup(tokens[0] ?? "");
  const place = leading?.kind === "place" ? leading.name : isPlaceByLexicon(tokens[0] ?? "") ? tokens[0] : undefined;
  if (tokens.length > 1 && rest && place) return [{ name: place, kind: "place", weight: 1 }, { name: rest.name, kind: rest.kind, weight: 1 }];
  // "Charles E. Hughes of Sherman": a person, then where they are from.
  const of = tokens.indexOf("of");
  if (of > 0 && kindOf(tokens.slice(0, of), titled) === "person") {
    const from = classifyPhrase(tokens.slice(of + 1), false, gazetteer).filter((entity) => entity.kind !== "person");
    return [{ name: tokens.slice(0, of).join(" "), kind: "person", weight: 1 }, ...from];
  }
  const kind = kindOf(tokens, titled);
  return kind ? [{ name: phrase, kind, weight: 1 }] : [];
}

/**
 * A run without titles: leading adjectives of nationality ("Russian troops")
 * count towards their country, unless the whole run is one organisation
 * ("American Football League", "European Commission").
 */
function classifyUntitled(tokens: string[], titled: boolean, gazetteer: Gazetteer): Classified[] {
  const found: Classified[] = [];
  let rest = tokens;
  for (let demonym = leadingDemonym(rest, gazetteer); demonym && rest.length > demonym.length; demonym = leadingDemonym(rest, gazetteer)) {
    if (gazetteer.lookup(rest.join(" ")) || organizationEndings.test(rest[rest.length - 1] ?? "")) break;
    found.push({ name: demonym.country, kind: "place", weight: 0.5 });
    rest = rest.slice(demonym.length);
  }
  return [...found, ...classifyPhrase(rest, titled, gazetteer)];
}

/** The last title in a run ("U.S. Secretary of State Antony Blinken" -> "State"), unless it opens an organisation's name ("General Assembly"). */
function lastTitleIndex(tokens: readonly string[]): number {
  let last = -1;
  tokens.forEach((word, index) => {
    const isTitle = isTitleWord(word) || (word === "State" && tokens[index - 1] === "of");
    const opensName = index < tokens.length - 1 && tokens.slice(index + 1).every((after) => organizationEndings.test(after) || placeEndings.test(after));
    if (isTitle && !opensName) last = index;
  });
  return last;
}

/** A mention that is a title and nothing else ("the President", "The Chief Executive"): who it is depends on the article. */
export function bareTitle(mention: Mention): string | null {
  const words = mention.tokens.filter((word) => word !== "The");
  return words.length > 0 && words.every(isTitleWord) ? (words[words.length - 1] ?? null) : null;
}

export interface ClassifiedMention {
  entities: Classified[];
  /** The title a person was named with ("Judge James B. Parsons" -> "Judge"). */
  title: string | null;
}

/** Splits a run into what it names, once titles and opening words are set aside. */
export function classifyMention(mention: Mention, gazetteer: Gazetteer): ClassifiedMention {
  let tokens = [...mention.tokens];

  // A capital at the start of a sentence says nothing: drop opening words that are not known as names.
  if (mention.sentenceInitial) {
    // A word right before a title names where or for whom the person serves ("Okinawa Governor Denny Tamaki").
    const keeps = (word: string, next: string | undefined) =>
      isProperByLexicon(word) ||
      isTitleWord(word) ||
      Boolean(gazetteer.lookup(word) ?? gazetteer.countryOf(word)) ||
      (next !== undefined && (placePrefixes.test(word) || isTitleWord(next)));
    while (tokens.length > 0 && !gazetteer.lookup(tokens.join(" ")) && !keeps(tokens[0] ?? "", tokens[1])) tokens = tokens.slice(1);
  }

  // Titles ("President", "U.S. Secretary of State", "Lt. Gen.") mark the name after them as a person;
  // what stands before the title is where the person serves ("Okinawa Governor", "European Commission President").
  const lastTitle = lastTitleIndex(tokens);
  if (lastTitle < 0) return { entities: classifyUntitled(tokens, mention.titles.some(isTitleWord), gazetteer), title: null };
  const title = tokens[lastTitle] ?? null;
  const before = tokens.slice(0, lastTitle).filter((word) => !connectorWords.has(word) && !isTitleWord(word));
  const serves = before.length > 0 ? classifyUntitled(before, false, gazetteer).filter((entity) => entity.kind !== "person") : [];
  if (before.length === 1 && serves.length === 0 && title && jurisdictionTitles.test(title)) serves.push({ name: before[0] ?? "", kind: "place", weight: 1 });
  const named = tokens.slice(lastTitle + 1);
  return { entities: [...serves, ...(named.length > 0 ? classifyPhrase(named, true, gazetteer) : [])], title };
}
