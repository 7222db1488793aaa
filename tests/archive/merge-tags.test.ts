import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeTagsAcrossArchive } from "../../src/archive/merge-tags.ts";
import type { Article, Tag } from "../../src/model/article.ts";
import { tagSlug } from "../../src/record/identity.ts";
import { parseArticle } from "../helpers.ts";

const base = parseArticle("base.txt", "A short report for the tests of tag merging.");
const tag = (name: string, kind: Tag["kind"] = "person"): Tag => ({ name, kind, slug: tagSlug(name) });
const article = (file: string, ...tags: Tag[]): Article => ({ ...base, id: file, sourceFile: file, tags });
const names = (articles: readonly Article[]) => Object.fromEntries(articles.map((merged) => [merged.sourceFile, merged.tags.map((found) => `${found.name} (${found.kind})`)]));

describe("merging tags across the archive", () => {
  it("gives a person named with and without a middle initial one tag, the form most articles use", () => {
    const merged = mergeTagsAcrossArchive([
      article("a.txt", tag("John F. Kennedy")),
      article("b.txt", tag("John F. Kennedy")),
      article("c.txt", tag("John Kennedy")),
      article("d.txt", tag("Adlai E. Stevenson"), tag("Adlai Stevenson")),
    ]);
    expect(names(merged)).toEqual({
      "a.txt": ["John F. Kennedy (person)"],
      "b.txt": ["John F. Kennedy (person)"],
      "c.txt": ["John F. Kennedy (person)"],
      "d.txt": ["Adlai E. Stevenson (person)"],
    });
  });

  it("keeps people apart whose middle initials differ", () => {
    const merged = mergeTagsAcrossArchive([article("a.txt", tag("John F. Kennedy")), article("b.txt", tag("John A. Kennedy"))]);
    expect(names(merged)).toEqual({ "a.txt": ["John F. Kennedy (person)"], "b.txt": ["John A. Kennedy (person)"] });
  });

  it("gives a lone surname the full name of the articles it shares a tag with", () => {
    const merged = mergeTagsAcrossArchive([
      article("a.txt", tag("Wang Yi"), tag("China", "place")),
      article("b.txt", tag("Wang"), tag("China", "place")),
      article("c.txt", tag("Wang Qishan"), tag("Shanghai", "place")),
    ]);
    expect(names(merged)["b.txt"]).toEqual(["Wang Yi (person)", "China (place)"]);
  });

  it("leaves a lone surname alone when its only full name is another story's, used once", () => {
    const merged = mergeTagsAcrossArchive([article("a.txt", tag("Berry"), tag("Dallas", "place")), article("b.txt", tag("William Berry Jr."), tag("Atlanta", "place"))]);
    expect(names(merged)["a.txt"]).toEqual(["Berry (person)", "Dallas (place)"]);
  });

  it("gives a lone surname the full name the archive uses far more than any other", () => {
    const often = ["a.txt", "b.txt", "c.txt"].map((file) => article(file, tag("John F. Kennedy"), tag("Congress", "organization")));
    const merged = mergeTagsAcrossArchive([...often, article("d.txt", tag("Robert F. Kennedy")), article("e.txt", tag("Kennedy"), tag("Berlin", "place"))]);
    expect(names(merged)["e.txt"]).toEqual(["John F. Kennedy (person)", "Berlin (place)"]);
  });

  it("gives an organisation with and without its company suffix one tag", () => {
    const merged = mergeTagsAcrossArchive([article("a.txt", tag("Coty Inc.", "organization")), article("b.txt", tag("Coty", "organization")), article("c.txt", tag("Coty", "organization"))]);
    expect(new Set(merged.flatMap((found) => found.tags.map((one) => one.name)))).toEqual(new Set(["Coty"]));
  });

  it("gives a tag one kind, the one most articles give it", () => {
    const merged = mergeTagsAcrossArchive([
      article("a.txt", tag("Air Force", "organization")),
      article("b.txt", tag("Air Force", "organization")),
      article("c.txt", tag("Air Force", "person")),
    ]);
    expect(merged.map((found) => found.tags[0]?.kind)).toEqual(["organization", "organization", "organization"]);
  });

  it("decides the same whatever order the articles come in", () => {
    const articles = [
      article("a.txt", tag("John F. Kennedy"), tag("Congress", "organization")),
      article("b.txt", tag("John Kennedy"), tag("Berlin", "place")),
      article("c.txt", tag("Kennedy"), tag("Congress", "organization")),
      article("d.txt", tag("John Fitzgerald Kennedy")),
      article("e.txt", tag("Robert F. Kennedy"), tag("Berlin", "place")),
      article("f.txt", tag("Coty Inc.", "organization"), tag("Coty", "person")),
    ];
    const expected = names(mergeTagsAcrossArchive(articles));
    fc.assert(
      fc.property(fc.shuffledSubarray(articles, { minLength: articles.length }), (shuffled) => {
        expect(names(mergeTagsAcrossArchive(shuffled))).toEqual(expected);
      }),
    );
  });
});
