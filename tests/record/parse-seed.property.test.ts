/**
 * Properties of the seed parser over generated input: it never throws (a
 * record or a rejection), never gives an empty title, and every sentence of
 * the text ends up in the body, a credit or a removal that gives its reason,
 * whatever the line endings and encoding. The hostile generator is shared
 * with `npm run fuzz`, which runs it 100,000 times; here it runs a few
 * hundred times to stay quick.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseSpaces } from "../../src/parse/blocks.ts";
import { parseSeed } from "../../src/record/parse-seed.ts";
import { escapeHtml, textToHtml } from "../../src/parse/escape-html.ts";
import { seedFile } from "../helpers.ts";
import { brokenPromise, executableMarkup, hostileSeed, payloads } from "../hostile/hostile-seeds.ts";

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

  it("keeps every promise on hostile seeds: markup, template syntax, odd characters, any encoding, broken front matter", () => {
    fc.assert(
      fc.property(hostileSeed, (seed) => {
        expect(brokenPromise(seed).problem).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it("shows every front-matter field's value as text: a record holds it as typed, or the seed is rejected", () => {
    const value = fc.oneof(fc.constantFrom(...payloads), fc.string({ minLength: 1, maxLength: 40 }));
    fc.assert(
      fc.property(fc.constantFrom("title", "author", "source", "summary"), value, (field, typed) => {
        const outcome = parseSeed(seedFile("doc.txt", `---\n${field}: ${JSON.stringify(typed)}\n---\nThe council met on Tuesday.\n`));
        if (outcome.kind !== "article") return;
        const recorded = { title: outcome.article.title, author: outcome.article.author, source: outcome.article.source, summary: outcome.article.summary }[field];
        expect(recorded).toBe(typed.trim());
        expect(executableMarkup(outcome.article.html)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every sentence that no rule removed, whatever the line endings and encoding", () => {
    const lineEnding = fc.constantFrom("\n", "\r\n", "\r");
    const encoding = fc.constantFrom("utf8", "utf16le", "latin1") as fc.Arbitrary<BufferEncoding>;
    fc.assert(
      fc.property(document, fc.boolean(), lineEnding, encoding, (blocks, blankLines, newline, as) => {
        const text = blocks.join(blankLines ? newline + newline : newline);
        fc.pre(as !== "latin1" || [...text].every((character) => character.charCodeAt(0) <= 0xff));
        const bytes = as === "utf16le" ? Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, as)]) : Uint8Array.from(Buffer.from(text, as));
        const outcome = parseSeed({ path: "doc.txt", bytes });
        if (outcome.kind !== "article") return;
        const { article } = outcome;
        const accounted = [article.title, ...article.paragraphs, ...article.credits, ...article.removed.map((removal) => removal.text)].join("\n");
        for (const block of blocks) expect(accounted).toContain(normaliseSpaces(block));
        for (const removal of article.removed) expect(removal.reason).not.toBe("");
      }),
      {
        numRuns: 300,
        // A first paragraph of several sentences, longer than a title may be, was once taken as the headline and cut.
        examples: [
          [
            [
              "Aaaaa Aaaaaaaaa Aa Aaaaa aaaa Aaaaaaaaa aaaa aaaaa. aaaaaaaa Aa aaa aaaaaaaa aaa Aaaaaaaaaa aa aaaaaaa Aaaaaa Aaaaaaa aaaaaaaa. aaaaaaaaaa aa Aa Aaaaaaaaa Aaaaaa aaa aaaaa aaaaaaaaaa aaaaaaaa. a aaaaa.",
              "Leave a Reply",
              "A a a a A. a A a A a a A a a a A.",
              "Leave a Reply",
            ],
            true,
            "\n",
            "utf8",
          ],
        ],
      },
    );
  });
});

describe("textToHtml", () => {
  it("gives back only its own paragraph tags, whatever the text", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...payloads), fc.string({ unit: "binary" }))), (paragraphs) => {
        const markup = textToHtml(paragraphs);
        expect(markup.replace(/<\/?p>/g, "")).not.toMatch(/[<>]/);
      }),
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
