/**
 * Every boilerplate rule against its own fixture file
 * (`tests/fixtures/rules/<rule>.yaml`), run through the whole classifier so
 * that a case also proves no other rule claims the text first. A case with
 * `text` puts it between two paragraphs of a story, so it stands inside the
 * story's span; a case with `blocks` is a small document of its own, for the
 * rules that look at where a line stands.
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
  /** The case's line recurs in other seeds of the archive. */
  recurs?: boolean;
  expect: "remove" | "keep" | "credit" | "strip" | "strip-suffix";
  prefix?: string;
  suffix?: string;
}

const storyBefore =
  "The city council voted on Tuesday to approve a new budget for the coming year, after a long debate over how much the city should spend on its roads, its parks and its police.";
const storyAfter =
  "The budget takes effect in July, and the mayor said she expected the first of the road repairs to begin well before the end of the summer, once the contracts are signed.";

function toBlocks(texts: string[]): Block[] {
  return texts.map((text, index) => ({ text, source: text, line: index * 2 + 1, lineCount: 1 }));
}

function outcome(testCase: RuleCase) {
  const texts = testCase.blocks ?? [storyBefore, testCase.text ?? "", storyAfter];
  const index = testCase.blocks ? (testCase.index ?? 0) : 1;
  const blocks = toBlocks(texts);
  const recurring = testCase.recurs ? texts[index] : undefined;
  const result = classifyBlocks(blocks, testCase.title ?? null, { recurs: (text) => text === recurring });
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
    } else if (testCase.expect === "strip-suffix") {
      expect(result.removed.map((removal) => [removal.rule, removal.text])).toEqual([[name, testCase.suffix]]);
      expect(result.kept).toBe(result.original.slice(0, result.original.length - (testCase.suffix?.length ?? 0)).trim());
    } else {
      expect(result.removed.map((removal) => [removal.rule, removal.text])).toEqual([[name, testCase.prefix]]);
      expect(result.kept).toBe(result.original.slice(testCase.prefix?.length ?? 0).trim());
    }
  });
});
