/**
 * Tags from an article's text: the people, places and organisations it is
 * about. Mentions (runs of capitalised words, `mentions.ts`) are classified
 * (`classify.ts`); what the cues cannot place is matched against what the
 * article already named (a surname alone, a place named in full elsewhere,
 * "the President" when one president is named); a surname or given name used
 * alone joins the full name; the archivist's "never" terms are dropped.
 * Entities are ranked by salience (mentions, presence in the title and lead,
 * how early they first appear) and at most eight with real weight are kept.
 * Only the text that survived the boilerplate filter is read, so no tag comes
 * from an author bio or another story's headline. Measured against a labelled
 * set by `npm run eval:tags`.
 */
import { bareTitle, classifyMention, type EntityKind } from "./classify.ts";
import { coreNameParts } from "./name-parts.ts";
import { defaultGazetteer, type Gazetteer } from "./gazetteer.ts";
import { findMentions, type Mention } from "./mentions.ts";

export interface Entity {
  name: string;
  kind: EntityKind;
  score: number;
}

const maxTags = 8;
const minScore = 2;
const earlyBonus = 1.5;
/** People are named in full once and then by surname, places are repeated: a person's mention counts for more. */
const personWeight = 1.5;
const governmentSeatWeight = 0.6;
/** Extra weight of a mention in the title (zone 0) and the lead (zone 1). */
const zoneBonus = [3, 1, 0] as const;

function kindWeight(name: string, kind: EntityKind, gazetteer: Gazetteer): number {
  if (kind === "person") return personWeight;
  return gazetteer.isGovernmentSeat(name) ? governmentSeatWeight : 1;
}

/** People by their first and last name parts ("Wang Yi" under "Wang" and "Yi"; "William S. Pfaff Jr." under "Pfaff"). */
function peopleByNamePart(entities: Map<string, Entity>): Map<string, Entity[]> {
  const byPart = new Map<string, Entity[]>();
  for (const entity of entities.values()) {
    if (entity.kind !== "person") continue;
    const parts = coreNameParts(entity.name);
    for (const part of new Set([parts[0] ?? "", parts[parts.length - 1] ?? ""])) byPart.set(part, [...(byPart.get(part) ?? []), entity]);
  }
  return byPart;
}

/** Of several people sharing a name part, the one the article is most about ("Hartsfield" is the mayor, not his wife). */
function mostSalient(people: readonly Entity[]): Entity | undefined {
  return [...people].sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1))[0];
}

/** "Putin" joins "Vladimir Putin", "Heckl" joins "Karsten Heckl": a lone name part used beside the full name. */
function mergeNameParts(entities: Map<string, Entity>): void {
  const people = peopleByNamePart(entities);
  for (const entity of [...entities.values()]) {
    if (entity.name.includes(" ")) continue;
    const owner = mostSalient((people.get(entity.name) ?? []).filter((person) => person !== entity));
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
  /** Title -> the people this article names with it ("President" -> "John F. Kennedy"). */
  const titleHolders = new Map<string, Set<string>>();
  for (const item of positioned) {
    const { entities: found, title: heldTitle } = classifyMention(item.mention, gazetteer);
    if (found.length === 0) unresolved.push(item);
    for (const { name, kind, weight } of found) {
      count(name, kind, weight, item.mention, item.position);
      if (heldTitle && kind === "person") titleHolders.set(heldTitle, (titleHolders.get(heldTitle) ?? new Set()).add(name));
    }
  }
  // A mention the cues could not place is still what this article already named:
  // "Wang told Putin" (a name part), "from Okinawa" (a name in full), "the President" (a title one person holds here).
  const people = peopleByNamePart(entities);
  for (const { mention, position } of unresolved) {
    const phrase = mention.tokens.join(" ");
    const title = bareTitle(mention);
    const holders = title ? [...(titleHolders.get(title) ?? [])] : [];
    const named = entities.get(phrase);
    const owners = mention.tokens.length === 1 ? (people.get(phrase) ?? []) : [];
    if (named) count(named.name, named.kind, 1, mention, position);
    else if (owners.length > 0) count(mostSalient(owners)?.name ?? phrase, "person", 1, mention, position);
    else if (holders.length === 1 && holders[0]) count(holders[0], "person", 1, mention, position);
  }
  mergeNameParts(entities);
  return [...entities.values()]
    .filter((entity) => entity.score >= minScore)
    .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1))
    .slice(0, maxTags);
}
