/**
 * Once per run of the suites that read built sites (`tests/built-site/`,
 * `tests/browser/`; the `site` project in `vitest.config.ts`): make sure
 * Chromium is there for the browser tests, and build the real seeds, with
 * generated dated articles beside them, into two temporary sites (root and
 * path prefix), and a third site of generated articles large enough for a
 * search index in several shards. Chromium is never optional: without it the
 * run fails and says what to install, so browser tests can never be skipped
 * silently.
 */
import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { optionsFromEnvironment } from "../../src/config.ts";
import { ensureChromium } from "../browser/chromium.ts";
import { projectRoot, seedsDir } from "../helpers.ts";
import type { BuiltSite } from "./built-sites.ts";
import { datedSeeds } from "./dated-seeds.ts";
import { markedSeeds } from "./marked-seeds.ts";

async function writeSeeds(folder: string, seeds: readonly { file: string; text: string }[]): Promise<string> {
  for (const seed of seeds) {
    await mkdir(path.dirname(path.join(folder, seed.file)), { recursive: true });
    await writeFile(path.join(folder, seed.file), seed.text);
  }
  return folder;
}

async function seedsWithDatedArticles(work: string): Promise<string> {
  const folder = path.join(work, "seeds");
  await cp(seedsDir, folder, { recursive: true });
  return writeSeeds(folder, datedSeeds());
}

/** `npm run build` as a process: Eleventy loads the TypeScript templates through tsx, which the test runner does not provide. */
function build(work: string, seeds: string, name: string, settings: Record<string, string>): BuiltSite {
  const env = { ARCHIVE_SEEDS_DIR: seeds, ARCHIVE_OUTPUT_DIR: path.join(work, name), ARCHIVE_STATE_DIR: path.join(work, `${name}-state`), ...settings };
  execFileSync(path.join(projectRoot, "node_modules", ".bin", "tsx"), [path.join(projectRoot, "src", "cli", "build.ts")], { cwd: work, env: { ...process.env, ...env }, stdio: "pipe" });
  const options = optionsFromEnvironment(env, work);
  return { folder: options.outputDir, pathPrefix: options.site.pathPrefix, siteUrl: options.site.siteUrl };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide("chromiumPath", ensureChromium());
  const work = await mkdtemp(path.join(tmpdir(), "news-archive-sites-"));
  const seeds = await seedsWithDatedArticles(work);
  project.provide("rootSite", build(work, seeds, "root", {}));
  project.provide("prefixedSite", build(work, seeds, "prefixed", { ARCHIVE_PATH_PREFIX: "/archive/", ARCHIVE_SITE_URL: "https://news.example.org" }));
  project.provide("shardedSite", build(work, await writeSeeds(path.join(work, "sharded-seeds"), markedSeeds()), "sharded", { ARCHIVE_PATH_PREFIX: "/news/" }));
  return () => rm(work, { recursive: true, force: true });
}
