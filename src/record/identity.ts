/**
 * Identity of a seed: its id, its slug and the hash of its bytes. Ids are
 * stable across edits of the text: from front matter, else the hex id a
 * scraper put in the file name (`000_e6d30eb71dfbbe6e.txt`), else a hash of
 * the file's path. Slugs derived from titles carry the id, so two articles
 * with the same title never compete for a URL, and adding a file never
 * changes another article's address.
 */
import { createHash } from "node:crypto";
import { slugify } from "../parse/text.ts";

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function idFromFileName(fileName: string): string | null {
  const stem = fileName.replace(/\.[^.]+$/, "");
  return /(?:^|[_-])([0-9a-f]{12,64})$/i.exec(stem)?.[1]?.toLowerCase() ?? null;
}

export function idFromPath(sourceFile: string): string {
  return sha256Hex(sourceFile.normalize("NFC")).slice(0, 16);
}

export function derivedSlug(title: string, id: string): string {
  const idPart = slugify(id, 64) || sha256Hex(id).slice(0, 16);
  const titlePart = slugify(title, 60);
  return titlePart === "" ? idPart : `${titlePart}-${idPart}`;
}
