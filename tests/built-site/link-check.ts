/**
 * A crawler over a built site's folder: every address in every page, feed and
 * sitemap that points into the site must name a file the site has, and a
 * `#fragment` must name an id on the page it points to.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

export interface SiteToCheck {
  folder: string;
  pathPrefix: string;
  siteUrl: string | null;
}

export interface BrokenLink {
  from: string;
  link: string;
  reason: string;
}

/** Stands in for the site's address when it was built without one. */
const localOrigin = "http://site.invalid";

function decodeEntities(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Every address a file refers to: `href`/`src` attributes, sitemap `<loc>`s, and JSON Feed URLs. */
export function linksIn(file: string, text: string): string[] {
  if (file.endsWith(".json")) {
    if (!file.startsWith("feed")) return [];
    const feed = JSON.parse(text) as { home_page_url?: string; feed_url?: string; items: { url?: string }[] };
    return [feed.home_page_url, feed.feed_url, ...feed.items.map((item) => item.url)].filter((url): url is string => url !== undefined);
  }
  const attributes = [...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1] ?? "");
  const locations = [...text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1] ?? "");
  return [...attributes, ...locations].map(decodeEntities);
}

function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? "")));
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}

export async function findBrokenLinks(site: SiteToCheck, files: readonly string[]): Promise<{ checked: number; broken: BrokenLink[] }> {
  const origin = site.siteUrl ? new URL(site.siteUrl).origin : localOrigin;
  const broken: BrokenLink[] = [];
  let checked = 0;
  const idCache = new Map<string, Set<string>>();
  for (const file of files.filter((name) => /\.(html|xml|json|txt)$/.test(name) && !name.startsWith("pagefind/"))) {
    const text = await readFile(path.join(site.folder, file), "utf8");
    const pageUrl = new URL(`${site.pathPrefix}${file.replace(/(^|\/)index\.html$/, "$1")}`, origin);
    const links = file === "robots.txt" ? [...text.matchAll(/^Sitemap: (.*)$/gm)].map((match) => match[1] ?? "") : linksIn(file, text);
    for (const link of links) {
      const target = new URL(link, pageUrl);
      if (target.origin !== origin) continue;
      checked += 1;
      if (!target.pathname.startsWith(site.pathPrefix)) {
        broken.push({ from: file, link, reason: `is outside the path prefix ${site.pathPrefix}` });
        continue;
      }
      const relative = decodeURIComponent(target.pathname.slice(site.pathPrefix.length));
      const targetFile = relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
      if (!(await isFile(path.join(site.folder, targetFile)))) {
        broken.push({ from: file, link, reason: `no file ${targetFile}` });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment !== "" && targetFile.endsWith(".html")) {
        const ids = idCache.get(targetFile) ?? idsIn(await readFile(path.join(site.folder, targetFile), "utf8"));
        idCache.set(targetFile, ids);
        if (!ids.has(fragment)) broken.push({ from: file, link, reason: `no id "${fragment}" on ${targetFile}` });
      }
    }
  }
  return { checked, broken };
}
