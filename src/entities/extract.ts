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
import { demonyms, lookupKnownEntity } from "./gazetteer.ts";
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
function classifyMention(mention: Mention): Classified[] {
  let tokens = [...mention.tokens];
  const found: Classified[] = [];

  // A capital at the start of a sentence says nothing: drop opening words the lexicon knows as common.
  if (mention.sentenceInitial) {
    while (tokens.length > 0 && !lookupKnownEntity(tokens.join(" ")) && !isProperByLexicon(tokens[0] ?? "") && !demonyms[tokens[0] ?? ""] && !isTitleWord(tokens[0] ?? "")) {
      tokens = tokens.slice(1);
    }
  }

  // Leading demonyms ("Russian President ...") count towards their country.
  while (tokens.length > 1 && demonyms[tokens[0] ?? ""] && !lookupKnownEntity(tokens.join(" "))) {
    found.push({ name: demonyms[tokens[0] ?? ""] ?? "", kind: "place", weight: 0.5 });
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
    const knownBefore = lookupKnownEntity(before.join(" "));
    if (knownBefore) found.push({ name: knownBefore.name, kind: knownBefore.kind, weight: 1 });
    tokens = tokens.slice(lastTitle + 1);
  }
  if (tokens.length === 0) return found;

  const phrase = tokens.join(" ");
  const known = lookupKnownEntity(phrase);
  if (known) return [...found, { name: known.name, kind: known.kind, weight: 1 }];

  if (tokens.length === 1 && demonyms[phrase]) return [...found, { name: demonyms[phrase] ?? phrase, kind: "place", weight: 0.5 }];

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

/** "Putin" joins "Vladimir Putin", "Wang" joins "Wang Yi": a lone name part used after the full name. */
function mergeNameParts(entities: Map<string, Entity>): void {
  const people = [...entities.values()].filter((entity) => entity.kind === "person" && entity.name.includes(" "));
  for (const entity of [...entities.values()]) {
    if (entity.name.includes(" ")) continue;
    const owners = people.filter((person) => {
      const parts = person.name.split(" ");
      return parts[0] === entity.name || parts[parts.length - 1] === entity.name;
    });
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

export function extractEntities({ title, paragraphs }: ArticleText): Entity[] {
  const mentions = [
    ...findMentions(title, 0),
    ...paragraphs.flatMap((paragraph, index) => findMentions(paragraph, index === 0 ? 1 : 2)),
  ];
  const entities = new Map<string, Entity>();
  for (const mention of mentions) {
    for (const { name, kind, weight } of classifyMention(mention)) {
      const bonus = mention.zone === 0 ? 3 : mention.zone === 1 ? 1 : 0;
      const entity = entities.get(name) ?? { name, kind, score: 0 };
      entity.score += weight + bonus * weight;
      entities.set(name, entity);
    }
  }
  mergeNameParts(entities);
  return [...entities.values()]
    .filter((entity) => entity.score >= minScore)
    .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1))
    .slice(0, maxTags);
}
