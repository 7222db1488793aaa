/**
 * Reference data for tagging (written by `npm run gazetteer`, see
 * `scripts/gazetteer-data.ts` for the sources and their licences): the
 * countries with their other names, adjectives of nationality and capitals;
 * the world's regions; first-level regions (states, provinces); cities of at
 * least 15,000 people; English given names; common English words. Read once,
 * at the first lookup, so a build that takes every record from the parse
 * cache never loads them.
 */
import { createRequire } from "node:module";

export interface CountryData {
  countries: { name: string; forms: string[]; demonyms: string[]; capitals: string[] }[];
  /** Continents, regions and subregions ("Europe", "Northern Africa"). */
  regions: string[];
}

export interface PlaceData {
  /** First-level regions: US states, Canadian provinces, Chinese provinces, England, Scotland... */
  regions: string[];
  cities: string[];
}

interface Places {
  /** A country's name or other form -> its name ("Burma" -> "Myanmar"). */
  countryByForm: Map<string, string>;
  /** "Chinese", "Israelis" -> the country. */
  countryByDemonym: Map<string, string>;
  capitals: Set<string>;
  regions: Set<string>;
  cities: Set<string>;
  givenNames: Set<string>;
  commonWords: Set<string>;
}

let places: Places | undefined;

function load(): Places {
  const require = createRequire(import.meta.url);
  const countryData = require("./countries.json") as CountryData;
  const placeData = require("./places.json") as PlaceData;
  const givenNames = require("./given-names.json") as string[];
  const commonWords = require("./common-words.json") as string[];
  const countryByForm = new Map<string, string>();
  const countryByDemonym = new Map<string, string>();
  const capitals = new Set<string>();
  for (const country of countryData.countries) {
    for (const form of [country.name, ...country.forms]) countryByForm.set(form, country.name);
    for (const demonym of country.demonyms) countryByDemonym.set(demonym, country.name);
    for (const capital of country.capitals) capitals.add(capital);
  }
  return {
    countryByForm,
    countryByDemonym,
    capitals,
    regions: new Set([...countryData.regions, ...placeData.regions]),
    cities: new Set(placeData.cities),
    givenNames: new Set(givenNames),
    commonWords: new Set(commonWords),
  };
}

function data(): Places {
  places ??= load();
  return places;
}

/** The country a name stands for ("Burma" -> "Myanmar"), exactly as written. */
export function countryNamed(form: string): string | undefined {
  return data().countryByForm.get(form);
}

/** The country of an adjective or noun of nationality ("Chinese", "Israelis"). */
export function countryOfDemonym(word: string): string | undefined {
  return data().countryByDemonym.get(word);
}

export function isCapital(name: string): boolean {
  return data().capitals.has(name);
}

/** A country, region or city by its name as written ("Inner Mongolia", "Palm Bay"). */
export function isKnownPlace(name: string): boolean {
  const { countryByForm, regions, cities } = data();
  return countryByForm.has(name) || regions.has(name) || cities.has(name);
}

/** A country or a region: never a person's surname in practice, unlike many cities ("Lincoln"). */
export function isCountryOrRegion(name: string): boolean {
  const { countryByForm, regions } = data();
  return countryByForm.has(name) || regions.has(name);
}

export function isGivenName(word: string): boolean {
  return data().givenNames.has(word);
}

/** An everyday English word ("police", "success"), compared in lower case. */
export function isCommonWord(word: string): boolean {
  return data().commonWords.has(word.toLowerCase());
}
