/**
 * A cache of parse outcomes in the never-published state folder, so a seed
 * whose bytes, path, parser and settings are unchanged is not parsed again.
 * One file per entry, named by a hash of all four; each file carries a hash
 * of its own payload, so a truncated, corrupt or foreign file is ignored and
 * the seed parsed afresh. A broken cache costs time, never correctness.
 *
 * An outcome also depends on the rest of the archive: which of the seed's
 * lines recur in other seeds (`recurring-lines.ts`). So an entry keeps the
 * seed's census, which is all the archive needs from it to find those lines,
 * and the recurring lines it was parsed with; it is used only while they are
 * still the ones that recur.
 */
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { mapConcurrently } from "../concurrency/map-concurrently.ts";
import { sha256Hex } from "../record/identity.ts";
import type { ArchiveEvidence, SeedOutcome } from "../record/parse-seed.ts";
import { archiveEvidence, type ParseJob, type ParsedRun } from "../record/parse-seeds.ts";
import type { SeedFile } from "../seeds/find.ts";
import { readRegularFile } from "../seeds/regular-file.ts";

export interface CacheStats {
  hits: number;
  misses: number;
}

/** How the cache gets what it does not hold: a census of seeds' lines, and outcomes parsed with the archive's evidence. */
export interface Parsing {
  census(seeds: readonly SeedFile[]): Promise<number[][]>;
  parse(jobs: readonly ParseJob[]): AsyncIterable<ParsedRun>;
}

export interface ParseCache {
  /**
   * Every seed's outcome, in seed order: from the cache where possible, else
   * parsed (only if some seed is missing or its recurring lines changed) and
   * stored.
   */
  parseAll(seeds: readonly SeedFile[], parsing: Parsing): Promise<SeedOutcome[]>;
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

/**
 * A seed that could not be read has no bytes; its reason (too large, a link)
 * is part of its key, and so are a crawled page's capture (address, time) and
 * a skipped web-archive record's reason.
 */
function entryKey(fingerprint: string, seed: SeedFile): string {
  const capture = seed.capture ? JSON.stringify(seed.capture) : "";
  return sha256Hex(`${fingerprint}\0${seed.path}\0${seed.unreadable ?? ""}\0${seed.skipped ?? ""}\0${capture}\0${sha256Hex(seed.bytes)}`);
}

/** What the cache holds for one seed. */
interface Entry {
  /** The keys of the seed's lines (`seedCensus`). */
  census: number[];
  /** The seed's recurring lines its outcome was parsed with. */
  recurringLines: number[];
  outcome: SeedOutcome;
}

function encodeEntry(key: string, entry: Entry): string | null {
  const payload = JSON.stringify({ key, ...entry });
  // A record JSON cannot carry exactly (an `Infinity` in front matter, say) is never cached.
  if (!isDeepStrictEqual((JSON.parse(payload) as { outcome: unknown }).outcome, entry.outcome)) return null;
  return `${sha256Hex(payload)}\n${payload}`;
}

function decodeEntry(key: string, text: string): Entry | null {
  const newline = text.indexOf("\n");
  if (newline !== 64) return null;
  const payload = text.slice(newline + 1);
  if (sha256Hex(payload) !== text.slice(0, newline)) return null;
  const entry = JSON.parse(payload) as Partial<Entry> & { key: string };
  if (entry.key !== key || !Array.isArray(entry.census) || !Array.isArray(entry.recurringLines) || entry.outcome === undefined) return null;
  return { census: entry.census, recurringLines: entry.recurringLines, outcome: entry.outcome };
}

function sameKeys(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
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
  function lookup(key: string): Entry | null {
    try {
      return decodeEntry(key, readRegularFile(entryPath(key), { maxBytes: maxEntryBytes }).toString("utf8"));
    } catch {
      return null;
    }
  }

  async function store(key: string, entry: Entry): Promise<void> {
    const encoded = encodeEntry(key, entry);
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
    async parseAll(seeds, parsing) {
      const keys = seeds.map((seed) => entryKey(fingerprint, seed));
      const entries = keys.map(lookup);
      const uncounted = entries.flatMap((entry, index) => (entry === null ? [index] : []));
      const counted = await parsing.census(uncounted.map((index) => seeds[index] as SeedFile));
      const censuses = entries.map((entry) => entry?.census ?? []);
      uncounted.forEach((index, position) => (censuses[index] = counted[position] ?? []));
      const evidence = await archiveEvidence(censuses);
      const outcomes = entries.map((entry, index) => (entry && sameKeys(entry.recurringLines, evidence[index]?.recurringLines ?? []) ? entry.outcome : null));
      const missing = outcomes.flatMap((outcome, index) => (outcome === null ? [index] : []));
      stats.hits = seeds.length - missing.length;
      stats.misses = missing.length;
      if (missing.length > 0) {
        const jobs = missing.map((index) => ({ seed: seeds[index] as SeedFile, evidence: evidence[index] as ArchiveEvidence }));
        for await (const { start, outcomes: parsed } of parsing.parse(jobs)) {
          const indices = missing.slice(start, start + parsed.length);
          indices.forEach((index, position) => (outcomes[index] = parsed[position] as SeedOutcome));
          const stored = (index: number): Entry => ({ census: censuses[index] ?? [], recurringLines: [...(evidence[index]?.recurringLines ?? [])], outcome: outcomes[index] as SeedOutcome });
          // One run's entries at a time, so the files open at once stay under the limit however fast runs arrive.
          saving = saving.then(() => mapConcurrently(indices, concurrency, (index) => store(keys[index] as string, stored(index))).then(() => {}));
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
