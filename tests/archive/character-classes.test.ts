import { describe, expect, it } from "vitest";
import { isAstralLetter, isLetter, isLetterOrNumber, isSpace } from "../../src/archive/character-classes.ts";

describe("the archive scanners' character classes", () => {
  it("answer as \\p{L}, [\\p{L}\\p{N}] and \\s do, for every UTF-16 code unit", () => {
    const disagreements: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code);
      if (isLetterOrNumber(code) !== /[\p{L}\p{N}]/u.test(character)) disagreements.push(`letter or number ${code.toString(16)}`);
      if (isSpace(code) !== /\s/u.test(character)) disagreements.push(`space ${code.toString(16)}`);
      if (isLetter(code) !== /\p{L}/u.test(character)) disagreements.push(`letter ${code.toString(16)}`);
    }
    expect(disagreements).toEqual([]);
  });

  it("know the letters beyond the Basic Multilingual Plane", () => {
    expect([0x1d400, 0x20000, 0x10400].map(isAstralLetter)).toEqual([true, true, true]);
    expect([0x1f600, 0x1d7ce].map(isAstralLetter)).toEqual([false, false]);
  });
});
