/**
 * What a mention names: a run of capitalised words split into the names in
 * it, each with its kind where the evidence gives one. Evidence, in order of
 * trust: the archivist's taxonomy and the built-in forms (exact), titles in
 * front of a name ("President", "Judge", "Lt. Gen."), adjectives of
 * nationality ("Russian President ..." counts for Russia), organisation
 * words ("Party", "Inc.", "Bureau of ..."), a team's city before a plural,
 * the gazetteer of countries, regions and cities, given names, and
 * compromise's lexicon. A run with no such evidence keeps a null kind: the
 * article may still show what it is (`resolve.ts`).
 */
import {
  isCompassWord,
  isOrganizationEnding,
  isOrganizationHead,
  isPlaceEnding,
  isPlaceOpening,
  isLowerCaseTitle,
  isTitleWord,
} from "./cues.ts";
import type { TagKind } from "../model/article.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { givenNameTags, lexiconTags, organizationTags, placeTags } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";
import { connectors, coreNameParts } from "./name-parts.ts";
import { countryNamed, isCommonWord, isCountryOrRegion, isGivenName, isKnownPlace } from "./reference.ts";

export type EntityKind = Exclude<TagKind, "topic">;

export interface Classified {
  name: string;
  /** null when nothing but the capitals says it is a name. */
  kind: EntityKind | null;
  /** Weight of this mention: an adjective of nationality counts for its country, but less than the name. */
  weight: number;
  /** Named with a title ("Judge Parsons"), so certainly a person. */
  titled: boolean;
  /** The form is the gazetteer's or the taxonomy's, so its kind is settled. */
  known: boolean;
  /** The form is the taxonomy's or the built-in list's: the archivist's word that it is worth a tag. */
  listed: boolean;
  /** Named only inside another name ("Santa Fe" in "Santa Fe Animal Shelter"): it adds weight, but is no mention of its own. */
  nested: boolean;
}

/** What the article as a whole shows about its words. */
export interface DocumentWords {
  /** Words the article writes with a capital where a capital means something (not opening a sentence, not in a headline). */
  capitalised: ReadonlySet<string>;
  /** Whether the letters are the initials of lower-case words the article uses ("CD" for "civil defense"): an acronym of an ordinary phrase is no name. */
  isLowercaseAcronym(letters: string): boolean;
  /** Words the article also writes in lower case. */
  lowercase: ReadonlySet<string>;
}

function hasLexiconTag(word: string, tags: readonly string[]): boolean {
  return lexiconTags(word).some((tag) => tags.includes(tag));
}

function isGiven(word: string): boolean {
  return isGivenName(word) || hasLexiconTag(word, givenNameTags);
}

function isPlaceWord(phrase: string): boolean {
  return isKnownPlace(phrase) || hasLexiconTag(phrase, placeTags);
}

function isNameWord(word: string, gazetteer: Gazetteer): boolean {
  return (
    Boolean(gazetteer.lookup(word) ?? gazetteer.countryOf(word)) ||
    isPlaceWord(word) ||
    isGiven(word) ||
    hasLexiconTag(word, [...organizationTags, "LastName", "ProperNoun"])
  );
}

const initial = /^\p{Lu}\.$/u;

/** The shape of a person's name: a given name or initials in front, a surname after; no organisation or place word in it. */
function looksLikePerson(tokens: readonly string[]): boolean {
  const core = coreNameParts(tokens.join(" ")).filter((word) => !connectors.has(word));
  if (core.length < 1 || tokens.length > 5 || tokens.includes("of") || !tokens.every((word) => /^\p{Lu}/u.test(word) || connectors.has(word))) return false;
  if (tokens.some((word) => isOrganizationEnding(word) || isTitleWord(word) || isPlaceEnding(word))) return false;
  const first = core[0] ?? "";
  const last = tokens[tokens.length - 1] ?? "";
  if ((isCountryOrRegion(last) && !isGiven(last)) || isCompassWord(first) || /^\p{Lu}{2,}$/u.test(last)) return false;
  // "Will Ever Need", "Some People Triumph Online": a headline's words, not a name.
  if (core.filter((word) => isCommonWord(word) && !isGiven(word)).length > 1) return false;
  if (core.length >= 2 && isGiven(first)) return true;
  if (tokens.some((word) => initial.test(word)) && core.length >= 1 && !initial.test(last)) return true;
  // Romanised Chinese and Korean given names carry a hyphen: "Lai Ching-te", "Hou Yu-ih".
  if (core.length >= 2 && core.length <= 3 && tokens.some((word) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(word))) return true;
  return core.length >= 2 && lexiconTags(last).includes("LastName");
}

