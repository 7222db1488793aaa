/**
 * The sites every site test looks at, built once per test run by
 * `tests/site/global-setup.ts` from the real seeds: one at the root, one under
 * a path prefix with a site address, as a newsroom would host it.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { inject } from "vitest";

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
    chromiumPath: string;
  }
}

export function rootSite(): BuiltSite {
  return inject("rootSite");
}

export function prefixedSite(): BuiltSite {
  return inject("prefixedSite");
}

export function chromiumPath(): string {
  return inject("chromiumPath");
}

/** Every file of a built site, as paths relative to its folder with `/` separators. */
export async function siteFiles(site: BuiltSite): Promise<string[]> {
  const entries = await readdir(site.folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(site.folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}
