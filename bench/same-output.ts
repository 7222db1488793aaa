/**
 * `npm run same-output -- --against <checkout>`: builds the same seeds with
 * this checkout and another one (say, `git worktree add /tmp/base main` and
 * `npm ci` there) and compares the two output folders byte for byte. A
 * refactor that must not change the site runs this before it is merged.
 *
 *   npm run same-output -- --against /tmp/base [--sizes 1000] [--seed 1] [--keep]
 *
 * The seeds are the project's `seeds/` and generated Brown Corpus archives
 * (the benchmark's, kept in `bench/archives/`), each built twice: at the root
 * without a site address, and under `ARCHIVE_PATH_PREFIX=/archive/` with
 * `ARCHIVE_SITE_URL` set, so the sitemap and absolute links are compared too.
 * Exit code 0 when every output is the same, 1 otherwise.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { loadPressTexts } from "./brown-press.ts";
import { writeArchive } from "./generate-archive.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const archivesDir = path.join(projectRoot, "bench", "archives");

const { values: args } = parseArgs({
  options: {
    against: { type: "string" },
    sizes: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
    keep: { type: "boolean", default: false },
  },
});
const usage = "usage: npm run same-output -- --against <other checkout> [--sizes 1000] [--seed 1] [--keep]";
if (!args.against || !existsSync(path.join(args.against, "src", "cli", "launch.mjs"))) throw new Error(usage);
const otherRoot = path.resolve(args.against);
const sizes = args.sizes.split(",").filter((size) => size !== "").map(Number);
const seedNumber = Number(args.seed);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(seedNumber)) throw new Error(usage);

const settingsCases: { label: string; env: Record<string, string> }[] = [
  { label: "root", env: {} },
  { label: "prefixed", env: { ARCHIVE_PATH_PREFIX: "/archive/", ARCHIVE_SITE_URL: "https://news.example.org" } },
];

async function build(checkout: string, seeds: string, output: string, state: string, env: Record<string, string>): Promise<void> {
  const run = promisify(execFile);
  try {
    await run(process.execPath, ["--expose-gc", "src/cli/launch.mjs", "build"], {
      cwd: checkout,
      env: { ...process.env, ...env, ARCHIVE_SEEDS_DIR: seeds, ARCHIVE_OUTPUT_DIR: output, ARCHIVE_STATE_DIR: state },
      maxBuffer: 64 * 2 ** 20,
    });
  } catch (error) {
    // Exit code 1: some seeds were rejected, and the site was built all the same.
    if ((error as { code?: unknown }).code !== 1) throw error;
  }
}

/** Site-relative path -> SHA-256 of the file's bytes. */
async function digestTree(folder: string): Promise<Map<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
  const digests = await Promise.all(files.map(async (file) => [file, createHash("sha256").update(await readFile(path.join(folder, file))).digest("hex")] as const));
  return new Map(digests.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

interface Difference {
  onlyHere: string[];
  onlyThere: string[];
  changed: string[];
  files: number;
}

function compare(here: Map<string, string>, there: Map<string, string>): Difference {
  return {
    onlyHere: [...here.keys()].filter((file) => !there.has(file)),
    onlyThere: [...there.keys()].filter((file) => !here.has(file)),
    changed: [...here].filter(([file, digest]) => there.has(file) && there.get(file) !== digest).map(([file]) => file),
    files: here.size,
  };
}

function listed(label: string, files: readonly string[]): string[] {
  if (files.length === 0) return [];
  const shown = files.slice(0, 20).map((file) => `    ${file}`);
  return [`  ${label} (${files.length}):`, ...shown, ...(files.length > shown.length ? [`    ... and ${files.length - shown.length} more`] : [])];
}

async function seedFolders(): Promise<{ label: string; folder: string }[]> {
  const folders = [{ label: "seeds/", folder: path.join(projectRoot, "seeds") }];
  if (sizes.length === 0) return folders;
  const texts = await loadPressTexts();
  for (const size of sizes) {
    // The benchmark's folder and marker, so an archive either tool generated serves both.
    const folder = path.join(archivesDir, `seeds-${size}-${seedNumber}`);
    const marker = path.join(folder, ".generated");
    if ((await readFile(marker, "utf8").catch(() => "")) !== `${size} ${seedNumber}`) {
      await writeArchive(texts, folder, size, seedNumber);
      await writeFile(marker, `${size} ${seedNumber}`);
    }
    folders.push({ label: `${size.toLocaleString("en-US")} generated articles`, folder });
  }
  return folders;
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), "news-archive-same-output-"));
  let differing = 0;
  try {
    for (const seeds of await seedFolders()) {
      for (const settings of settingsCases) {
        const name = `${path.basename(seeds.folder)}-${settings.label}`;
        const outputs = { here: path.join(work, `${name}-here`), there: path.join(work, `${name}-there`) };
        await build(projectRoot, seeds.folder, outputs.here, path.join(work, `${name}-here-state`), settings.env);
        await build(otherRoot, seeds.folder, outputs.there, path.join(work, `${name}-there-state`), settings.env);
        const difference = compare(await digestTree(outputs.here), await digestTree(outputs.there));
        const same = difference.onlyHere.length + difference.onlyThere.length + difference.changed.length === 0;
        if (!same) differing += 1;
        console.log(
          [
            `${seeds.label}, ${settings.label}: ${difference.files} files here, ${same ? "all the same" : "DIFFERENT"}`,
            ...listed("only in this checkout's output", difference.onlyHere),
            ...listed(`only in ${otherRoot}'s output`, difference.onlyThere),
            ...listed("different bytes", difference.changed),
          ].join("\n"),
        );
      }
    }
  } finally {
    if (args.keep) console.log(`outputs kept in ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
  process.exitCode = differing === 0 ? 0 : 1;
}

await main();
