import { readFile } from "node:fs/promises";
import { eng } from "stopword";
import { describe, expect, it } from "vitest";
import { compromiseLexicon } from "../../scripts/compromise-lexicon.ts";
import { isFunctionWord, selectFunctionWords } from "../../src/parse/function-words.ts";

describe("the function words kept from compromise and stopword", () => {
  it("are what `npm run function-words` makes from the installed packages (if not, run it)", async () => {
    const kept = JSON.parse(await readFile(new URL("../../src/parse/function-words.json", import.meta.url), "utf8")) as string[];
    expect(kept).toEqual(selectFunctionWords(compromiseLexicon(), eng));
  });

  it("hold the closed classes and auxiliaries of English, and no content words", () => {
    for (const word of ["the", "of", "she", "would", "not", "which", "has", "been"]) expect(isFunctionWord(word), word).toBe(true);
    for (const word of ["council", "budget", "putin", "said-"]) expect(isFunctionWord(word), word).toBe(false);
  });
});
