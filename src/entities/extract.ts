/**
 * Tags from an article's text: the people, places and organisations it is
 * about. Mentions (runs of capitalised words, `mentions.ts`) are classified
 * (`classify.ts`) and grouped into one cluster per entity (`resolve.ts`);
 * headlines in Title Case, opening words and bare titles ("the President")
 * then count for the entities the article has already named. Entities are
 * ranked by salience (mentions, presence in the title and lead, how early
 * they first appear); a name the article uses once is not what it is about,
 * and at most eight are kept. Only the title and the paragraphs that survived
 * the boilerplate filter are read, so no tag comes from an author bio or
 * another story's headline. Measured against a labelled set by
 * `npm run eval:tags`.
 */
import { bareTitle, classifyMention, type DocumentWords, type EntityKind } from "./classify.ts";
import { isCommonWord, isGivenName } from "./reference.ts";
import { defaultGazetteer, type Gazetteer } from "./gazetteer.ts";
import { lexiconTags } from "./lexicon.ts";
import { findMentions, type Mention } from "./mentions.ts";
import { clusterForms, readsAsPlace, strongCount, type Cluster, type Found } from "./resolve.ts";

export interface Entity {
  name: string;
  kind: EntityKind;
  score: number;
}

export interface ArticleText {
  title: string;
  paragraphs: readonly string[];
}

const maxTags = 8;
const minScore = 2;
/** An entity this far below the article's main one is a passing mention. */
const minShareOfTop = 0.06;
const earlyBonus = 1.5;
/** People are named in full once and then by surname, places are repeated: a person's mention counts for more. */
const personWeight = 1.5;
const governmentSeatWeight = 0.6;
/** Extra weight of a mention in the title (zone 0) and the lead (zone 1). */
const zoneBonus = [3, 1, 0] as const;
/** A story whose most named entity has at most this many mentions is a brief. */
const briefMentions = 3;
/** Longest run of words looked up as one name inside a headline. */
const maxMatchLength = 6;

function documentWords(mentions: readonly Mention[], texts: readonly string[]): DocumentWords {
  const capitalised = new Set<string>();
  for (const mention of mentions) {
    if (mention.weak) continue;
    mention.tokens.forEach((word, index) => {
      if (index > 0 || !mention.sentenceInitial) capitalised.add(word);
    });
  }
  const words = texts.map((text) => text.split(/[^\p{L}]+/u));
  const lowercase = new Set<string>();
  for (const word of words.flat()) if (/^\p{Ll}/u.test(word)) lowercase.add(word);
  // The initial of each lower-case word, a space for any other: "civil defense" gives "CD" inside one run. Made when first asked for.
  let runs: string | undefined;
  const initials = () => words.map((inText) => inText.map((word) => (/^\p{Ll}{2,}$/u.test(word) ? word.charAt(0).toUpperCase() : " ")).join("")).join(" ");
  return {
    capitalised,
    lowercase,
    isLowercaseAcronym: (letters) => {
      if (letters.length < 2 || !/^\p{Lu}+$/u.test(letters)) return false;
      runs ??= initials();
      return runs.includes(letters);
    },
  };
}

/** Names the article's clusters go by, for matching inside headlines and opening words: every form, and a person's first and last name part. */
function formIndex(clusters: readonly Cluster[]): Map<string, Cluster> {
  const index = new Map<string, Cluster>();
  const parts = new Map<string, Cluster[]>();
  for (const cluster of clusters) {
    for (const form of cluster.forms) index.set(form, cluster);
    if (cluster.kind !== "person") continue;
    const words = cluster.name.split(" ");
    for (const part of new Set([words[0] ?? "", words[words.length - 1] ?? ""])) {
      const owners = parts.get(part);
      if (owners) owners.push(cluster);
      else parts.set(part, [cluster]);
    }
  }
  for (const [part, owners] of parts) if (owners.length === 1 && owners[0] && !index.has(part)) index.set(part, owners[0]);
  return index;
}

