/**
 * Tags on the benchmark's archive: 1,000 articles made from Brown Corpus
 * press text (`bench/generate-archive.ts`), parsed and built as a build does.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadPressTexts } from "../../bench/brown-press.ts";
import { generateSeed } from "../../bench/generate-archive.ts";
import { buildArchive, type Archive } from "../../src/archive/build-archive.ts";
import { isCalendarWord, isOrganizationEnding, isPartyLabel } from "../../src/entities/cues.ts";
import { lexiconTags } from "../../src/entities/lexicon.ts";
import { personKey } from "../../src/entities/name-parts.ts";
import { countryOfDemonym, isCountryOrRegion } from "../../src/entities/reference.ts";
import type { Article } from "../../src/model/article.ts";
import { parseSeed } from "../../src/record/parse-seed.ts";

let archive: Archive;

beforeAll(async () => {
  const texts = await loadPressTexts();
  const records: Article[] = [];
  for (let index = 0; index < 1000; index++) {
    const seed = generateSeed(texts, 1, index);
    const outcome = parseSeed({ path: seed.fileName, bytes: new TextEncoder().encode(seed.text) });
    if (outcome.kind === "article") records.push(outcome.article);
  }
  archive = buildArchive(records);
}, 120_000);

const people = () => archive.tags.filter((entry) => entry.tag.kind === "person").map((entry) => entry.tag.name);

describe("tags on 1,000 Brown Corpus articles", () => {
  it("files no nationality, organisation or country as a person", () => {
    const wrong = people().filter((name) => {
      const words = name.split(" ");
      const last = words[words.length - 1] ?? "";
      return countryOfDemonym(name) !== undefined || lexiconTags(name).includes("Demonym") || isOrganizationEnding(last) || isCountryOrRegion(name);
    });
    expect(wrong).toEqual([]);
    for (const named of ["Americans", "Air Force", "Advisory Council", "Mack Truck Co"]) expect(people()).not.toContain(named);
  });

  it("gives each person one tag where the archive knows the full name", () => {
    const byKey = new Map<string, string[]>();
    for (const name of people()) {
      const key = personKey(name);
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), name]);
    }
    // "James P. Mitchell" and "James F. Mitchell" are two people; "John Kennedy" beside "John F. Kennedy" would be one.
    const middle = (name: string) => name.split(" ").slice(1, -1).join(" ");
    expect([...byKey.values()].filter((names) => names.length > 1 && names.some((name) => middle(name) === ""))).toEqual([]);
    const names = people();
    expect(names).toContain("John F. Kennedy");
    expect(names).not.toContain("Kennedy");
    expect(names.filter((name) => name.startsWith("Adlai"))).toEqual(["Adlai Stevenson"]);
  });

  it("takes no fragments into names: no weekday, month or party-and-district label", () => {
    const fragments = archive.tags
      .map((entry) => entry.tag.name)
      .filter((name) => name.split(" ").some((word) => isCalendarWord(word) || isPartyLabel(word)) || !/^[\p{Lu}\p{N}]/u.test(name));
    expect(fragments).toEqual([]);
    for (const named of ["Was Joe", "Trenton Monday", "Walter H. Jones R-Bergen", "Recently I"]) expect(archive.tags.map((entry) => entry.tag.name)).not.toContain(named);
  });

  it("keeps at most eight tags on an article", () => {
    expect(Math.max(...archive.articles.map((article) => article.tags.length))).toBeLessThanOrEqual(8);
  });
});
