/**
 * Writes `src/entities/countries.json`, `places.json`, `given-names.json` and
 * `common-words.json`
 * from the installed data packages (`scripts/gazetteer-data.ts` says which,
 * and under what licence). Run it after upgrading one of them; the gazetteer
 * test says when it is due.
 *
 *   npm run gazetteer
 */
import { writeFile } from "node:fs/promises";
import { gazetteerData } from "./gazetteer-data.ts";

/** One entry a line, so an upgrade's changes read as a diff. */
function lines(items: readonly unknown[]): string {
  return `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(",\n")}\n]`;
}

const { countries, places, givenNames, commonWords } = gazetteerData();
const target = (name: string) => new URL(`../src/entities/${name}`, import.meta.url);
await writeFile(target("countries.json"), `{\n"countries": ${lines(countries.countries)},\n"regions": ${lines(countries.regions)}\n}\n`);
await writeFile(target("places.json"), `{\n"regions": ${lines(places.regions)},\n"cities": ${lines(places.cities)}\n}\n`);
await writeFile(target("given-names.json"), `${lines(givenNames)}\n`);
// Common words are many and short: several a line.
await writeFile(target("common-words.json"), `${JSON.stringify(commonWords).replace(/((?:"[^"]*",){20})/g, "$1\n")}\n`);
console.log(`${countries.countries.length} countries, ${countries.regions.length} world regions, ${places.regions.length} first-level regions, ${places.cities.length} city names, ${givenNames.length} given names, ${commonWords.length} common words written`);
