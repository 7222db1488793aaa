/** `/articles.json`: every `Article` record, the archive's machine-readable export. */
import type { SiteData } from "../src/site/site-data.ts";

export const data = { permalink: "/articles.json" };

export function render({ archive }: { archive: SiteData }): string {
  return `${JSON.stringify(archive.records, null, 2)}\n`;
}
