/**
 * Entities news text names in several ways, with the forms to merge. The
 * general lexicon (compromise's) knows most countries, cities and given
 * names, but not that "U.S." is the United States, that "CCP" is a party, or
 * that "Xi" is a surname; those are listed here.
 */
import type { TagKind } from "../record/article.ts";

export interface KnownEntity {
  name: string;
  kind: Exclude<TagKind, "topic">;
  aliases: readonly string[];
}

export const knownEntities: readonly KnownEntity[] = [
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

/** Adjectives of nationality and the country they refer to. */
export const demonyms: Readonly<Record<string, string>> = {
  American: "United States",
  British: "United Kingdom",
  Chinese: "China",
  Russian: "Russia",
  Ukrainian: "Ukraine",
  Taiwanese: "Taiwan",
  German: "Germany",
  French: "France",
  Japanese: "Japan",
  Korean: "Korea",
  Indian: "India",
  Iranian: "Iran",
  Israeli: "Israel",
  Polish: "Poland",
  Soviet: "Soviet Union",
};

const byAlias = new Map<string, KnownEntity>();
for (const entity of knownEntities) {
  for (const form of [entity.name, ...entity.aliases]) byAlias.set(form, entity);
}

/** Looks a surface form up exactly (case matters: "US" is a country, "us" is not). */
export function lookupKnownEntity(form: string): KnownEntity | undefined {
  return byAlias.get(form);
}
