/**
 * `npm run build`: builds the seeds folder into the output folder and prints
 * the build report. Exit codes: 0 all seeds published; 1 the site was built
 * but some seeds were rejected (listed); 2 nothing was built (bad settings or
 * a failed build), and the previous output folder is left as it was.
 */
import path from "node:path";
import { buildSite } from "../build.ts";
import { ConfigError, optionsFromEnvironment, type BuildOptions } from "../config.ts";
import { folderLabel as label, formatReport } from "../report.ts";

/**
 * Eleventy lets some errors (a passthrough copy that cannot write, say) escape
 * as unhandled rejections instead of failing `write()`; they fail the build
 * like any other error.
 */
function escapedError(): Promise<never> {
  return new Promise((_, reject) => process.once("unhandledRejection", reject));
}

async function main(): Promise<number> {
  let options: BuildOptions;
  try {
    options = optionsFromEnvironment(process.env, process.cwd());
  } catch (error) {
    console.error(`news-archive: ${(error as Error).message}`);
    return 2;
  }
  const started = performance.now();
  try {
    const { report } = await Promise.race([buildSite(options), escapedError()]);
    console.log(formatReport(report, label(options.seedsDir)));
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(`Wrote the site to ${label(options.outputDir)}/ in ${seconds} s; report in ${label(path.join(options.stateDir, "report.json"))}`);
    return report.rejected.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`news-archive: ${error.message}`);
    } else {
      console.error(`news-archive: the build failed; ${label(options.outputDir)}/ is unchanged.`);
      console.error(error);
    }
    return 2;
  }
}

// Exit at once: after an escaped error the build may still be running, and it must not swap its folder in.
process.exit(await main());
