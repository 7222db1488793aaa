/**
 * A whole build: seeds -> records -> archive -> pages, written into the output
 * folder in one swap, with the report written beside the other build state.
 */
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError, type BuildOptions } from "./config.ts";
import { loadArchive } from "./load-archive.ts";
import { replaceFolder } from "./output/replace-folder.ts";
import type { BuildReport } from "./report.ts";
import { projectRoot, renderSite } from "./site/render-site.ts";
import { writeSearchIndex } from "./site/search-index.ts";
import { buildSiteData } from "./site/site-data.ts";

function isSameOrInside(folder: string, possibleParent: string): boolean {
  const relative = path.relative(possibleParent, folder);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** The output folder is replaced whole, so it must never be a folder holding anything else of value. */
async function checkFolders(options: BuildOptions, cwd: string): Promise<void> {
  const seedsStat = await stat(options.seedsDir).catch(() => null);
  if (!seedsStat?.isDirectory()) throw new ConfigError(`seeds folder ${options.seedsDir} does not exist; create it or set ARCHIVE_SEEDS_DIR`);
  for (const [label, folder] of [["the seeds folder", options.seedsDir], ["the current folder", cwd], ["the project folder", projectRoot], ["the state folder", options.stateDir]] as const) {
    if (isSameOrInside(folder, options.outputDir)) {
      throw new ConfigError(`output folder ${options.outputDir} would replace ${label} (${folder}); choose a folder of its own with ARCHIVE_OUTPUT_DIR`);
    }
  }
  if (isSameOrInside(options.outputDir, options.seedsDir)) {
    throw new ConfigError(`output folder ${options.outputDir} is inside the seeds folder; choose one outside it with ARCHIVE_OUTPUT_DIR`);
  }
}

export async function buildSite(options: BuildOptions, cwd = process.cwd()): Promise<BuildReport> {
  await checkFolders(options, cwd);
  const { archive, report } = await loadArchive(options.seedsDir, options.maxSeedBytes);
  const siteData = buildSiteData(archive, options.site);
  // Made before the swap, so a state folder that cannot be made fails the build while the previous site is still in place.
  await mkdir(options.stateDir, { recursive: true });
  await replaceFolder(options.outputDir, async (folder) => {
    await renderSite(siteData, folder);
    await writeSearchIndex(folder);
  });
  await writeFile(path.join(options.stateDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
