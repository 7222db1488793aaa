/**
 * Whole seeds with the boilerplate of real pages around a story, each written
 * for this test (`tests/fixtures/documents/`): the title, the paragraphs and
 * the credits the parser must make of them, exactly. Every line that is not
 * in the body must be recorded as a removal or a credit.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { parseSeed } from "../../src/record/parse-seed.ts";
import { fixturesDir } from "../helpers.ts";

interface DocumentCase {
  seed: string;
  title: string;
  titleSource: string;
  body: string[];
  credits: string[];
}

const folder = path.join(fixturesDir, "documents");
const cases = readdirSync(folder)
  .filter((name) => name.endsWith(".yaml"))
  .map((name) => [name, yaml.load(readFileSync(path.join(folder, name), "utf8")) as DocumentCase] as const);

describe.each(cases)("%s", (name, document) => {
  const outcome = parseSeed({ path: name.replace(/\.yaml$/, ".txt"), bytes: new TextEncoder().encode(document.seed) });
  const article = outcome.kind === "article" ? outcome.article : null;

  it("gives the expected title, body and credits", () => {
    expect(article?.title).toBe(document.title);
    expect(article?.titleSource).toBe(document.titleSource);
    expect(article?.paragraphs).toEqual(document.body);
    expect(article?.credits).toEqual(document.credits);
  });

  it("accounts for every other line as a removal, with a reason", () => {
    const accounted = [article?.title ?? "", ...(article?.paragraphs ?? []), ...(article?.credits ?? []), ...(article?.removed ?? []).map((removal) => removal.text)].join("\n");
    for (const line of document.seed.split("\n").map((text) => text.trim())) {
      if (line !== "") expect(accounted, line).toContain(line);
    }
    for (const removal of article?.removed ?? []) expect(removal.reason.length).toBeGreaterThan(3);
  });
});
