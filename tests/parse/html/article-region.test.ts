/** The article region: Readability's choice, or the whole body (with a warning) when Readability fails. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { articleRegion } from "../../../src/parse/html/article-region.ts";
import { parseDocument, type DomDocument } from "../../../src/parse/html/dom.ts";

const text = "Talks between the two delegations resumed in Geneva on Thursday after a pause of three weeks, officials said.";

describe("articleRegion", () => {
  it("is the article Readability finds, without the page's navigation", () => {
    const page = `<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><p>${text}</p><p>${text}</p></article></body></html>`;
    const { region, warning } = articleRegion(parseDocument(page), () => parseDocument(page));
    expect(warning).toBeNull();
    expect(region?.textContent).toContain(text);
    expect(region?.textContent).not.toContain("World");
  });

  it("is the body of a fresh copy of the page, with a warning, when Readability throws", () => {
    // A document without a root element, which parseDocument never gives: Readability cannot read it.
    const broken = parseHTML("no element at all").document as unknown as DomDocument;
    const { region, warning } = articleRegion(broken, () => parseDocument(`<p>${text}</p><script>alert(1)</script>`));
    expect(warning).toMatch(/^the article extractor failed on this page's markup \(.+\); the text of the whole page was read and cleaned$/);
    expect(region?.textContent).toBe(text);
  });
});
