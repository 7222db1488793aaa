/**
 * Eleventy wiring, and nothing else: TypeScript templates in `templates/`.
 * The data the templates present (`archive`, a `SiteData`, and `render`, the
 * pages to write) is computed by `src/` and handed over by
 * `src/site/render-site.ts`, which also copies `templates/assets/`.
 */
import type { UserConfig } from "@11ty/eleventy";

export default function eleventyConfig(config: UserConfig): void {
  config.addExtension(["11ty.ts"], { key: "11ty.js" });
  config.addTemplateFormats("11ty.ts");
  config.setUseGitIgnore(false);
  config.setQuietMode(true);
}
