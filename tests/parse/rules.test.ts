/**
 * Every boilerplate rule against its own fixture file
 * (`tests/fixtures/rules/<rule>.yaml`), run through the whole chain so that a
 * case also proves no other rule claims the text first.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/parse/blocks.ts";
import { classifyBlocks } from "../../src/parse/classify.ts";
import { boilerplateRules } from "../../src/parse/rules/index.ts";
import { fixturesDir } from "../helpers.ts";

interface RuleCase {
  text?: string;
  blocks?: string[];
  index?: number;
  title?: string | null;
  expect: "remove" | "keep" | "credit" | "strip";
  prefix?: string;
}

function toBlocks(texts: string[]): Block[] {
  return texts.map((text, index) => ({ text, source: text, line: index * 2 + 1, lineCount: 1 }));
}

function outcome(testCase: RuleCase) {
  const texts = testCase.blocks ?? ["An opening paragraph of the article, as plain as can be.", testCase.text ?? "", "A closing paragraph that follows it."];
  const index = testCase.blocks ? (testCase.index ?? 0) : 1;
  const blocks = toBlocks(texts);
  const result = classifyBlocks(blocks, testCase.title ?? null);
  const line = blocks[index]?.line;
  return {
    removed: result.removed.filter((removal) => removal.line === line),
    credit: result.credits.includes(texts[index] ?? ""),
    kept: result.paragraphs.find((paragraph) => paragraph.line === line)?.text ?? null,
    original: texts[index] ?? "",
  };
}

describe.each(boilerplateRules.map((rule) => [rule.name, rule] as const))("rule %s", (name, rule) => {
  const cases = yaml.load(readFileSync(path.join(fixturesDir, "rules", `${name}.yaml`), "utf8")) as RuleCase[];

  it("has a reason and fixtures that exercise it", () => {
    expect(rule.reason.length).toBeGreaterThan(3);
    expect(cases.some((testCase) => testCase.expect !== "keep")).toBe(true);
    expect(cases.some((testCase) => testCase.expect === "keep")).toBe(true);
  });

  it.each(cases.map((testCase) => [testCase.text ?? testCase.blocks?.[testCase.index ?? 0] ?? "", testCase] as const))("%s", (_label, testCase) => {
    const result = outcome(testCase);
    if (testCase.expect === "keep") {
      expect(result.removed).toEqual([]);
      expect(result.kept).toBe(result.original);
    } else if (testCase.expect === "credit") {
      expect(result.credit).toBe(true);
      expect(result.kept).toBeNull();
    } else if (testCase.expect === "remove") {
      expect(result.removed.map((removal) => removal.rule)).toEqual([name]);
      expect(result.kept).toBeNull();
    } else {
      expect(result.removed.map((removal) => [removal.rule, removal.text])).toEqual([[name, testCase.prefix]]);
      expect(result.kept).toBe(result.original.slice(testCase.prefix?.length ?? 0).trim());
    }
  });
});
