/**
 * Article pages that need not be rendered again. An article page is a pure
 * function of its `ArticlePage` entry and the site settings, so when the
 * renderer's code is unchanged and an entry's fingerprint matches the one
 * recorded for the previous output folder, that folder's file is hard-linked
 * into the new one instead of being rendered: adding one seed to 10,000
 * renders a handful of article pages, not 10,000. The record is kept in the
 * state folder and written only after a successful swap; anything missing or
 * unexpected means rendering, never a stale page. A template that shows
 * archive-wide data on article pages must put it in `ArticlePage`, where it
 * becomes part of the fingerprint (`tests/rebuild/` would catch it otherwise).
 */
import { copyFile, link, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { sha256Hex } from "../record/identity.ts";
import { mapConcurrently } from "../concurrency/map-concurrently.ts";
import type { ArticlePage, SiteSettings } from "../site/site-data.ts";

export interface RenderedPages {
  renderer: string;
  outputDir: string;
  /** Page URL -> fingerprint of the data it was rendered from. */
  pages: Record<string, string>;
}

export function pageFingerprint(entry: ArticlePage, site: SiteSettings): string {
  return sha256Hex(JSON.stringify({ entry, site }));
}

function pageFile(folder: string, url: string): string {
  return path.join(folder, url, "index.html");
}

export async function readRenderedPages(file: string): Promise<RenderedPages | null> {
  try {
    const parsed = JSON.parse(await readFile(file, "utf8")) as RenderedPages;
    return typeof parsed.renderer === "string" && typeof parsed.outputDir === "string" && typeof parsed.pages === "object" ? parsed : null;
  } catch {
    return null;
  }
}

export async function writeRenderedPages(file: string, record: RenderedPages): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(record));
}

/**
 * Links every page of `entries` whose fingerprint `previous` recorded from
 * `previous.outputDir` into `folder`; returns the entries still to render.
 */
export async function reuseArticlePages(
  entries: readonly ArticlePage[],
  fingerprints: readonly string[],
  previous: RenderedPages | null,
  current: { renderer: string; outputDir: string },
  folder: string,
): Promise<ArticlePage[]> {
  if (!previous || previous.renderer !== current.renderer || previous.outputDir !== current.outputDir) return [...entries];
  const reused = await mapConcurrently(entries, 64, async (entry, index) => {
    if (previous.pages[entry.article.url] !== fingerprints[index]) return false;
    const from = pageFile(previous.outputDir, entry.article.url);
    const to = pageFile(folder, entry.article.url);
    try {
      await mkdir(path.dirname(to), { recursive: true });
      await link(from, to).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "EXDEV" || error.code === "EPERM") return copyFile(from, to);
        throw error;
      });
      return true;
    } catch {
      return false;
    }
  });
  return entries.filter((_, index) => !reused[index]);
}
