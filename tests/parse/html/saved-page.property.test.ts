/**
 * Saved pages from generated input: arbitrary bytes and text, and pages
 * built from hostile fragments (scripts, event handlers, `javascript:`
 * links, broken nesting), always give a record or a named rejection, and a
 * record's body never holds markup that runs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedFile } from "../../helpers.ts";
import { brokenPromise, payloads } from "../../hostile/hostile-seeds.ts";

const sentence = fc.array(fc.stringMatching(/^[A-Za-z][a-z]{0,9}$/), { minLength: 3, maxLength: 16 }).map((words) => `${words.join(" ")}.`);
const fragment = fc.oneof(
  { weight: 4, arbitrary: sentence.map((text) => `<p>${text}</p>`) },
  { weight: 2, arbitrary: fc.constantFrom(...payloads) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("div", "section", "article", "ul", "li", "figure", "figcaption", "table", "td", "a", "span", "form", "p"), sentence).map(([tag, text]) => `<${tag}>${text}`) },
  { weight: 1, arbitrary: fc.constantFrom("</div>", "</p>", "</article>", "<br>", "<hr>", "</body>", "<html>", "<head><title>Title</title></head>", '<a href="javascript:alert(1)">') },
);
const page = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join("\n"));

describe("parseSeed on generated saved pages", () => {
  it("keeps its promises on arbitrary bytes and text as .html", () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }).map((bytes) => ({ path: "a.html", bytes })), fc.string({ maxLength: 400 }).map((text) => seedFile("b.htm", text))), (seed) => {
        expect(brokenPromise(seed).problem).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("keeps its promises on pages made of hostile fragments", () => {
    fc.assert(
      fc.property(page, (html) => {
        expect(brokenPromise(seedFile("page.html", html)).problem).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
