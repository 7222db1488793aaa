import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findRelated, maxRelated } from "../../src/archive/related.ts";
import { jaccard, shingles } from "../../src/archive/same-story.ts";
import { notBeforeFromText } from "../../src/parse/not-before.ts";
import { parseArticle } from "../helpers.ts";

const word = fc.constantFrom("harbour", "vaccine", "chess", "council", "budget", "river", "strike", "election", "museum", "railway", "drought", "festival");
const paragraph = fc.array(word, { minLength: 4, maxLength: 30 }).map((words) => `${words.join(" ")}.`);

describe("same-story similarity", () => {
  it("is symmetric, between 0 and 1, and 1 for a text with itself", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), fc.array(paragraph, { minLength: 1, maxLength: 3 }), (a, b) => {
        const [x, y] = [shingles(a), shingles(b)];
        expect(jaccard(x, y)).toBe(jaccard(y, x));
        expect(jaccard(x, y)).toBeGreaterThanOrEqual(0);
        expect(jaccard(x, y)).toBeLessThanOrEqual(1);
        expect(jaccard(x, x)).toBe(1);
      }),
    );
  });
});

describe("findRelated", () => {
  it("links every article to at most five others, never itself, and only to articles of the archive", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 12 }), (texts) => {
        const articles = texts.map((text, index) => parseArticle(`${index}.txt`, text));
        const ids = new Set(articles.map((article) => article.id));
        for (const [id, related] of findRelated(articles)) {
          expect(related.length).toBeLessThanOrEqual(maxRelated);
          expect(related).not.toContain(id);
          expect(new Set(related).size).toBe(related.length);
          for (const other of related) expect(ids.has(other)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("notBeforeFromText", () => {
  const month = fc.constantFrom("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");
  it("gives the latest of the month-and-year dates a text names", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(month, fc.integer({ min: 1950, max: 2049 })), { minLength: 1, maxLength: 4 }), (dates) => {
        const text = dates.map(([name, year]) => `Talks were held in ${name} ${year} in Geneva.`).join(" ");
        const expected = dates.map(([name, year]) => `${year}-${String(new Date(`${name} 1, 2000`).getMonth() + 1).padStart(2, "0")}`).sort().at(-1);
        expect(notBeforeFromText(text)).toBe(expected);
      }),
      { numRuns: 50 },
    );
  });
});