/** Counts a headline's or an opening word's names for the clusters already known: longest match first. */
function matchInside(mention: Mention, index: ReadonlyMap<string, Cluster>): void {
  const { tokens } = mention;
  for (let start = 0; start < tokens.length; ) {
    let matched = 0;
    for (let length = Math.min(maxMatchLength, tokens.length - start); length > 0; length--) {
      const cluster = index.get(tokens.slice(start, start + length).join(" "));
      if (cluster) {
        cluster.sightings.push({ mention, weight: 1, strong: false });
        matched = length;
        break;
      }
    }
    start += Math.max(matched, 1);
  }
}

function kindWeight(cluster: Cluster, kind: EntityKind, gazetteer: Gazetteer): number {
  if (kind === "person") return personWeight;
  return gazetteer.isGovernmentSeat(cluster.name) ? governmentSeatWeight : 1;
}

/**
 * A cluster's kind, where the cues gave none: a name used after "in" is a
 * place; any other capitalised name a news story keeps using is most often a
 * company or another organisation.
 */
function finalKind(cluster: Cluster): EntityKind {
  return cluster.kind ?? (readsAsPlace(cluster) ? "place" : "organization");
}

/**
 * Whether the article's own use of a name earns it a tag, whatever its score.
 * A name used once is a passing mention, except in a brief: where nothing is
 * named more than a few times (a wire story of a few paragraphs names each
 * thing once), a name whose kind the cues settle may be named once in the
 * first half.
 */
function earnsTag(cluster: Cluster, document: DocumentWords, brief: boolean): boolean {
  if (strongCount(cluster) === 0) return false;
  // A person the taxonomy (or the built-in list) names is worth a tag whenever the article names them;
  // a listed place or organisation ("U.S.") is named in passing too often for that.
  if (cluster.sightings.length < 2 && !(cluster.listed && cluster.kind === "person")) {
    const [only] = cluster.sightings;
    if (!brief || !only?.strong || cluster.kind === null || only.mention.position >= 0.5) return false;
  }
  if (!cluster.settled && [...cluster.forms].every((form) => document.isLowercaseAcronym(form.replace(/\./g, "")))) return false;
  const words = cluster.name.split(" ");
  // A given name alone ("Mary") names nobody in particular.
  if (words.length === 1 && cluster.kind === "person" && !cluster.settled && isGivenName(cluster.name) && !lexiconTags(cluster.name).includes("LastName")) return false;
  if (cluster.kind !== null || cluster.settled) return strongCount(cluster) >= 1;
  // "Western sanctions": an adjective with a capital is no name.
  if (words.length === 1 && lexiconTags(cluster.name).includes("Adjective")) return false;
  // "Top Stories", "Build": ordinary words the article also writes in lower case are a heading's, not a name.
  if (words.every((word) => isCommonWord(word) && document.lowercase.has(word.toLowerCase()))) return false;
  // "CTR", "CPMs": an acronym the article never spells out must be used again and again.
  if (words.length === 1 && /^\p{Lu}{2,5}s?$/u.test(cluster.name)) return strongCount(cluster) >= 3;
  // Only capitals say this is a name: it must be written so again and again, and ordinary words more often still.
  return strongCount(cluster) >= (words.every(isCommonWord) ? 3 : 2);
}

/** "Lowe's", "Macy's": a one-word name the article never writes without its "'s" keeps it, as the name of a shop does. */
function namedAsWritten(cluster: Cluster): string {
  const strong = cluster.sightings.filter((sighting) => sighting.strong);
  const alwaysPossessive = (cluster.kind === null || cluster.kind === "organization") && !cluster.settled && !cluster.name.includes(" ") && strong.length >= 2 && strong.every((sighting) => sighting.mention.possessive);
  return alwaysPossessive ? `${cluster.name}'s` : cluster.name;
}

