/**
 * Eleventy wiring, and nothing else: TypeScript templates in `templates/`,
 * the stylesheet copied through. The data the templates present (`archive`,
 * a `SiteData`) is computed by `src/` and handed over by `src/site/render-site.ts`.
 */
import type { UserConfig } from "@11ty/eleventy";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute, because Eleventy resolves passthrough paths from the current folder, which is wherever the build was started. */
const assetsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "templates", "assets");

export default function eleventyConfig(config: UserConfig): void {
  config.addExtension(["11ty.ts"], { key: "11ty.js" });
  config.addTemplateFormats("11ty.ts");
  config.addPassthroughCopy({ [assetsFolder]: "assets" });
  config.setUseGitIgnore(false);
  config.setQuietMode(true);
}
