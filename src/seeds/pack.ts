/**
 * Seed files packed to send to another thread: every file's bytes copied
 * into one buffer, which is then moved rather than copied again. Sending the
 * files as they are would clone each one's whole backing store, and Node
 * keeps small files' bytes in shared 8 KB pools, so a 2 KB seed would cost
 * 8 KB, and moving a pool would empty every other seed in it.
 */
import type { SeedFile } from "./find.ts";
import type { WebCapture } from "./web-capture.ts";

export interface PackedSeeds {
  paths: string[];
  /** Why each file was not read, or null when it was. */
  unreadable: (string | null)[];
  /** Each web-archive page's capture and each skipped record's reason, or null. */
  captures: (WebCapture | null)[];
  skipped: (string | null)[];
  /** Where each file's bytes end in `bytes`; each starts where the one before ends. */
  ends: number[];
  bytes: ArrayBuffer;
}

export function packSeeds(seeds: readonly SeedFile[]): PackedSeeds {
  const ends: number[] = [];
  let length = 0;
  for (const seed of seeds) ends.push((length += seed.bytes.length));
  const bytes = new Uint8Array(length);
  seeds.forEach((seed, index) => bytes.set(seed.bytes, (ends[index] as number) - seed.bytes.length));
  return {
    paths: seeds.map((seed) => seed.path),
    unreadable: seeds.map((seed) => seed.unreadable ?? null),
    captures: seeds.map((seed) => seed.capture ?? null),
    skipped: seeds.map((seed) => seed.skipped ?? null),
    ends,
    bytes: bytes.buffer,
  };
}

/** The seeds as `readSeedFiles` gives them: each file's bytes a Buffer (here a view of the packed buffer). */
export function unpackSeeds({ paths, unreadable, captures, skipped, ends, bytes }: PackedSeeds): SeedFile[] {
  return paths.map((path, index) => {
    const start = index === 0 ? 0 : (ends[index - 1] as number);
    const seed: SeedFile = { path, bytes: Buffer.from(bytes, start, (ends[index] as number) - start) };
    const reason = unreadable[index];
    const capture = captures[index];
    const skip = skipped[index];
    return { ...seed, ...(reason ? { unreadable: reason } : {}), ...(capture ? { capture } : {}), ...(skip ? { skipped: skip } : {}) };
  });
}