/**
 * A sports team or a local organisation: a city or state, then a plural
 * ("Dallas Texans", "Los Angeles Lakers"). A given name before a surname in
 * "s" ("Michael Thomas") is a person, unless "the" stood before it.
 */
function looksLikeTeam(tokens: readonly string[], afterThe: boolean): boolean {
  for (let split = Math.min(3, tokens.length - 1); split >= 1; split--) {
    const place = tokens.slice(0, split).join(" ");
    const rest = tokens.slice(split);
    if (!isPlaceWord(place) || rest.some((word) => isPlaceWord(word) || connectors.has(word))) continue;
    if (split === 1 && isGiven(place) && !afterThe) continue;
    const last = rest[rest.length - 1] ?? "";
    if (/[^s]s$/.test(last) || split >= 2) return true;
  }
  return false;
}

/** A place or an organisation inside a titled run: "President Ascom North America" names no person. */
function namesPlaceOrOrganization(tokens: readonly string[]): boolean {
  return tokens.some((word, index) => isOrganizationEnding(word) || isCountryOrRegion(tokens.slice(index).join(" ")));
}

function kindOf(tokens: string[], titled: boolean, afterThe = false): EntityKind | null {
  const phrase = tokens.join(" ");
  const first = tokens[0] ?? "";
  const last = tokens[tokens.length - 1] ?? "";
  if (titled && tokens.every((word) => /^\p{Lu}/u.test(word) || connectors.has(word)) && !namesPlaceOrOrganization(tokens)) {
    return tokens.every((word) => initial.test(word)) || (tokens.length === 1 && first.length === 1) ? null : "person";
  }
  if (tokens.length > 1 && (isOrganizationEnding(last) || tokens.some((word) => /^F\.?C\.?$/.test(word)))) return "organization";
  if (tokens.length > 2 && isOrganizationHead(first) && (tokens[1] === "of" || tokens[1] === "for")) return "organization";
  if (hasLexiconTag(phrase, organizationTags)) return "organization";
  if (isCountryOrRegion(phrase)) return "place";
  if (tokens.length > 1 && looksLikeTeam(tokens, afterThe)) return "organization";
  if (tokens.length > 1 && isPlaceWord(phrase)) return "place";
  if (tokens.length > 1 && !afterThe && looksLikePerson(tokens)) return "person";
  if (tokens.length === 1 && isPlaceWord(phrase)) return "place";
  if (tokens.length > 1 && isPlaceEnding(last)) return "place";
  if (tokens.length >= 2 && tokens.length <= 3 && isPlaceOpening(first)) return "place";
  if (tokens.length >= 2 && isCompassWord(first) && isPlaceWord(tokens.slice(1).join(" "))) return "place";
  if (tokens.length === 1 && lexiconTags(first).includes("LastName") && !isGiven(first)) return "person";
  return null;
}

function entity(name: string, kind: EntityKind | null, options: Partial<Pick<Classified, "weight" | "titled" | "known" | "listed" | "nested">> = {}): Classified {
  return { name, kind, weight: options.weight ?? 1, titled: options.titled ?? false, known: options.known ?? false, listed: options.listed ?? false, nested: options.nested ?? false };
}

