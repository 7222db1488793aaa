/**
 * Eleventy wiring, and nothing else: TypeScript templates. Eleventy runs one
 * template, `templates/pages.11ty.ts`, over the pages that
 * `src/site/render-pages.ts` hands it as global data (`pages`, and the
 * `site` they are rendered with); each page is rendered by its kind's
 * template (`templates/page-kinds.ts`).
 */
import type { UserConfig } from "@11ty/eleventy";

export default function eleventyConfig(config: UserConfig): void {
  config.addExtension(["11ty.ts"], { key: "11ty.js" });
  config.addTemplateFormats("11ty.ts");
  config.setUseGitIgnore(false);
  config.setQuietMode(true);
}
