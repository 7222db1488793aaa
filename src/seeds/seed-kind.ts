/**
 * What kind of seed a file is, from its name (and, for a page from a web
 * archive, its capture): kept apart from the parser so the build can plan
 * the parsing (how many workers) without loading it.
 */
import type { SeedFile } from "./find.ts";

const savedPageName = /\.html?$/i;

/** A saved web page: an `.html` or `.htm` file, or a page captured in a web archive. */
export function isSavedPage(seed: SeedFile): boolean {
  return seed.capture !== undefined || savedPageName.test(seed.path);
}