/** What a run names on its own, or split into a known place and a known entity ("Georgia Republicans"). */
function classifyPhrase(tokens: string[], titled: boolean, gazetteer: Gazetteer, afterThe = false): Classified[] {
  const phrase = tokens.join(" ");
  if (tokens.every((word) => initial.test(word))) return [];
  const known = gazetteer.lookup(phrase);
  if (known) return [entity(known.name, known.kind, { known: true, listed: true, titled })];
  const country = countryNamed(phrase);
  if (country && !titled) return [entity(country, "place", { known: true })];
  const ofCountry = tokens.length <= 2 ? gazetteer.countryOf(phrase) : undefined;
  if (ofCountry) return [entity(ofCountry, "place", { weight: 0.5, known: true })];
  if (tokens.length > 1) {
    const rest = gazetteer.lookup(tokens.slice(1).join(" "));
    const first = tokens[0] ?? "";
    const place = gazetteer.lookup(first)?.kind === "place" ? gazetteer.lookup(first)?.name : isPlaceWord(first) ? first : undefined;
    if (rest && place) return [entity(place, "place"), entity(rest.name, rest.kind, { known: true, listed: true })];
  }
  // "Charles E. Hughes of Sherman": a person, then where they are from.
  const of = tokens.indexOf("of");
  if (of > 0 && kindOf(tokens.slice(0, of), titled) === "person") {
    const from = classifyPhrase(tokens.slice(of + 1), false, gazetteer).filter((found) => found.kind === "place");
    return [entity(tokens.slice(0, of).join(" "), "person", { titled }), ...from];
  }
  const kind = kindOf(tokens, titled, afterThe);
  const found = entity(phrase, kind, { titled });
  // "Berrien County Health Department", "Santa Fe Animal Shelter": an organisation named after its place counts for the place too.
  if (kind === "organization" && !looksLikeTeam(tokens, true)) {
    for (let split = Math.min(3, tokens.length - 2); split >= 1; split--) {
      const place = tokens.slice(0, split);
      const placeName = place.join(" ");
      if (isPlaceWord(placeName) || (place.length > 1 && isPlaceEnding(place[place.length - 1] ?? ""))) return [found, entity(countryNamed(placeName) ?? placeName, "place", { weight: 0.5, nested: true })];
    }
  }
  return [found];
}

/** "South Korean" or "Russian": the country a leading adjective of nationality refers to, and its length. */
function leadingDemonym(tokens: readonly string[], gazetteer: Gazetteer): { country: string; length: number } | null {
  const two = gazetteer.countryOf(tokens.slice(0, 2).join(" "));
  if (tokens.length >= 2 && two) return { country: two, length: 2 };
  const one = gazetteer.countryOf(tokens[0] ?? "");
  return one ? { country: one, length: 1 } : null;
}

/**
 * A run without titles: leading adjectives of nationality ("Russian troops")
 * count towards their country, unless the whole run is one organisation
 * ("American Football League", "European Commission"); an ordinary word in
 * front of a person's name ("Republican Richard Nixon") is dropped.
 */
function classifyUntitled(tokens: string[], titled: boolean, gazetteer: Gazetteer, afterThe = false): Classified[] {
  const found: Classified[] = [];
  let rest = tokens;
  // "Asian", "Southeast Asian": an adjective of a region, not of one country, says no more than that.
  const regional = isCompassWord(rest[0] ?? "") && rest.length > 1 ? 2 : 1;
  if (!gazetteer.countryOf(rest.slice(0, regional).join(" ")) && hasLexiconTag(rest[regional - 1] ?? "", ["Demonym"]) && !gazetteer.countryOf(rest[regional - 1] ?? "") && !gazetteer.lookup(rest.join(" "))) {
    if (rest.length === regional || !isOrganizationEnding(rest[rest.length - 1] ?? "")) rest = rest.slice(regional);
  }
  if (rest.length === 0) return [];
  for (let demonym = leadingDemonym(rest, gazetteer); demonym && rest.length > demonym.length; demonym = leadingDemonym(rest, gazetteer)) {
    if (gazetteer.lookup(rest.join(" ")) || isOrganizationEnding(rest[rest.length - 1] ?? "") || isOrganizationHead(rest[demonym.length] ?? "")) break;
    found.push(entity(demonym.country, "place", { weight: 0.5, known: true }));
    rest = rest.slice(demonym.length);
  }
  while (rest.length > 2 && isCommonWord(rest[0] ?? "") && !isNameWord(rest[0] ?? "", gazetteer) && looksLikePerson(rest.slice(1)) && kindOf(rest, titled) !== "place" && kindOf(rest, titled) !== "organization") rest = rest.slice(1);
  return [...found, ...classifyPhrase(rest, titled, gazetteer, afterThe && found.length === 0)];
}

