/** Every generated HTML page is valid HTML by html-validate's recommended rules, at the root and under a path prefix. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { prefixedSite, rootSite, siteFiles } from "./built-sites.ts";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // An article's title is its headline, up to about 100 characters by design; the 70-character limit is a search-engine heuristic, not validity.
    "long-title": "off",
  },
});

describe.each([
  ["at the root", rootSite],
  ["under the path prefix /archive/", prefixedSite],
])("the HTML of the site %s", (_label, site) => {
  it("has no errors on any page", async () => {
    const pages = (await siteFiles(site())).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(await readFile(path.join(site().folder, page), "utf8"), page);
      for (const result of report.results) for (const message of result.messages) problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    expect(problems).toEqual([]);
  });
});

describe("the validator", () => {
  it("reports markup that is not valid", async () => {
    const report = await validator.validateString('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><article><meta content="2024"></article></body></html>', "bad.html");
    expect(report.valid).toBe(false);
  });
});
