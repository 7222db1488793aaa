/**
 * Entities news text names in several ways, with the forms to merge. The
 * reference data (`reference.ts`) knows countries, their adjectives,
 * regions, cities and given names, but not that "U.S." is the United States,
 * that "CCP" is a party, that "the Fed" is the Federal Reserve, or that "Xi"
 * is a surname; those are listed here. The archivist's taxonomy is laid over
 * this list: its names, kinds and aliases replace the built-in ones and its
 * "never" terms are not tagged at all.
 */
import type { TagKind } from "../model/article.ts";
import { countryOfDemonym, isCapital } from "./reference.ts";
import { emptyTaxonomy, type Taxonomy } from "./taxonomy.ts";

export interface KnownEntity {
  name: string;
  kind: Exclude<TagKind, "topic">;
  aliases: readonly string[];
}

const builtInEntities: readonly KnownEntity[] = [
  { name: "United States", kind: "place", aliases: ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "U.S"] },
  { name: "United Kingdom", kind: "place", aliases: ["UK", "U.K.", "Britain", "Great Britain"] },
  { name: "Soviet Union", kind: "place", aliases: ["USSR", "U.S.S.R."] },
  { name: "China", kind: "place", aliases: ["People’s Republic of China", "People's Republic of China", "PRC", "Communist China", "Mainland China"] },
  { name: "Russia", kind: "place", aliases: ["Russian Federation"] },
  { name: "Xinjiang", kind: "place", aliases: [] },
  { name: "European Union", kind: "organization", aliases: ["EU", "E.U."] },
  { name: "NATO", kind: "organization", aliases: ["North Atlantic Treaty Organization", "Nato"] },
  { name: "United Nations", kind: "organization", aliases: ["UN", "U.N."] },
  { name: "Chinese Communist Party", kind: "organization", aliases: ["CCP", "Communist Party of China", "CPC"] },
  { name: "Pentagon", kind: "organization", aliases: [] },
  { name: "Federal Reserve", kind: "organization", aliases: ["Fed", "Federal Reserve Board", "Federal Reserve System", "U.S. Federal Reserve"] },
  { name: "Congress", kind: "organization", aliases: ["U.S. Congress", "US Congress"] },
  { name: "Republican Party", kind: "organization", aliases: ["Republican", "Republicans", "GOP", "Republican party"] },
  { name: "Democratic Party", kind: "organization", aliases: ["Democrat", "Democrats", "Democratic party"] },
  { name: "Kremlin", kind: "organization", aliases: [] },
  { name: "White House", kind: "organization", aliases: [] },
  { name: "Associated Press", kind: "organization", aliases: ["AP"] },
  { name: "The Epoch Times", kind: "organization", aliases: ["Epoch Times"] },
  { name: "Xi Jinping", kind: "person", aliases: ["Xi"] },
  { name: "Vladimir Putin", kind: "person", aliases: ["Putin"] },
  { name: "Joe Biden", kind: "person", aliases: ["Biden"] },
  { name: "Antony Blinken", kind: "person", aliases: ["Blinken"] },
  { name: "Donald Trump", kind: "person", aliases: ["Trump"] },
];

/** Adjectives the country data does not give: of states that no longer exist. */
const historicalDemonyms: Readonly<Record<string, string>> = { Soviet: "Soviet Union", Soviets: "Soviet Union" };

/** Words that look like names in news text but are never what an article is about. */
const builtInNever = ["worldview", "President"];

export interface Gazetteer {
  /** Looks a surface form up exactly (case matters: "US" is a country, "us" is not). */
  lookup(form: string): KnownEntity | undefined;
  /** The country an adjective or noun of nationality refers to ("Chinese", "Israelis"). */
  countryOf(adjective: string): string | undefined;
  /** Whether the place is a capital that often stands for its government. */
  isGovernmentSeat(name: string): boolean;
  /** Whether a name or surface form must never become a tag (compared without regard to case). */
  isNever(name: string): boolean;
}

function normalised(term: string): string {
  return term.normalize("NFC").toLowerCase();
}

export function createGazetteer(taxonomy: Taxonomy = emptyTaxonomy): Gazetteer {
  const byAlias = new Map<string, KnownEntity>();
  for (const entity of [...builtInEntities, ...taxonomy.entities]) {
    for (const form of [entity.name, ...entity.aliases]) byAlias.set(form.normalize("NFC"), entity);
  }
  const never = new Set([...builtInNever, ...taxonomy.never].map(normalised));
  const listed = new Set(taxonomy.entities.flatMap((entity) => [entity.name, ...entity.aliases]).map(normalised));
  return {
    lookup: (form) => {
      // Most forms are plain ASCII, which normalising cannot change.
      const entity = byAlias.get(/^[\x20-\x7e]*$/.test(form) ? form : form.normalize("NFC"));
      return entity && !never.has(normalised(entity.name)) ? entity : undefined;
    },
    countryOf: (adjective) => {
      const country = historicalDemonyms[adjective] ?? countryOfDemonym(adjective);
      return country && !never.has(normalised(country)) ? country : undefined;
    },
    isGovernmentSeat: (name) => isCapital(name),
    // An archivist who both lists an entity and bans one of its forms means the listed entity.
    isNever: (name) => never.has(normalised(name)) && !listed.has(normalised(name)),
  };
}

export const defaultGazetteer = createGazetteer();
