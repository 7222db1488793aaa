/**
 * Front matter as people really type it, and as an attacker would: every
 * case ends in a record or a rejection that names the line, never a crash,
 * never code run by the YAML or front-matter reader.
 */
import { describe, expect, it } from "vitest";
import { parseSeed, type SeedOutcome } from "../../src/record/parse-seed.ts";
import { seedFile } from "../helpers.ts";

const body = "The council met on Tuesday and agreed the budget.\n";

function outcomeOf(frontMatter: string, text = body): SeedOutcome {
  return parseSeed(seedFile("story.txt", `---\n${frontMatter}\n---\n${text}`));
}

describe("hostile front matter", () => {
  it.each([
    // The YAML reader finds an unclosed quote where the block ends, on the closing ---.
    ["an unclosed quote", 'title: "Talks resume', 3, "front matter: unexpected end of the stream within a double quoted scalar"],
    ["a tab for indentation", "title: Talks\ntags:\n\t- Trade", 4, "front matter:"],
    ["a date that is a word", "date: yesterday", 2, 'front matter: date must be a date written YYYY-MM-DD (given "yesterday")'],
    ["a list as the title", "title: [a, b]", 2, "front matter: title"],
    ["a mapping as the author", "author: {name: Jane}", 2, "front matter: author"],
    ["a number as the date", "date: 20240516", 2, "front matter: date"],
    ["a javascript: address as the url", "url: javascript:alert(1)", 2, "must be an http:// or https:// address"],
    ["a list where text is expected", "title: Talks\nsummary:\n  - one\n  - two", 3, "front matter: summary"],
  ])("rejects %s, naming the line", (_, frontMatter, line, message) => {
    const outcome = outcomeOf(frontMatter);
    expect(outcome.kind).toBe("rejected");
    if (outcome.kind !== "rejected") return;
    expect(outcome.problem.message).toContain(message);
    expect(outcome.problem.line).toBe(line);
  });

  it("takes a number as a single tag, since a tag is a word", () => {
    const outcome = outcomeOf("tags: 5");
    expect(outcome.kind === "article" && outcome.article.tags.some((tag) => tag.name === "5")).toBe(true);
  });

  it("keeps unknown fields on the record and warns about each", () => {
    const outcome = outcomeOf("colour: blue\nweight: 3");
    if (outcome.kind !== "article") throw new Error(outcome.kind);
    expect(outcome.article.extra).toEqual({ colour: "blue", weight: 3 });
    expect(outcome.article.warnings).toContain('front matter: unknown field "colour" is kept on the record but not used');
  });

  it("rejects front matter that never closes, on line 1", () => {
    const outcome = parseSeed(seedFile("open.txt", "---\ntitle: Talks\n\nThe council met.\n"));
    expect(outcome).toEqual({ kind: "rejected", problem: { file: "open.txt", line: 1, message: expect.stringContaining("never closes") as unknown } });
  });

  it("rejects a document that is only front matter, saying there is no text", () => {
    const outcome = parseSeed(seedFile("only.txt", "---\ntitle: Talks resume\n---\n"));
    expect(outcome.kind === "rejected" && outcome.problem.message).toBe("the file has no article text");
  });

  it("never runs JavaScript front matter (gray-matter's ---js engine): it stays text", () => {
    const marker = "__newsArchivePwned";
    const outcome = parseSeed(seedFile("js.txt", `---js\n{ title: (globalThis.${marker} = "ran") }\n---\n${body}`));
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    expect(outcome.kind).toBe("article");
  });

  it("does not let a __proto__ key pollute objects", () => {
    const outcome = outcomeOf("__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(outcome.kind).not.toBe(undefined);
  });

  it("refuses YAML aliases that expand exponentially (a billion laughs) instead of exhausting memory", () => {
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let level = 1; level < 10; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    const outcome = outcomeOf(levels.join("\n"));
    expect(outcome.kind).toBe("rejected");
    if (outcome.kind === "rejected") expect(outcome.problem.message).toContain("front matter: too large");
  });

  it("refuses a value nested deeper than anything an article needs", () => {
    const outcome = outcomeOf(`nested: ${"[".repeat(50)}${"]".repeat(50)}`);
    expect(outcome.kind === "rejected" && outcome.problem.message).toContain("too deeply nested");
  });
});
