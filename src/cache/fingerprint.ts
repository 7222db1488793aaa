/**
 * What a parsed record depends on besides the seed's own bytes and path: the
 * parser (the modules and data files reachable from its entry points, read
 * from their imports, and the exact versions of the libraries it uses, from
 * the lock file) and the archivist's settings files beside the seeds
 * (`seeds/_*.yaml`, such as the taxonomy). Hashing the code itself, rather
 * than a version number someone must remember to bump, means any change to
 * the parser invalidates the cache, and only a change to the parser: editing
 * a template, the CLI or the server leaves it valid.
 */
import { readdirSync, readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { comparePaths, isSettingsFileName, readSettingsFile } from "../seeds/find.ts";
import { sha256Hex } from "../record/identity.ts";
import { sourceGraph } from "./source-graph.ts";

/**
 * Where parsing starts: one seed to one outcome (`parseSeed`), the taxonomy
 * it is given, and the worker that runs `parseSeed` for many seeds.
 */
export const parserEntryPoints = ["src/record/parse-seed.ts", "src/entities/taxonomy.ts", "src/concurrency/workers/parse-seeds.ts"];

/** Where a build starts; with the templates, everything that makes the pages. */
const buildEntryPoint = "src/build.ts";

function hashFiles(files: readonly string[], root: string): string {
  const parts = files.map((file) => `${path.relative(root, file)}\0${sha256Hex(readFileSync(file))}`);
  return sha256Hex(parts.join("\n"));
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort(comparePaths);
}

/** The parser's modules and data files, for the fingerprint and its tests. */
export function parserFiles(projectRoot: string): string[] {
  return sourceGraph(parserEntryPoints.map((file) => path.join(projectRoot, file)));
}

/** A hash of the parser's code and the libraries it runs on. */
export async function parserVersion(projectRoot: string): Promise<string> {
  return hashFiles([...parserFiles(projectRoot), path.join(projectRoot, "package-lock.json")], projectRoot);
}

/** A hash of the code that turns records into pages: what a build runs, the templates and their assets, the Eleventy wiring and the libraries. */
export async function rendererVersion(projectRoot: string): Promise<string> {
  const files = [
    ...sourceGraph([path.join(projectRoot, buildEntryPoint)]),
    ...filesUnder(path.join(projectRoot, "templates")),
    path.join(projectRoot, ".eleventy.ts"),
    path.join(projectRoot, "package-lock.json"),
  ];
  return hashFiles([...new Set(files)], projectRoot);
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
