import { describe, expect, it } from "vitest";
import { extractEntities } from "../../src/entities/extract.ts";
import { findMentions } from "../../src/entities/mentions.ts";
import { evaluateTags, tagTargets } from "../../scripts/tag-evaluation.ts";

const names = (...paragraphs: string[]) => extractEntities({ title: "", paragraphs }).map((entity) => entity.name);
const entity = (name: string, ...paragraphs: string[]) => extractEntities({ title: "", paragraphs }).find((found) => found.name === name);

describe("extractEntities", () => {
  it("takes the name after a title as a person, whatever the title", () => {
    expect(entity("James B. Parsons", "Judge James B. Parsons heard the case.", "Judge Parsons then adjourned.")?.kind).toBe("person");
    expect(names("Coach Bill Meek praised the team.", "Meek said the players worked hard.")).toContain("Bill Meek");
    expect(names("NATO Secretary General Jens Stoltenberg spoke.", "Stoltenberg said allies agreed.")).toContain("Jens Stoltenberg");
  });

  it("counts 'the President' for the one person the article names with that title", () => {
    const withCoreference = entity("Kennedy", "Aides met as President Kennedy wrote.", "The President spent the weekend writing.", "Later the President returned.");
    expect(withCoreference?.score).toBeGreaterThan(entity("Kennedy", "Aides met as President Kennedy wrote.")?.score ?? 0);
  });

  it("keeps particles inside names and splits a person from the place they are from", () => {
    expect(names("European Commission President Ursula von der Leyen spoke.", "Von der Leyen said more would follow.")).toContain("Ursula von der Leyen");
    const found = names("Rep. Charles E. Hughes of Sherman sponsored the bill.", "Hughes said it would pass.");
    expect(found).toContain("Charles E. Hughes");
    expect(found).not.toContain("Charles E. Hughes of Sherman");
  });

  it("does not split an organisation at an adjective of nationality", () => {
    const found = names("The American Football League opened its season.", "The American Football League said crowds grew.");
    expect(found).toContain("American Football League");
    expect(found).not.toContain("United States");
  });

  it("names the place a governor serves, and counts it again when named alone", () => {
    expect(entity("Okinawa", "Okinawa Governor Denny Tamaki welcomed the news.", "Troops will leave Okinawa next year.")?.kind).toBe("place");
  });

  it("gives a lone surname to the person the article is most about", () => {
    const found = names("Mayor William B. Hartsfield filed suit against Pearl Williams Hartsfield.", "Hartsfield has been mayor since 1937.", "Hartsfield will retire.");
    expect(found).toContain("William B. Hartsfield");
    expect(found).not.toContain("Hartsfield");
  });

  it("merges U.S., US and United States, and CCP with the Chinese Communist Party", () => {
    const found = names("The U.S. and the CCP traded words.", "US officials said the United States would respond to the Chinese Communist Party.");
    expect(found).toEqual(expect.arrayContaining(["United States", "Chinese Communist Party"]));
    expect(found).not.toEqual(expect.arrayContaining(["US"]));
    expect(found).not.toEqual(expect.arrayContaining(["CCP"]));
  });

  it("ranks what the title and lead name above what the end mentions once", () => {
    const found = extractEntities({ title: "Germany and France agree on a budget", paragraphs: ["Germany and France agreed a budget on Monday.", "Officials said Poland was consulted."] });
    expect(found[0]?.name).toMatch(/^(Germany|France)$/);
    expect(found.map((candidate) => candidate.name)).not.toContain("Poland");
  });
});

describe("findMentions", () => {
  it("takes no name from a run of capitals longer than any name, such as a headline in Title Case", () => {
    const headline = "Michael Cohen Is Accused Of Telling Lies During Trump Hush-Money Trial";
    expect(findMentions(`${headline}, the report said.`, 2, 0)).toEqual([]);
    expect(findMentions("Delegates of the Union of Soviet Socialist Republics arrived.", 2, 0).map((mention) => mention.tokens.join(" "))).toEqual([
      "Delegates",
      "Union of Soviet Socialist Republics",
    ]);
  });
});

describe("the labelled fixture set", () => {
  it(`meets the targets: recall of central tags >= ${tagTargets.recall}, precision >= ${tagTargets.precision}`, async () => {
    const evaluation = await evaluateTags();
    expect(evaluation.records.length).toBeGreaterThanOrEqual(25);
    expect(evaluation.recall).toBeGreaterThanOrEqual(tagTargets.recall);
    expect(evaluation.precision).toBeGreaterThanOrEqual(tagTargets.precision);
  });
});
