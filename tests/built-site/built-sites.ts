/**
 * The sites every site test looks at, built once per test run by
 * `tests/built-site/global-setup.ts` from the real seeds: one at the root, one under
 * a path prefix with a site address, as a newsroom would host it.
 */
import { inject } from "vitest";
import { listFiles } from "../helpers.ts";

export interface BuiltSite {
  folder: string;
  /** The `ARCHIVE_PATH_PREFIX` it was built with. */
  pathPrefix: string;
  /** The `ARCHIVE_SITE_URL` it was built with, or null. */
  siteUrl: string | null;
}

declare module "vitest" {
  export interface ProvidedContext {
    rootSite: BuiltSite;
    prefixedSite: BuiltSite;
    shardedSite: BuiltSite;
    chromiumPath: string;
  }
}

export function rootSite(): BuiltSite {
  return inject("rootSite");
}

export function prefixedSite(): BuiltSite {
  return inject("prefixedSite");
}

/** Generated articles (`marked-seeds.ts`), enough for a search index in several shards, under a path prefix. */
export function shardedSite(): BuiltSite {
  return inject("shardedSite");
}

export function chromiumPath(): string {
  return inject("chromiumPath");
}

/** Every file of a built site, as paths relative to its folder with `/` separators. */
export function siteFiles(site: BuiltSite): Promise<string[]> {
  return listFiles(site.folder);
}
