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

/**
 * A crawled page's id, from its address (without the `#fragment`, which never
 * reaches the server): the same page captured in a later crawl keeps its id
 * and so its address in the archive.
 */
export function idFromUrl(url: string): string {
  return sha256Hex(url.replace(/#.*$/s, "")).slice(0, 16);
}

/**
 * Names Windows cannot use for a folder (and so for `/articles/<slug>/`):
 * an archive built on Linux must still copy to any machine.
 */
const reservedNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
const slugSafe = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const maxIdPartLength = 64;
const maxTagSlugLength = 80;

export function isReservedSlug(slug: string): boolean {
  return reservedNames.test(slug);
}

/**
 * What a tag's name may lose on the way to its slug and stay the same name:
 * case, accents, spaces, dashes, brackets, quotes and sentence punctuation
 * ("U.S." and "US", "Sinn Féin" and "sinn fein" are one tag).
 */
const separators = /[\s\p{Pd}\p{Pc}\p{Ps}\p{Pe}\p{Pi}\p{Pf}.,:;!?'"/\\]/u;

/** Whether `slug` still tells `name` apart from every name that does not differ from it only in what `separators` allows. */
function slugKeepsName(name: string, slug: string): boolean {
  if (slug === "" || slugify(name, Number.MAX_SAFE_INTEGER) !== slug) return false;
  const folded = name.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/&/g, " and ");
  return [...folded].every((character) => /[a-z0-9]/.test(character) || separators.test(character));
}

/**
 * A tag's slug, the folder of `/tags/<slug>/`: never empty, never a name
 * Windows reserves, and never the slug of another name. A name the slug
 * cannot spell whole (other scripts, "C#" and "C++" beside "C", a name cut
 * at 80 characters) gets a short hash of the name, as ids do.
 */
export function tagSlug(name: string): string {
  const slug = slugify(name);
  if (!slugKeepsName(name, slug)) {
    const hash = sha256Hex(name.normalize("NFC")).slice(0, 8);
    return slug === "" ? hash : `${slugify(name, maxTagSlugLength - hash.length - 1)}-${hash}`;
  }
  return isReservedSlug(slug) ? `${slug}-tag` : slug;
}

/**
 * The id as a URL part. An id that is already URL-safe is used as it is; any
 * other (capitals, punctuation, `../`, other scripts, very long) is slugified
 * and given a short hash of the id itself, so ids that slugify alike ("A.B"
 * and "a-b", or two long ids with the same beginning) never share a URL.
 */
function idPart(id: string): string {
  if (slugSafe.test(id) && id.length <= maxIdPartLength && !isReservedSlug(id)) return id;
  const hash = sha256Hex(id.normalize("NFC")).slice(0, 8);
  const readable = slugify(id, maxIdPartLength - hash.length - 1);
  return readable === "" ? hash : `${readable}-${hash}`;
}

export function derivedSlug(title: string, id: string): string {
  const titlePart = slugify(title, 60);
  return titlePart === "" ? idPart(id) : `${titlePart}-${idPart(id)}`;
}

export interface ChosenSlug {
  slug: string;
  /** Set when the front matter asked for a slug that could not be used as given. */
  warning: string | null;
}

/**
 * The slug from front matter when it can be used, made URL-safe (which also
 * takes out `/`, `\`, `..` and absolute paths); otherwise the slug derived
 * from title and id, with a warning saying why, so the choice is reported.
 */
export function chooseSlug(requested: string | undefined, title: string, id: string): ChosenSlug {
  const derived = derivedSlug(title, id);
  if (requested === undefined) return { slug: derived, warning: null };
  const cleaned = slugify(requested);
  const given = JSON.stringify(requested);
  if (cleaned === "") return { slug: derived, warning: `front matter: slug ${given} has no letters or digits; published as "${derived}"` };
  if (isReservedSlug(cleaned)) return { slug: derived, warning: `front matter: slug ${given} is a reserved file name on Windows; published as "${derived}"` };
  if (cleaned !== requested) return { slug: cleaned, warning: `front matter: slug ${given} is not URL-safe; published as "${cleaned}"` };
  return { slug: cleaned, warning: null };
}
