/** Shared test helpers: the real seeds, parsed once, and temporary folders. */
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/model/article.ts";
import { parseSeed } from "../src/record/parse-seed.ts";
import { readSeedFiles } from "../src/seeds/find.ts";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const seedsDir = path.join(projectRoot, "seeds");
export const fixturesDir = path.join(projectRoot, "tests", "fixtures");

export function temporaryFolder(prefix = "news-archive-test-"): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export async function parseRealSeeds(): Promise<Map<string, Article>> {
  const records = new Map<string, Article>();
  for (const seed of await readSeedFiles(seedsDir)) {
    const outcome = parseSeed(seed);
    if (outcome.kind !== "article") throw new Error(`seed ${seed.path} did not parse: ${JSON.stringify(outcome)}`);
    records.set(seed.path.slice(0, 3), outcome.article);
  }
  return records;
}

export async function readSeedText(prefix: string): Promise<string> {
  const seeds = await readSeedFiles(seedsDir);
  const seed = seeds.find((candidate) => candidate.path.startsWith(prefix));
  if (!seed) throw new Error(`no seed starting with ${prefix}`);
  return readFile(path.join(seedsDir, seed.path), "utf8");
}

export function seedFile(filePath: string, text: string): { path: string; bytes: Uint8Array } {
  return { path: filePath, bytes: new TextEncoder().encode(text) };
}

/** Parses one in-memory seed that must become an article. */
export function parseArticle(filePath: string, text: string): Article {
  const outcome = parseSeed(seedFile(filePath, text));
  if (outcome.kind !== "article") throw new Error(`${filePath} did not parse: ${JSON.stringify(outcome)}`);
  return outcome.article;
}

/** Every file under a folder, as sorted paths relative to it with `/` separators. */
export async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}
