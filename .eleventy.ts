/**
 * Eleventy wiring, and nothing else: TypeScript templates in `templates/`,
 * the stylesheet copied through. The data the templates present (`archive`,
 * a `SiteData`) is computed by `src/` and handed over by `src/site/render-site.ts`.
 */
import type { UserConfig } from "@11ty/eleventy";

export default function eleventyConfig(config: UserConfig): void {
  config.addExtension(["11ty.ts"], { key: "11ty.js" });
  config.addTemplateFormats("11ty.ts");
  config.addPassthroughCopy({ "templates/assets": "assets" });
  config.setUseGitIgnore(false);
  config.setQuietMode(true);
}
