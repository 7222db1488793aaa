import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { compromiseLexicon } from "../../scripts/compromise-lexicon.ts";
import { lexiconTags, selectLexicon, type Lexicon } from "../../src/entities/lexicon.ts";

const full = compromiseLexicon();

describe("the lexicon kept from compromise", () => {
  it("is what `npm run lexicon` makes from the installed compromise (if not, run it)", async () => {
    const kept = JSON.parse(await readFile(new URL("../../src/entities/lexicon.json", import.meta.url), "utf8")) as Lexicon;
    expect(kept).toEqual(selectLexicon(full));
  });

  it("gives every word compromise knows the tags compromise gives it, of those classifying reads", () => {
    const read = ["Country", "City", "Region", "Place", "Organization", "SportsTeam", "FirstName", "MaleName", "FemaleName", "Honorific", "Actor", "LastName", "ProperNoun", "Demonym", "Adjective"];
    let known = 0;
    for (const [word, entry] of Object.entries(full)) {
      const tags = (Array.isArray(entry) ? entry : [entry]).filter((tag) => read.includes(tag));
      expect(lexiconTags(word).filter((tag) => read.includes(tag))).toEqual(tags);
      if (tags.length > 0) known++;
    }
    expect(known).toBeGreaterThan(5_000);
  });

  it("keeps a plural only beside another tag it reads, and finds words in any case", () => {
    expect(lexiconTags("Paris")).toContain("City");
    expect(lexiconTags("JOHN")).toContain("MaleName");
    expect(lexiconTags("presidents")).toEqual(expect.arrayContaining(["Plural"]));
    expect(lexiconTags("tables")).toEqual([]);
    expect(lexiconTags("constructor")).toEqual([]);
  });
});
