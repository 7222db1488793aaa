/**
 * Outputs that need not be made again. A page whose kind declares a digest
 * is a pure function of that digest and the site (`src/site/page-kind.ts`),
 * a search bundle of its records; so when the renderer's code is unchanged
 * and an output's fingerprint matches the one recorded for the previous
 * output folder, that folder's files are carried over (hard-linked by the
 * `ContentWriter`) instead of being made again: adding one seed to 10,000
 * renders a handful of article pages and writes one search shard. The record
 * is kept in the state folder and written only after a successful swap;
 * anything missing or unexpected means making the output, never a stale one.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { sha256Hex } from "../record/identity.ts";
import { readRegularFile } from "../seeds/regular-file.ts";
import type { ReusableOutput } from "./content-writer.ts";

export interface OutputRecord {
  renderer: string;
  outputDir: string;
  /** Site-relative address -> fingerprint of the data its output was made from. */
  outputs: Record<string, string>;
}

/** What the previous build's outputs must match to be carried over. */
export interface CurrentOutputs {
  renderer: string;
  outputDir: string;
}

export function fingerprintOf(data: unknown): string {
  return sha256Hex(JSON.stringify(data));
}

/** At 100,000 articles the record is about 15 MB. */
const maxRecordBytes = 256 * 1024 * 1024;

function isOutputRecord(value: unknown): value is OutputRecord {
  if (value === null || typeof value !== "object") return false;
  const { renderer, outputDir, outputs } = value as Record<string, unknown>;
  return typeof renderer === "string" && typeof outputDir === "string" && outputs !== null && typeof outputs === "object" && !Array.isArray(outputs);
}

/** The record, or null when it is missing, not a regular file (a pipe would hang the read) or not of the expected shape. */
export async function readOutputRecord(file: string): Promise<OutputRecord | null> {
  try {
    const parsed: unknown = JSON.parse(readRegularFile(file, { maxBytes: maxRecordBytes }).toString("utf8"));
    return isOutputRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export async function writeOutputRecord(file: string, record: OutputRecord): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(record));
}

/** For each output: whether `previous` recorded the same fingerprint for it, from a folder it may be carried over from. */
export function unchangedOutputs(outputs: readonly ReusableOutput[], previous: OutputRecord | null, current: CurrentOutputs): boolean[] {
  if (!previous || previous.renderer !== current.renderer || previous.outputDir !== current.outputDir) return outputs.map(() => false);
  return outputs.map((output) => previous.outputs[output.url] === output.fingerprint);
}

export function fingerprintsOf(outputs: readonly ReusableOutput[]): Record<string, string> {
  return Object.fromEntries(outputs.map((output) => [output.url, output.fingerprint]));
}
