import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadPressTexts } from "../../bench/brown-press.ts";
import { latestExplicitDate, notBeforeFromText } from "../../src/parse/not-before.ts";

describe("notBeforeFromText", () => {
  it("takes a month with its year", () => {
    expect(notBeforeFromText("The partnership was first declared in February 2022 in Beijing.")).toBe("2022-02");
  });

  it("keeps the day when the text gives one, and takes the latest date named", () => {
    expect(notBeforeFromText("Talks began on 3 March 2021. They resumed on March 5, 2023, and in May 2022.")).toBe("2023-03-05");
  });

  it("reads ISO dates", () => {
    expect(notBeforeFromText("Figures published 2023-04-05 show a rise.")).toBe("2023-04-05");
  });

  it.each([
    ["relative dates", "Last year the talks failed; today they resume, a year later than planned."],
    ["a day and month without a year", "Wang met Putin on Feb. 21."],
    ["weekdays", "The Pentagon said on Wednesday it would send troops."],
    ["a bare year", "Moscow might invade again as it did in 2014."],
    ["no date at all", "Leaders met in Geneva."],
  ])("ignores %s", (_, text) => {
    expect(notBeforeFromText(text)).toBeNull();
  });
});

describe("notBeforeFromText reads only the stretches around written years", () => {
  const month = fc.constantFrom("January", "Feb.", "March", "Apr", "May", "June", "Sept.", "October", "Dec");
  const year = fc.oneof(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 100, max: 999 }), fc.integer({ min: 0, max: 99 }));
  const day = fc.integer({ min: 1, max: 31 });
  const datePhrase = fc.oneof(
    fc.tuple(month, year).map(([m, y]) => `${m} ${y}`),
    fc.tuple(day, month, year).map(([d, m, y]) => `${d} ${m} ${y}`),
    fc.tuple(month, day, year).map(([m, d, y]) => `${m} ${d}, ${y}`),
    fc.tuple(year, fc.integer({ min: 1, max: 12 }), day).map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
    fc.tuple(month, day, month, day, year).map(([m1, d1, m2, d2, y]) => `from ${m1} ${d1} to ${m2} ${d2}, ${y}`),
    fc.tuple(fc.constantFrom("Monday", "on Thursday", "last year", "today"), month, day).map(([w, m, d]) => `${w}, ${m} ${d}`),
  );
  const filler = fc.oneof(
    fc.constantFrom("the council met", "in Geneva", "said the minister", "(AP)", "at 10 a.m.", "—", "250 people", "Room 1204"),
    fc.integer({ min: 1, max: 60 }).map((words) => "and talks went on ".repeat(words).trim()),
  );
  const text = fc.array(fc.oneof(datePhrase, filler), { maxLength: 14 }).chain((parts) =>
    fc.array(fc.constantFrom(" ", ". ", ", ", "\n", "\n\n"), { minLength: parts.length, maxLength: parts.length }).map((gaps) => parts.map((part, index) => `${part}${gaps[index]}`).join("")),
  );

  it("finds what reading the whole text with chrono finds", () => {
    fc.assert(
      fc.property(text, (generated) => {
        expect(notBeforeFromText(generated)).toBe(latestExplicitDate(generated));
      }),
      { numRuns: 300 },
    );
  });

  it("finds the same in every Brown Corpus press text, the benchmark's articles", async () => {
    const texts = (await loadPressTexts()).map((paragraphs) => paragraphs.join("\n"));
    expect(texts.length).toBeGreaterThan(80);
    for (const pressText of texts) expect(notBeforeFromText(pressText)).toBe(latestExplicitDate(pressText));
  });
});
