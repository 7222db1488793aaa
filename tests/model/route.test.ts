/** Routes: an address is made from a URL pattern and parameters that are slugs, and matched back. */
import { describe, expect, it } from "vitest";
import { pageUrl, route } from "../../src/model/route.ts";

describe("a route", () => {
  it("fills in and matches its parameters, and the later pages of a paginated route", () => {
    const tag = route("/tags/:slug/", { paginated: true });
    expect(tag.url({ slug: "xi-jinping" })).toBe("/tags/xi-jinping/");
    expect(tag.matches("/tags/xi-jinping/")).toBe(true);
    expect(tag.matches(pageUrl("/tags/xi-jinping/", 3))).toBe(true);
    expect(tag.matches("/tags/")).toBe(false);
    expect(tag.matches("/tags/a/b/")).toBe(false);
    const month = route("/archive/:year/:month/");
    expect(month.url({ year: "1961", month: "05" })).toBe("/archive/1961/05/");
    expect(month.matches("/archive/1961/05/page/2/")).toBe(false);
    expect(route("/feed.xml").matches("/feedxxml")).toBe(false);
  });

  it("refuses a parameter that is not a slug, so no text can make an address outside its folder", () => {
    const tag = route("/tags/:slug/");
    for (const value of ["", "../etc", "a/b", "Capital", "a b", "-a", "a--b", "%2e%2e"]) expect(() => tag.url({ slug: value }), value).toThrow(/must be a slug/);
  });
});
