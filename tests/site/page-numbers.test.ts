import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pageNumbersToShow } from "../../src/site/page-numbers.ts";

describe("pageNumbersToShow", () => {
  it("shows every page of a short listing", () => {
    expect(pageNumbersToShow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("shows the first, the last and the neighbours of the current page of a long one, with gaps", () => {
    expect(pageNumbersToShow(50, 500)).toEqual([1, null, 48, 49, 50, 51, 52, null, 500]);
    expect(pageNumbersToShow(1, 500)).toEqual([1, 2, 3, null, 500]);
    expect(pageNumbersToShow(4, 500)).toEqual([1, 2, 3, 4, 5, 6, null, 500]);
  });

  it("always includes the first, current and last page in order, never two gaps in a row, and at most 9 entries", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }).chain((count) => fc.tuple(fc.integer({ min: 1, max: count }), fc.constant(count))), ([current, count]) => {
        const shown = pageNumbersToShow(current, count);
        const numbers = shown.filter((entry): entry is number => entry !== null);
        expect(numbers).toContain(1);
        expect(numbers).toContain(current);
        expect(numbers).toContain(count);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        expect(shown.some((entry, index) => entry === null && shown[index + 1] === null)).toBe(false);
        expect(shown.length).toBeLessThanOrEqual(9);
      }),
    );
  });
});
