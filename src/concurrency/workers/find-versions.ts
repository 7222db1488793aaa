/**
 * Finding the versions of one story (`findVersions`) in a worker thread,
 * beside the build's own thread, which finds the related articles meanwhile
 * (`src/build.ts`).
 */
import type { VersionSource } from "../../archive/same-story.ts";
import type { Article } from "../../model/article.ts";

export { findVersions as default } from "../../archive/same-story.ts";

/** Only what `findVersions` reads crosses to the worker, not the HTML and the rest of each record. */
export function versionSources(articles: readonly Article[]): VersionSource[] {
  return articles.map(({ id, paragraphs }) => ({ id, paragraphs }));
}
