import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../src/parse/front-matter.ts";
import { SeedRejection } from "../../src/seeds/problem.ts";

function rejection(source: string): SeedRejection {
  try {
    parseFrontMatter(source);
  } catch (error) {
    if (error instanceof SeedRejection) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}

describe("front matter", () => {
  it("is optional", () => {
    const result = parseFrontMatter("Just text.\n");
    expect(result.fields).toEqual({});
    expect(result.body).toBe("Just text.\n");
    expect(result.bodyLineOffset).toBe(0);
  });

  it("reads every known field and says where the body starts", () => {
    const source = [
      "---",
      "title: Talks in Beijing",
      "date: 2024-05-16",
      "updated: 2024-05-17",
      "author: Jane Doe",
      "source: The Courier",
      "url: https://example.org/talks",
      "tags: [Diplomacy, Trade]",
      "summary: Leaders met.",
      "id: talks-2024",
      "slug: talks-in-beijing",
      "draft: false",
      "lang: en-GB",
      "---",
      "Body.",
    ].join("\n");
    const result = parseFrontMatter(source);
    expect(result.fields).toEqual({
      title: "Talks in Beijing",
      date: "2024-05-16",
      updated: "2024-05-17",
      author: "Jane Doe",
      source: "The Courier",
      url: "https://example.org/talks",
      tags: ["Diplomacy", "Trade"],
      summary: "Leaders met.",
      id: "talks-2024",
      slug: "talks-in-beijing",
      draft: false,
      lang: "en-GB",
    });
    expect(result.body).toBe("Body.");
    expect(result.bodyLineOffset).toBe(14);
    expect(result.warnings).toEqual([]);
  });

  it("keeps unknown fields and warns about each once", () => {
    const result = parseFrontMatter("---\ntitle: A\nsection: World\n---\nBody.");
    expect(result.extra).toEqual({ section: "World" });
    expect(result.warnings).toEqual(['front matter: unknown field "section" is kept on the record but not used']);
  });

  it("names the field and line of a date that is not on the calendar", () => {
    const error = rejection("---\ntitle: A\n\ndate: 2024-02-30\n---\nBody.");
    expect(error.line).toBe(4);
    expect(error.message).toContain("date");
    expect(error.message).toContain("is not a calendar date");
    expect(error.message).toContain("2024-02-30");
  });

  it("refuses a date that is not a date", () => {
    const error = rejection("---\ndate: yesterday\n---\nBody.");
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/date must be a date written YYYY-MM-DD/);
  });

  it("refuses wrong types with the field's line", () => {
    expect(rejection("---\ntitle: [a, b]\n---\nBody.").line).toBe(2);
    expect(rejection("---\ntitle: x\ndraft: maybe\n---\nBody.").message).toContain("draft");
  });

  it("refuses an address that is not http(s)", () => {
    expect(rejection("---\nurl: javascript:alert(1)\n---\nBody.").message).toContain("url must be an http:// or https:// address");
  });

  it("gives the YAML error's line", () => {
    const error = rejection('---\ntitle: ok\nauthor: "unclosed\n---\nBody.');
    expect(error.message).toMatch(/^front matter: /);
    expect(error.line).toBeGreaterThanOrEqual(3);
  });

  it("refuses a block that never closes", () => {
    const error = rejection("---\ntitle: A\nThe body starts here.\n");
    expect(error.line).toBe(1);
    expect(error.message).toContain("never closes");
  });

  it("accepts a single tag given as text and numeric ids", () => {
    const result = parseFrontMatter("---\ntags: Diplomacy\nid: 42\n---\nBody.");
    expect(result.fields.tags).toEqual(["Diplomacy"]);
    expect(result.fields.id).toBe("42");
  });
});
