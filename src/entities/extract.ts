/**
 * Tags from an article's text: the people, places and organisations it is
 * about. Mentions (runs of capitalised words) are classified with the known
 * entities, compromise's lexicon of names and places, and the cues around
 * them; within the article a surname or given name used alone joins the full
 * name used elsewhere; entities are ranked by salience (mentions, presence in
 * the title and lead) and a handful are kept. Only the text that survived the
 * boilerplate filter is read, so no tag comes from an author bio or another
 * story's headline.
 */
import nlp from "compromise";
import type { TagKind } from "../record/article.ts";
import { defaultGazetteer, type Gazetteer } from "./gazetteer.ts";
import { findMentions, type Mention } from "./mentions.ts";

export type EntityKind = Exclude<TagKind, "topic">;

export interface Entity {
  name: string;
  kind: EntityKind;
  score: number;
}

type LexiconEntry = string | string[] | undefined;
// compromise types its model as a bare `object`; the lexicon is documented as word -> tag(s).
const lexicon = (nlp.model() as { one: { lexicon: Record<string, LexiconEntry> } }).one.lexicon;

function lexiconTags(word: string): string[] {
  const entry = lexicon[word.toLowerCase()];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

const placeTags = ["Country", "City", "Region", "Place"];
const organizationTags = ["Organization", "SportsTeam"];
const givenNameTags = ["FirstName", "MaleName", "FemaleName"];
const titleTags = ["Honorific", "Actor"];
const organizationEndings = /^(?:Party|Corps|Times|Press|Post|News|Administration|Ministry|Council|Association|Agency|Committee|Company|Corporation|Group|Bank|University|Institute|Foundation|Commission|Army|Navy|Forces|Department|Office|Court|Parliament|Congress|Senate)$/;

const maxTags = 8;
const minScore = 2;
const earlyBonus = 1.5;
/** People are named in full once and then by surname, places are repeated: a person's mention counts for more. */
const personWeight = 1.5;
const governmentSeatWeight = 0.6;
/** Extra weight of a mention in the title (zone 0) and the lead (zone 1). */
const zoneBonus = [3, 1, 0] as const;

function isTitleWord(word: string): boolean {
  return lexiconTags(word.replace(/\.$/, "")).some((tag) => titleTags.includes(tag)) || /^(?:President|Premier|Chancellor|Minister|Secretary|Leader|Spokesperson|Spokesman|Spokeswoman|Diplomat|Governor|Senator|Mayor|Ambassador)$/i.test(word);
}

function isProperByLexicon(word: string): boolean {
  return lexiconTags(word).some((tag) => [...placeTags, ...organizationTags, ...givenNameTags, "LastName", "ProperNoun"].includes(tag));
}

interface Classified {
  name: string;
  kind: EntityKind;
  /** Weight of this mention: a demonym counts for its country, but less than the name. */
  weight: number;
}

/** Splits a run into what it names, once titles and opening words are set aside. */
function classifyMention(mention: Mention, gazetteer: Gazetteer): Classified[] {
  const countryOf = (word: string | undefined) => gazetteer.countryOf(word ?? "");
  let tokens = [...mention.tokens];
  const found: Classified[] = [];

  // A capital at the start of a sentence says nothing: drop opening words the lexicon knows as common.
  if (mention.sentenceInitial) {
    while (tokens.length > 0 && !gazetteer.lookup(tokens.join(" ")) && !isProperByLexicon(tokens[0] ?? "") && !countryOf(tokens[0]) && !isTitleWord(tokens[0] ?? "")) {
      tokens = tokens.slice(1);
    }
  }

  // Leading demonyms ("Russian President ...") count towards their country.
  while (tokens.length > 1 && countryOf(tokens[0]) && !gazetteer.lookup(tokens.join(" "))) {
    found.push({ name: countryOf(tokens[0]) ?? "", kind: "place", weight: 0.5 });
    tokens = tokens.slice(1);
  }

  // Titles ("President", "U.S. Secretary of State", "Lt. Gen.") mark the name after them as a person.
  let lastTitle = -1;
  tokens.forEach((word, index) => {
    if (isTitleWord(word) || (word === "State" && tokens[index - 1] === "of")) lastTitle = index;
  });
  const titled = lastTitle >= 0 || mention.titles.some(isTitleWord);
  if (lastTitle >= 0) {
    const before = tokens.slice(0, lastTitle).filter((word) => word !== "of");
    const knownBefore = gazetteer.lookup(before.join(" "));
    if (knownBefore) found.push({ name: knownBefore.name, kind: knownBefore.kind, weight: 1 });
    tokens = tokens.slice(lastTitle + 1);
  }
  if (tokens.length === 0) return found;

  const phrase = tokens.join(" ");
  const known = gazetteer.lookup(phrase);
  if (known) return [...found, { name: known.name, kind: known.kind, weight: 1 }];

  const country = tokens.length === 1 ? countryOf(phrase) : undefined;
  if (country) return [...found, { name: country, kind: "place", weight: 0.5 }];

  const kind = kindOf(tokens, titled);
  return kind ? [...found, { name: phrase, kind, weight: 1 }] : found;
}

function kindOf(tokens: string[], titled: boolean): EntityKind | null {
  const phrase = tokens.join(" ");
  const first = tokens[0] ?? "";
  const last = tokens[tokens.length - 1] ?? "";
  const phraseTags = lexiconTags(phrase);
  if (titled && tokens.every((word) => /^\p{Lu}/u.test(word))) return "person";
  if (phraseTags.some((tag) => placeTags.includes(tag))) return "place";
  if (phraseTags.some((tag) => organizationTags.includes(tag))) return "organization";
  if (tokens.length > 1 && organizationEndings.test(last)) return "organization";
  if (tokens.length >= 2 && tokens.length <= 3 && lexiconTags(first).some((tag) => givenNameTags.includes(tag))) return "person";
  if (tokens.length >= 2 && lexiconTags(last).includes("LastName")) return "person";
  if (tokens.length === 1 && lexiconTags(first).includes("LastName")) return "person";
  return null;
}

function kindWeight(name: string, kind: EntityKind, gazetteer: Gazetteer): number {
  if (kind === "person") return personWeight;
  return gazetteer.isGovernmentSeat(name) ? governmentSeatWeight : 1;
}

/** Multi-word people by their first and last name parts. */
function fullNamesByPart(entities: Map<string, Entity>): Map<string, Entity[]> {
  const byPart = new Map<string, Entity[]>();
  for (const entity of entities.values()) {
    if (entity.kind !== "person" || !entity.name.includes(" ")) continue;
    const parts = entity.name.split(" ");
    for (const part of new Set([parts[0] ?? "", parts[parts.length - 1] ?? ""])) byPart.set(part, [...(byPart.get(part) ?? []), entity]);
  }
  return byPart;
}

/** "Putin" joins "Vladimir Putin", "Heckl" joins "Karsten Heckl": a lone name part used beside the full name. */
function mergeNameParts(entities: Map<string, Entity>): void {
  const people = fullNamesByPart(entities);
  for (const entity of [...entities.values()]) {
    if (entity.name.includes(" ")) continue;
    const owners = people.get(entity.name) ?? [];
    const owner = owners.length === 1 ? owners[0] : undefined;
    if (!owner) continue;
    owner.score += entity.score;
    entities.delete(entity.name);
  }
}

export interface ArticleText {
  title: string;
  paragraphs: readonly string[];
}

/**
 * Salience: each mention counts, more in the title and the lead, and an entity
 * first named early outweighs one that turns up only near the end, as a news
 * story names what it is about first.
 */
export function extractEntities({ title, paragraphs }: ArticleText, gazetteer: Gazetteer = defaultGazetteer): Entity[] {
  const positioned = [
    ...findMentions(title, 0).map((mention) => ({ mention, position: 0 })),
    ...paragraphs.flatMap((paragraph, index) =>
      findMentions(paragraph, index === 0 ? 1 : 2).map((mention) => ({ mention, position: index / paragraphs.length })),
    ),
  ];
  const entities = new Map<string, Entity>();
  const count = (name: string, kind: EntityKind, weight: number, mention: Mention, position: number) => {
    if (gazetteer.isNever(name)) return;
    let entity = entities.get(name);
    if (!entity) {
      entity = { name, kind, score: earlyBonus * (1 - position) };
      entities.set(name, entity);
    }
    entity.score += weight * (1 + zoneBonus[mention.zone]) * kindWeight(name, kind, gazetteer);
  };
  const unresolved: typeof positioned = [];
  for (const item of positioned) {
    const found = classifyMention(item.mention, gazetteer);
    if (found.length === 0) unresolved.push(item);
    for (const { name, kind, weight } of found) count(name, kind, weight, item.mention, item.position);
  }
  // "Wang told Putin": a lone word the lexicon does not know is the person this article already named in full.
  const people = fullNamesByPart(entities);
  for (const { mention, position } of unresolved) {
    const owners = mention.tokens.length === 1 ? people.get(mention.tokens[0] ?? "") : undefined;
    if (owners?.length === 1 && owners[0]) count(owners[0].name, "person", 1, mention, position);
  }
  mergeNameParts(entities);
  return [...entities.values()]
    .filter((entity) => entity.score >= minScore)
    .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1))
    .slice(0, maxTags);
}
