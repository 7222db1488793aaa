/**
 * What a parsed record depends on besides the seed's own bytes and path: the
 * parser (every source and data file under `src/`, and the exact versions of
 * the libraries it uses, from the lock file) and the archivist's settings files
 * beside the seeds (`seeds/_*.yaml`, such as the taxonomy). Hashing the code
 * itself, rather than a version number someone must remember to bump, means
 * any change to the parser invalidates the cache.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { comparePaths, isSettingsFileName, readSettingsFile } from "../seeds/find.ts";
import { sha256Hex } from "../record/identity.ts";

/** TypeScript, and JSON data it loads (`src/entities/lexicon.json`). */
const sourceFile = /\.(?:ts|json)$/;

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && sourceFile.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort(comparePaths);
}

async function hashFiles(files: readonly string[], root: string): Promise<string> {
  const parts = await Promise.all(files.map(async (file) => `${path.relative(root, file)}\0${sha256Hex(await readFile(file))}`));
  return sha256Hex(parts.join("\n"));
}

/** A hash of the parser's code and the libraries it runs on. */
export async function parserVersion(projectRoot: string): Promise<string> {
  const files = [...(await sourceFiles(path.join(projectRoot, "src"))), path.join(projectRoot, "package-lock.json")];
  return hashFiles(files, projectRoot);
}

/** A hash of the code that turns site data into pages: templates, `src/site/`, the Eleventy wiring and the libraries. */
export async function rendererVersion(projectRoot: string): Promise<string> {
  const files = [
    ...(await sourceFiles(path.join(projectRoot, "templates"))),
    ...(await sourceFiles(path.join(projectRoot, "src", "site"))),
    path.join(projectRoot, ".eleventy.ts"),
    path.join(projectRoot, "package-lock.json"),
  ];
  return hashFiles(files, projectRoot);
}

/**
 * A hash of the settings files at the top of the seeds folder (none: a
 * constant). One that is refused (a folder, a pipe, too large) counts by its
 * reason: it is never read, and the taxonomy loader reports it if it matters.
 */
export async function seedSettingsHash(seedsDir: string): Promise<string> {
  const names = (await readdir(seedsDir)).filter(isSettingsFileName).sort(comparePaths);
  const parts = names.map((name) => {
    const file = readSettingsFile(seedsDir, name);
    const digest = file.status === "read" ? sha256Hex(file.bytes) : file.status === "refused" ? `refused: ${file.reason}` : "absent";
    return `${name}\0${digest}`;
  });
  return sha256Hex(parts.join("\n"));
}
