/**
 * Pages from site data, rendered by Eleventy into a folder. The project's
 * `.eleventy.ts` does the wiring; the archive is handed over as global data,
 * so Eleventy paginates over typed records and no file is written per article
 * into its input folder.
 */
import Eleventy from "@11ty/eleventy";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SiteData } from "./site-data.ts";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export async function renderSite(siteData: SiteData, outputDir: string): Promise<void> {
  const eleventy = new Eleventy(path.join(projectRoot, "templates"), outputDir, {
    configPath: path.join(projectRoot, ".eleventy.ts"),
    quietMode: true,
    config(config) {
      config.addGlobalData("archive", siteData);
    },
  });
  // The build report and `npm start` say what was written, one line each; Eleventy's own summary line would be a second.
  eleventy.disableLogger();
  await eleventy.write();
}
