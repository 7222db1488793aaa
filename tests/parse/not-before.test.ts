import { describe, expect, it } from "vitest";
import { notBeforeFromText } from "../../src/parse/not-before.ts";

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
