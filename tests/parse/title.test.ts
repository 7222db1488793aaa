import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/parse/sentences.ts";
import { maxTitleLength, titleFromLead } from "../../src/parse/title.ts";

describe("splitSentences", () => {
  it("does not end a sentence at an abbreviation or initialism", () => {
    expect(splitSentences("Wang met Putin on Feb. 21 in Moscow. They talked.")).toEqual(["Wang met Putin on Feb. 21 in Moscow.", "They talked."]);
    expect(splitSentences("Marine Corps Lt. Gen. Karsten Heckl said so. Then he left.")).toHaveLength(2);
    expect(splitSentences("Pressure from the U.S. and its allies grew. Russia denied it.")).toHaveLength(2);
  });

  it("ends a sentence inside closing quotes", () => {
    expect(splitSentences("He said “no.” Then he left.")).toEqual(["He said “no.”", "Then he left."]);
  });
});

describe("titleFromLead", () => {
  it("keeps a short lead sentence whole, without its full stop", () => {
    expect(titleFromLead("Parliament passed the budget on Tuesday. More follows.")).toBe("Parliament passed the budget on Tuesday");
  });

  it("cuts a long sentence at a clause boundary", () => {
    const lead = "Communist China is pledging to deepen its cooperation with Russia, further cementing the ties between the authoritarian powers.";
    expect(titleFromLead(lead)).toBe("Communist China is pledging to deepen its cooperation with Russia");
  });

  it("does not cut between two names joined by and", () => {
    const title = titleFromLead(
      "Earlier today, a meeting in Beijing between China’s Xi Jinping and Russia’s Vladimir Putin marked another step in strengthening the ties between two rivals.",
    );
    expect(title).not.toBe("Earlier today, a meeting in Beijing between China’s Xi Jinping");
    expect(title.endsWith("…")).toBe(true);
  });

  it("never cuts inside a word and never exceeds the limit", () => {
    const lead = `${"Extraordinarily ".repeat(12)}long sentences without any clause boundary keep going and going.`;
    const title = titleFromLead(lead);
    expect(title.replace(/…$/, "").length).toBeLessThanOrEqual(maxTitleLength);
    expect(lead.startsWith(title.replace(/…$/, ""))).toBe(true);
    expect(lead.charAt(title.replace(/…$/, "").length)).toBe(" ");
  });
});
