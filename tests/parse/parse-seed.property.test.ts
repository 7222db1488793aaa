/**
 * Properties of the seed parser over generated input: it never throws (a
 * record or a rejection), never gives an empty title, and every sentence of
 * the text ends up in the body, a credit or a removal that gives its reason.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseSpaces } from "../../src/parse/blocks.ts";
import { parseSeed } from "../../src/record/parse-seed.ts";
import { escapeHtml } from "../../src/site/html.ts";
import { seedFile } from "../helpers.ts";

const word = fc.stringMatching(/^[A-Za-z][a-z]{0,9}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => `${words.join(" ")}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(" "));
const boilerplateLine = fc.constantFrom("Leave a Reply", "View all posts by Jane Doe →", "About Jane Doe", "Share this:", "Photo credit: Jane Doe");
const document = fc.array(fc.oneof({ weight: 5, arbitrary: paragraph }, { weight: 1, arbitrary: boilerplateLine }), { minLength: 1, maxLength: 8 });

describe("parseSeed on generated input", () => {
  it("never throws on arbitrary bytes, and gives a record or a named rejection", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom("a.txt", "b.md"), (bytes, name) => {
        const outcome = parseSeed({ path: name, bytes });
        if (outcome.kind === "rejected") expect(outcome.problem.message.length).toBeGreaterThan(0);
        if (outcome.kind === "article") expect(outcome.article.title.trim()).not.toBe("");
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary text, and never gives an empty title", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600, unit: "grapheme" }), fc.constantFrom("a.txt", "b.md"), (text, name) => {
        const outcome = parseSeed(seedFile(name, text));
        if (outcome.kind === "article") expect(outcome.article.title.trim()).not.toBe("");
        else if (outcome.kind === "rejected") expect(outcome.problem.message).not.toBe("");
      }),
      { numRuns: 500 },
    );
  });

  it("keeps every sentence that no rule removed", () => {
    fc.assert(
      fc.property(document, fc.boolean(), (blocks, blankLines) => {
        const text = blocks.join(blankLines ? "\n\n" : "\n");
        const outcome = parseSeed(seedFile("doc.txt", text));
        if (outcome.kind !== "article") return;
        const { article } = outcome;
        const accounted = [article.title, ...article.paragraphs, ...article.credits, ...article.removed.map((removal) => removal.text)].join("\n");
        for (const block of blocks) expect(accounted).toContain(normaliseSpaces(block));
        for (const removal of article.removed) expect(removal.reason).not.toBe("");
      }),
      { numRuns: 300 },
    );
  });
});

describe("escapeHtml", () => {
  it("round-trips: unescaping gives back the text, and no markup character survives", () => {
    const unescape = (value: string) =>
      value.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[name] ?? "");
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescape(escaped)).toBe(text);
      }),
    );
  });
});
