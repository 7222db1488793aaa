import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { gazetteerData } from "../../scripts/gazetteer-data.ts";
import { countryNamed, countryOfDemonym, isCapital, isCommonWord, isCountryOrRegion, isGivenName, isKnownPlace } from "../../src/entities/reference.ts";

const data = gazetteerData();
const kept = async (name: string): Promise<unknown> => JSON.parse(await readFile(new URL(`../../src/entities/${name}`, import.meta.url), "utf8"));

describe("the reference data kept from the data packages", () => {
  it("is what `npm run gazetteer` makes from the installed packages (if not, run it)", async () => {
    expect(await kept("countries.json")).toEqual(data.countries);
    expect(await kept("places.json")).toEqual(data.places);
    expect(await kept("given-names.json")).toEqual(data.givenNames);
    expect(await kept("common-words.json")).toEqual(data.commonWords);
  });

  it("knows countries by their other names and adjectives, and their capitals", () => {
    expect(countryNamed("Burma")).toBe("Myanmar");
    expect(countryNamed("Republic of Korea")).toBe("South Korea");
    expect(countryOfDemonym("Israelis")).toBe("Israel");
    expect(countryOfDemonym("Chinese")).toBe("China");
    expect(countryOfDemonym("Americans")).toBe("United States");
    // Two UN members share it: it names neither.
    expect(countryOfDemonym("Congolese")).toBeUndefined();
    expect(isCapital("Washington")).toBe(true);
    expect(isCapital("Chicago")).toBe(false);
  });

  it("knows first-level regions and cities above 15,000 people, but not places that are everyday words", () => {
    expect(isCountryOrRegion("Inner Mongolia")).toBe(true);
    expect(isCountryOrRegion("Bavaria")).toBe(true);
    expect(isKnownPlace("Palm Bay")).toBe(true);
    expect(isKnownPlace("Zurich")).toBe(true);
    expect(isKnownPlace("Zürich")).toBe(true);
    for (const word of ["Mobile", "Reading", "Central", "Union"]) expect(isKnownPlace(word)).toBe(false);
  });

  it("knows given names and common words", () => {
    expect(isGivenName("Kathleen")).toBe(true);
    expect(isGivenName("Police")).toBe(false);
    expect(isCommonWord("Police")).toBe(true);
    expect(isCommonWord("Coty")).toBe(false);
  });
});
