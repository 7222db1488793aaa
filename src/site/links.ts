/** Site-relative URLs (as on the records) to the links a page needs, honouring the path prefix. */
import type { SiteSettings } from "../config.ts";

export function href(site: SiteSettings, url: string): string {
  return `${site.pathPrefix}${url.replace(/^\/+/, "")}`;
}

export function absoluteUrl(site: SiteSettings, url: string): string | null {
  return site.siteUrl === null ? null : `${site.siteUrl}${href(site, url)}`;
}
