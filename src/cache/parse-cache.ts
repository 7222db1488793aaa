/**
 * A cache of parse outcomes in the never-published state folder, so a seed
 * whose bytes, path, parser and settings are unchanged is not parsed again.
 * One file per entry, named by a hash of all four; each file carries a hash
 * of its own payload, so a truncated, corrupt or foreign file is ignored and
 * the seed parsed afresh. A broken cache costs time, never correctness.
 */
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { mapConcurrently } from "../concurrency/map-concurrently.ts";
import { sha256Hex } from "../record/identity.ts";
import type { SeedOutcome } from "../record/parse-seed.ts";
import type { ParsedRun } from "../record/parse-seeds.ts";
import type { SeedFile } from "../seeds/find.ts";
import { readRegularFile } from "../seeds/regular-file.ts";

export interface CacheStats {
  hits: number;
  misses: number;
}

export interface ParseCache {
  /**
   * Every seed's outcome, in seed order: from the cache where possible, else
   * parsed by `parse` (called only if some seed is missing) and stored.
   */
  parseAll(seeds: readonly SeedFile[], parse: (missing: readonly SeedFile[]) => AsyncIterable<ParsedRun>): Promise<SeedOutcome[]>;
  /**
   * Settles when the outcomes `parseAll` parsed are written and the entries
   * it did not use are removed. `parseAll` returns without waiting for that,
   * so writing files overlaps with the rest of a build instead of holding it up.
   */
  saved(): Promise<void>;
  readonly stats: CacheStats;
}

/** An entry holds one record of a seed of at most a few megabytes; anything far larger is not one of ours. */
const maxEntryBytes = 256 * 1024 * 1024;

/** Writes this many entries at once: enough to hide file latency, few enough to stay under open-file limits. */
const concurrency = 64;

/** A seed that could not be read has no bytes; its reason (too large, a link) is part of its key. */
function entryKey(fingerprint: string, seed: SeedFile): string {
  return sha256Hex(`${fingerprint}\0${seed.path}\0${seed.unreadable ?? ""}\0${sha256Hex(seed.bytes)}`);
}

function encodeEntry(key: string, outcome: SeedOutcome): string | null {
  const payload = JSON.stringify({ key, outcome });
  // A record JSON cannot carry exactly (an `Infinity` in front matter, say) is never cached.
  if (!isDeepStrictEqual((JSON.parse(payload) as { outcome: unknown }).outcome, outcome)) return null;
  return `${sha256Hex(payload)}\n${payload}`;
}

function decodeEntry(key: string, text: string): SeedOutcome | null {
  const newline = text.indexOf("\n");
  if (newline !== 64) return null;
  const payload = text.slice(newline + 1);
  if (sha256Hex(payload) !== text.slice(0, newline)) return null;
  const entry = JSON.parse(payload) as { key: string; outcome: SeedOutcome };
  return entry.key === key ? entry.outcome : null;
}

/**
 * The cache in `folder` for outcomes that also depend on `fingerprint` (the
 * parser version and settings hash). Entries no seed used in this run are
 * deleted afterwards, so the folder never grows past one archive's worth.
 */
export function openParseCache(folder: string, fingerprint: string): ParseCache {
  const stats: CacheStats = { hits: 0, misses: 0 };
  let saving: Promise<void> = Promise.resolve();
  const entryPath = (key: string): string => path.join(folder, key.slice(0, 2), `${key}.json`);

  /**
   * Synchronous, like reading the seeds: for thousands of small files about
   * five times faster than promise-based reads. Only a regular file is read,
   * so a pipe or a device put in an entry's place cannot hang the build.
   */
  function lookup(key: string): SeedOutcome | null {
    try {
      return decodeEntry(key, readRegularFile(entryPath(key), { maxBytes: maxEntryBytes }).toString("utf8"));
    } catch {
      return null;
    }
  }

  async function store(key: string, outcome: SeedOutcome): Promise<void> {
    const encoded = encodeEntry(key, outcome);
    if (encoded === null) return;
    const file = entryPath(key);
    const partial = `${file}.${process.pid}.partial`;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(partial, encoded);
      await rename(partial, file);
    } catch {
      // Failing to store only means parsing this seed again next time.
      await rm(partial, { force: true });
    }
  }

  async function removeUnused(used: ReadonlySet<string>): Promise<void> {
    const shards = await readdir(folder).catch(() => []);
    for (const shard of shards) {
      const names = await readdir(path.join(folder, shard)).catch(() => []);
      const unused = names.filter((name) => !used.has(name.replace(/\.json$/, "")));
      await Promise.all(unused.map((name) => rm(path.join(folder, shard, name), { force: true, recursive: true })));
    }
  }

  return {
    stats,
    async parseAll(seeds, parse) {
      const keys = seeds.map((seed) => entryKey(fingerprint, seed));
      const outcomes = keys.map(lookup);
      const missing = outcomes.flatMap((outcome, index) => (outcome === null ? [index] : []));
      stats.hits = seeds.length - missing.length;
      stats.misses = missing.length;
      if (missing.length > 0) {
        for await (const { start, outcomes: parsed } of parse(missing.map((index) => seeds[index] as SeedFile))) {
          const indices = missing.slice(start, start + parsed.length);
          indices.forEach((index, position) => (outcomes[index] = parsed[position] as SeedOutcome));
          // One run's entries at a time, so the files open at once stay under the limit however fast runs arrive.
          saving = saving.then(() => mapConcurrently(indices, concurrency, (index) => store(keys[index] as string, outcomes[index] as SeedOutcome)).then(() => {}));
        }
      }
      // After the stores, or it would take their half-written files for unused ones.
      saving = saving.then(() => removeUnused(new Set(keys)));
      return outcomes as SeedOutcome[];
    },
    saved() {
      return saving;
    },
  };
}
