/**
 * `npm start`: builds the site, serves it on localhost with live reload, and
 * rebuilds whenever a seed is added, changed, renamed or deleted, printing one
 * line per rebuild that says what changed and how many files it wrote, then
 * every rejected seed with its reason. A failed rebuild is reported and the
 * previous site stays up. Port from ARCHIVE_PORT (default 8080); `Host`
 * names besides localhost from ARCHIVE_ALLOWED_HOSTS. Ctrl-C stops, after
 * the rebuild that is running, if any (a second Ctrl-C stops at once).
 */
import { buildSite, type BuildOutcome } from "../build.ts";
import { ConfigError, optionsFromEnvironment, type BuildOptions } from "../config.ts";
import type { Article } from "../model/article.ts";
import { folderLabel, formatReport } from "../report.ts";
import { parseAllowedHosts } from "../serve/allowed-hosts.ts";
import { compareArticles, describeChanges, rebuildReportLines } from "../serve/changes.ts";
import { startLiveServer } from "../serve/live-server.ts";
import { rebuildQueue } from "../serve/rebuild-queue.ts";
import { watchSeeds } from "../serve/watch-seeds.ts";
import { countFilesWrittenSince, fileSystemNow } from "../serve/written-files.ts";

/** Editors save in bursts (write, rename, touch); one rebuild follows the burst. */
const settleMilliseconds = 150;

function portFromEnvironment(value: string | undefined): number {
  const port = Number(value ?? "8080");
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ConfigError(`ARCHIVE_PORT "${value}" must be a port number such as 8080`);
  return port;
}

function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}

async function timedBuild(options: BuildOptions): Promise<{ outcome: BuildOutcome; seconds: string; written: number }> {
  const since = await fileSystemNow(options.stateDir);
  const started = performance.now();
  const outcome = await buildSite(options);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  return { outcome, seconds, written: await countFilesWrittenSince(options.outputDir, since) };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

async function main(): Promise<void> {
  const options = optionsFromEnvironment(process.env, process.cwd());
  const port = portFromEnvironment(process.env.ARCHIVE_PORT);
  const seedsLabel = folderLabel(options.seedsDir);
  const first = await timedBuild(options);
  console.log(formatReport(first.outcome.report, seedsLabel));
  const server = await startLiveServer({
    root: options.outputDir,
    pathPrefix: options.site.pathPrefix,
    port,
    allowedHosts: parseAllowedHosts(process.env.ARCHIVE_ALLOWED_HOSTS),
    onError: (message) => console.error(`${clock()} could not send ${message}`),
  });
  console.log(`Serving ${folderLabel(options.outputDir)}/ (${plural(first.written, "file")} written in ${first.seconds} s) on http://localhost:${port}${options.site.pathPrefix}; watching ${seedsLabel}/ for changes. Ctrl-C stops.`);

  let articles: readonly Article[] = first.outcome.archive.articles;
  async function rebuild(): Promise<void> {
    try {
      const { outcome, seconds, written } = await timedBuild(options);
      const changes = compareArticles(articles, outcome.archive.articles);
      articles = outcome.archive.articles;
      const rejected = outcome.report.rejected.length;
      const problems = rejected > 0 ? `; ${plural(rejected, "seed")} rejected` : "";
      console.log(`${clock()} ${describeChanges(changes)}; ${plural(written, "file")} written in ${seconds} s${problems}`);
      for (const line of rebuildReportLines(outcome.report, changes, seedsLabel)) console.log(`         ${line}`);
      server.reload();
    } catch (error) {
      console.error(`${clock()} rebuild failed, still serving the previous site: ${(error as Error).message}`);
    }
  }

  const queue = rebuildQueue(rebuild, settleMilliseconds);
  const watcher = watchSeeds(options.seedsDir, () => queue.changed());
  watcher.on("error", (error) => console.error(`${clock()} watching ${seedsLabel}/ failed: ${(error as Error).message}`));

  async function stop(signal: NodeJS.Signals): Promise<void> {
    process.once(signal, () => {
      console.log(`${clock()} stopped at once; the next build tidies up after this one`);
      process.exit(130);
    });
    console.log(`${clock()} stopping (Ctrl-C again to stop at once)...`);
    await queue.stop();
    await Promise.all([watcher.close(), server.close()]);
    console.log(`${clock()} stopped; ${folderLabel(options.outputDir)}/ holds the last site built`);
    process.exit(0);
  }
  process.once("SIGINT", (signal) => void stop(signal));
  process.once("SIGTERM", (signal) => void stop(signal));
}

try {
  await main();
} catch (error) {
  console.error(`news-archive: ${(error as Error).message}`);
  process.exitCode = 2;
}
