import { describe, expect, it } from "vitest";
import { splitBlocks } from "../../src/parse/blocks.ts";
import { splitParagraphLines } from "../../src/parse/paragraph-lines.ts";

const paragraphs = (text: string) => splitParagraphLines(splitBlocks(text)).map((block) => block.text);

describe("splitParagraphLines", () => {
  it("takes one paragraph a line after a headline set apart by a blank line", () => {
    const text = [
      "Council approves budget after long night",
      "",
      "The city council voted on Tuesday to approve a new budget for the coming year after a long debate.",
      "Members argued for six hours over how much to spend on roads, parks and the police.",
      "The budget takes effect in July.",
    ].join("\n");
    expect(paragraphs(text)).toEqual([
      "Council approves budget after long night",
      "The city council voted on Tuesday to approve a new budget for the coming year after a long debate.",
      "Members argued for six hours over how much to spend on roads, parks and the police.",
      "The budget takes effect in July.",
    ]);
  });

  it("keeps a paragraph wrapped to a width whole", () => {
    const text = [
      "The city council voted on Tuesday to approve a new budget for the",
      "coming year, after a long debate over how much the city should spend",
      "on its roads. Members argued for six hours before the final vote.",
    ].join("\n");
    expect(paragraphs(text)).toHaveLength(1);
  });

  it("splits a share block and a comment form into their lines", () => {
    expect(paragraphs("Share this:\nTwitter\nFacebook")).toEqual(["Share this:", "Twitter", "Facebook"]);
    expect(paragraphs("Leave a Reply\nYour email address will not be published. Required fields are marked *\nComment\nName *")).toHaveLength(4);
  });

  it("joins a line broken mid-sentence to the lower-case line that goes on with it", () => {
    expect(paragraphs("About Jane Doe\nJane Doe covers the courts and\nlives in Portland.")).toEqual(["About Jane Doe", "Jane Doe covers the courts and lives in Portland."]);
  });

  it("keeps the line numbers of the seed", () => {
    const blocks = splitParagraphLines(splitBlocks("Headline here now\n\nOne paragraph that is a full sentence.\nAnother paragraph, also a sentence."));
    expect(blocks.map((block) => block.line)).toEqual([1, 3, 4]);
  });
});
