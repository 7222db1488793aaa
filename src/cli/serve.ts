/**
 * `npm start`: builds the site, serves it on localhost with live reload, and
 * rebuilds whenever a seed is added, changed, renamed or deleted, printing one
 * line per rebuild that says what changed. A failed rebuild is reported and
 * the previous site stays up. Port from ARCHIVE_PORT (default 8080).
 */
import { watch } from "chokidar";
import { readdir } from "node:fs/promises";
import { buildSite, type BuildOutcome } from "../build.ts";
import { ConfigError, optionsFromEnvironment, type BuildOptions } from "../config.ts";
import type { Article } from "../model/article.ts";
import { formatReport } from "../report.ts";
import { compareArticles, describeChanges } from "../serve/changes.ts";
import { startLiveServer } from "../serve/live-server.ts";

/** Editors save in bursts (write, rename, touch); one rebuild follows the burst. */
const settleMilliseconds = 150;

function portFromEnvironment(value: string | undefined): number {
  const port = Number(value ?? "8080");
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ConfigError(`ARCHIVE_PORT "${value}" must be a port number such as 8080`);
  return port;
}

async function countFiles(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}

async function timedBuild(options: BuildOptions): Promise<{ outcome: BuildOutcome; seconds: string; pages: number }> {
  const started = performance.now();
  const outcome = await buildSite(options);
  const pages = await countFiles(options.outputDir);
  return { outcome, seconds: ((performance.now() - started) / 1000).toFixed(2), pages };
}

async function main(): Promise<void> {
  const options = optionsFromEnvironment(process.env, process.cwd());
  const port = portFromEnvironment(process.env.ARCHIVE_PORT);
  const first = await timedBuild(options);
  console.log(formatReport(first.outcome.report, "seeds"));
  const server = await startLiveServer(options.outputDir, options.site.pathPrefix, port);
  console.log(`Serving ${first.pages} files on http://localhost:${port}${options.site.pathPrefix} (built in ${first.seconds} s); watching ${options.seedsDir} for changes. Ctrl-C stops.`);

  let articles: readonly Article[] = first.outcome.archive.articles;
  let pending: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function rebuild(): Promise<void> {
    try {
      const { outcome, seconds, pages } = await timedBuild(options);
      const changes = describeChanges(compareArticles(articles, outcome.archive.articles));
      const rejected = outcome.report.rejected.length;
      const problems = rejected > 0 ? `; ${rejected} ${rejected === 1 ? "seed" : "seeds"} rejected (see ${options.stateDir}/report.json)` : "";
      articles = outcome.archive.articles;
      console.log(`${clock()} ${changes}; ${pages} files written in ${seconds} s${problems}`);
      server.reload();
    } catch (error) {
      console.error(`${clock()} rebuild failed, still serving the previous site: ${(error as Error).message}`);
    }
  }

  const watcher = watch(options.seedsDir, { ignoreInitial: true });
  watcher.on("all", () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      running = running.then(rebuild);
    }, settleMilliseconds);
  });
  watcher.on("error", (error) => console.error(`${clock()} watching ${options.seedsDir} failed: ${(error as Error).message}`));

  process.once("SIGINT", () => {
    clearTimeout(pending);
    void running.then(async () => {
      await watcher.close();
      await server.close();
    });
  });
}

try {
  await main();
} catch (error) {
  console.error(`news-archive: ${(error as Error).message}`);
  process.exitCode = 2;
}
