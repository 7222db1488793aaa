/**
 * What the types keep a page kind to, checked by `tsc` when `npm test` runs
 * (each `@ts-expect-error` fails the type check if its line compiles): a
 * template sees its entry and the site and nothing else, shows no links of
 * an article's record, and a digest stands for every field of its entry.
 */
import { expect, it } from "vitest";
import type { ArticleDigest, Digest, Site } from "../../src/site/page-kind.ts";
import { articlePages, type ArticlePage } from "../../templates/article.ts";
import type { TagListing } from "../../templates/tag.ts";

it("keeps a template to its entry and the site", () => {
  const readsTheArchive = (_entry: ArticlePage, site: Site) =>
    // @ts-expect-error the site a template receives holds settings, navigation and routes, not the archive
    String(site.archive);
  const readsRelatedIds = (entry: ArticlePage) =>
    // @ts-expect-error an article's related ids are not shown from the record (its digest leaves them out), only from the entry's links
    entry.article.related.length;
  const readsVersionOf = (entry: TagListing) =>
    // @ts-expect-error nor the story it is a version of
    entry.items.map((item) => item.versionOf);
  expect([readsTheArchive, readsRelatedIds, readsVersionOf]).toHaveLength(3);
});

it("makes a digest account for every field, with records standing by their hash", () => {
  const keepsTheRecord = (entry: ArticlePage): Digest<ArticlePage> =>
    // @ts-expect-error a whole record in a digest: the record's hash must stand for it
    ({ ...entry });
  const dropsAField = (entry: ArticlePage, article: ArticleDigest): Digest<ArticlePage> => {
    const { related, ...rest } = entry;
    void related;
    // @ts-expect-error a digest without the related links would carry a page over when they change
    return { ...rest, article: article(entry.article) };
  };
  const complete = (entry: ArticlePage, article: ArticleDigest): Digest<ArticlePage> => ({ ...entry, article: article(entry.article) });
  expect([keepsTheRecord, dropsAField, complete, articlePages.digest]).toHaveLength(4);
});
