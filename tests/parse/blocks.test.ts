import { describe, expect, it } from "vitest";
import { splitBlocks } from "../../src/parse/blocks.ts";

describe("splitBlocks", () => {
  it("splits on blank lines and joins wrapped lines", () => {
    const blocks = splitBlocks("First paragraph\nwrapped here.\n\n\nSecond one.\n");
    expect(blocks.map((block) => block.text)).toEqual(["First paragraph wrapped here.", "Second one."]);
    expect(blocks.map((block) => [block.line, block.lineCount])).toEqual([[1, 2], [5, 1]]);
  });

  it("takes one paragraph per line in a file without blank lines", () => {
    const blocks = splitBlocks("One.\nTwo.\nThree.");
    expect(blocks.map((block) => block.text)).toEqual(["One.", "Two.", "Three."]);
    expect(blocks.map((block) => block.line)).toEqual([1, 2, 3]);
  });

  it("ignores blank lines at the start and end when choosing the convention", () => {
    expect(splitBlocks("\n\nOne.\nTwo.\n\n").map((block) => block.text)).toEqual(["One.", "Two."]);
  });

  it("collapses runs of spaces and tabs, and counts lines from an offset", () => {
    const blocks = splitBlocks("A \t wide   gap.", 7);
    expect(blocks).toEqual([{ text: "A wide gap.", source: "A \t wide   gap.", line: 7, lineCount: 1 }]);
  });

  it("gives nothing for whitespace only", () => {
    expect(splitBlocks(" \n\t\n")).toEqual([]);
  });
});