/** "Apple TV", "Samsung TV": the name of another entity the article uses as much, then more words, names a product or a part of it. */
function extendsAnother(cluster: Cluster, clusters: readonly Cluster[]): boolean {
  if (cluster.kind !== null || !cluster.name.includes(" ")) return false;
  return clusters.some(
    (other) => other !== cluster && other.kind !== "person" && other.kind !== "place" && other.sightings.length >= cluster.sightings.length && cluster.name.startsWith(`${other.name} `),
  );
}

/**
 * Salience: each mention counts, more in the title and the lead, and an entity
 * first named early outweighs one that turns up only near the end, as a news
 * story names what it is about first.
 */
export interface RankedEntity extends Entity {
  /** Whether the article's use of the name earns a tag at all (more than one mention, a capital that means something). */
  earned: boolean;
  mentions: number;
}

/** Every entity the article names, best first, whether or not it earns a tag: what `extractEntities` chooses from. */
export function rankEntities({ title, paragraphs }: ArticleText, gazetteer: Gazetteer = defaultGazetteer): RankedEntity[] {
  const mentions = [
    ...findMentions(title, 0, 0),
    ...paragraphs.flatMap((paragraph, index) => findMentions(paragraph, index === 0 ? 1 : 2, index / paragraphs.length)),
  ];
  const words = documentWords(mentions, [title, ...paragraphs]);

  const found: Found[] = [];
  const inside: Mention[] = [];
  /** Title -> the people this article names with it ("President" -> "John F. Kennedy"). */
  const titleHolders = new Map<string, Set<string>>();
  const bareTitles: { mention: Mention; title: string }[] = [];
  for (const mention of mentions) {
    if (mention.weak) {
      inside.push(mention);
      continue;
    }
    const alone = bareTitle(mention);
    if (alone) {
      bareTitles.push({ mention, title: alone });
      continue;
    }
    const classified = classifyMention(mention, gazetteer, words);
    const entities = classified.entities.filter((entity) => !gazetteer.isNever(entity.name));
    if (entities.length === 0) inside.push(mention);
    else found.push({ mention, entities });
    for (const entity of entities) {
      if (classified.title && entity.kind === "person") titleHolders.set(classified.title, (titleHolders.get(classified.title) ?? new Set()).add(entity.name));
    }
  }
  const clusters = clusterForms(found);
  const index = formIndex(clusters);
  for (const mention of inside) matchInside(mention, index);
  // "The President" is the one president this article names.
  for (const { mention, title: heldTitle } of bareTitles) {
    const holders = [...(titleHolders.get(heldTitle) ?? [])];
    const holder = holders.length === 1 && holders[0] ? index.get(holders[0]) : undefined;
    holder?.sightings.push({ mention, weight: 1, strong: false });
  }
  const brief = Math.max(0, ...clusters.map((cluster) => cluster.sightings.length)) <= briefMentions;
  return clusters
    .filter((cluster) => !gazetteer.isNever(cluster.name))
    .map((cluster) => {
      const kind = finalKind(cluster);
      const weight = kindWeight(cluster, kind, gazetteer);
      const first = Math.min(...cluster.sightings.map((sighting) => sighting.mention.position));
      const score = cluster.sightings.reduce((sum, sighting) => sum + sighting.weight * (1 + zoneBonus[sighting.mention.zone]) * weight, earlyBonus * (1 - first));
      return { name: namedAsWritten(cluster), kind, score, earned: earnsTag(cluster, words, brief) && !extendsAnother(cluster, clusters), mentions: cluster.sightings.length };
    })
    .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1));
}

export function extractEntities(article: ArticleText, gazetteer: Gazetteer = defaultGazetteer): Entity[] {
  const earned = rankEntities(article, gazetteer).filter((entity) => entity.earned);
  const top = earned[0]?.score ?? 0;
  return earned
    .filter((entity) => entity.score >= minScore && entity.score >= top * minShareOfTop)
    .slice(0, maxTags)
    .map(({ name, kind, score }) => ({ name, kind, score }));
}