/** The last title in a run ("U.S. Secretary of State Antony Blinken" -> "State"), unless it opens an organisation's name ("General Assembly"). */
function lastTitleIndex(tokens: readonly string[]): number {
  let last = -1;
  tokens.forEach((word, index) => {
    const isTitle = isTitleWord(word) || (word === "State" && tokens[index - 1] === "of");
    const opensName = index < tokens.length - 1 && tokens.slice(index + 1).every((after) => isOrganizationEnding(after) || isPlaceEnding(after) || connectors.has(after));
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

/** Whether a word opening a sentence is a name: known as one, or written with a capital elsewhere in the article. */
function opensWithName(tokens: readonly string[], gazetteer: Gazetteer, words: DocumentWords): boolean {
  const [word = "", next] = tokens;
  if (words.capitalised.has(word) || isTitleWord(word)) return true;
  if (isPlaceWord(tokens.slice(0, 2).join(" ")) || isPlaceWord(tokens.slice(0, 3).join(" "))) return true;
  if (next !== undefined && (isTitleWord(next) || isPlaceOpening(word) || isCompassWord(word))) return true;
  // "Will", "Grant", "Rose": a given name that is also a word is a name only before a surname.
  if (isCommonWord(word) && (next === undefined || isCommonWord(next))) return Boolean(gazetteer.lookup(word)) || isCountryOrRegion(word);
  // A rare word before another capitalised one is a name: "Kyrylo Budanov said".
  return isNameWord(word, gazetteer) || (next !== undefined && !isCommonWord(word));
}

/** Splits a run into what it names, once titles and opening words are set aside. */
export function classifyMention(mention: Mention, gazetteer: Gazetteer, words: DocumentWords): ClassifiedMention {
  // After "The", a capital means a name again.
  const afterThe = /^(?:The|A|An)$/.test(mention.tokens[0] ?? "");
  let tokens = afterThe ? mention.tokens.slice(1) : mention.tokens;
  if (gazetteer.lookup(mention.tokens.join(" "))) tokens = mention.tokens;
  else if (mention.sentenceInitial && !afterThe) {
    // A capital at the start of a sentence says nothing: drop opening words that are not names.
    while (tokens.length > 0 && !gazetteer.lookup(tokens.join(" ")) && !opensWithName(tokens, gazetteer, words)) tokens = tokens.slice(1);
  }
  while (connectors.has(tokens[0] ?? "") || tokens[0] === "the") tokens = tokens.slice(1);
  if (tokens.length === 0) return { entities: [], title: null };
  // "US-China": two countries in one word.
  const parts = tokens.length === 1 ? (tokens[0] ?? "").split("-") : [];
  if (parts.length > 1 && parts.every((part) => gazetteer.lookup(part) ?? countryNamed(part))) return { entities: parts.flatMap((part) => classifyPhrase([part], false, gazetteer)), title: null };

  // "Director of Public Prosecution Eva-Marie Persson", "Inspector-General of Police": a title with its office, then the name, if any.
  const office = tokens.findIndex((word, index) => isTitleWord(word) && tokens[index + 1] === "of" && !isOrganizationHead(word));
  if (office >= 0) {
    const starts = tokens.map((_, index) => index).filter((index) => index > office + 1 && looksLikePerson(tokens.slice(index)));
    const start = starts.find((index) => isGiven(tokens[index] ?? "")) ?? starts[starts.length - 1] ?? -1;
    const serves = office > 0 ? classifyUntitled(tokens.slice(0, office), false, gazetteer).filter((found) => found.kind === "place" || found.kind === "organization") : [];
    const title = tokens[office] ?? null;
    return { entities: start < 0 ? serves : [...serves, entity(tokens.slice(start).join(" "), "person", { titled: true })], title };
  }

  // Titles ("President", "U.S. Secretary of State", "Lt. Gen.") mark the name after them as a person;
  // what stands before the title is where the person serves ("Okinawa Governor", "European Commission President").
  const lastTitle = lastTitleIndex(tokens);
  if (lastTitle < 0) return { entities: classifyUntitled(tokens, isLowerCaseTitle(mention.before), gazetteer, afterThe || mention.before === "the"), title: null };
  const title = tokens[lastTitle] ?? null;
  const before = tokens.slice(0, lastTitle).filter((word) => !connectors.has(word) && !isTitleWord(word));
  const serves = before.length > 0 ? classifyUntitled(before, false, gazetteer).filter((found) => found.kind === "place" || found.kind === "organization") : [];
  const named = tokens.slice(lastTitle + 1);
  while (named.length > 0 && connectors.has(named[0] ?? "")) named.shift();
  // "Commissioner Research": after a title, a word the article also writes in lower case is no name.
  const ordinary = named.length === 1 && words.lowercase.has((named[0] ?? "").toLowerCase());
  return { entities: [...serves, ...(named.length > 0 && !ordinary ? classifyPhrase(named, true, gazetteer) : [])], title };
}
