/**
 * A seeds folder of N articles built from Brown Corpus press text, the same
 * for the same seed number on every machine: plain-text seeds like the real
 * ones, some with a headline line, some with boilerplate, no front matter.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** mulberry32: a small, fast generator whose sequence depends only on its seed. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const boilerplate = [
  "Sign up for our daily newsletter to get the top stories in your inbox.",
  "Leave a Reply",
  "Share this:",
  "A version of this story appears in the Morning Edition. Register here.",
];

export interface GeneratedSeed {
  fileName: string;
  text: string;
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("cannot pick from an empty list");
  return item;
}

function headlineFrom(paragraph: string, random: () => number): string {
  const words = paragraph.replace(/["().,;:?!]/g, "").split(/\s+/).filter((word) => word !== "");
  const length = Math.min(words.length, 4 + Math.floor(random() * 6));
  return words
    .slice(0, length)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

function fileNameFor(index: number, random: () => number): string {
  const hex = Array.from({ length: 16 }, () => Math.floor(random() * 16).toString(16)).join("");
  if (random() < 0.6) return `${String(index).padStart(6, "0")}_${hex}.txt`;
  const year = 1958 + Math.floor(random() * 6);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
  return `${year}-${month}-${day}-${hex.slice(0, 8)}.txt`;
}

/** The `index`-th seed of an archive: its own generator, so any one seed can be made alone. */
export function generateSeed(texts: readonly string[][], seedNumber: number, index: number): GeneratedSeed {
  const random = randomFrom(seedNumber * 1_000_003 + index);
  const source = pick(texts, random);
  const start = Math.floor(random() * source.length);
  const count = 3 + Math.floor(random() * 7);
  const paragraphs = Array.from({ length: count }, (_, offset) => source[(start + offset) % source.length] ?? "");
  const lines: string[] = [];
  if (random() < 0.4) lines.push(headlineFrom(pick(paragraphs, random), random));
  lines.push(...paragraphs);
  if (random() < 0.25) lines.push(pick(boilerplate, random));
  return { fileName: fileNameFor(index, random), text: `${lines.join("\n\n")}\n` };
}

/** Replaces `folder` with `count` generated seeds. */
export async function writeArchive(texts: readonly string[][], folder: string, count: number, seedNumber: number): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const batch = 500;
  for (let from = 0; from < count; from += batch) {
    const seeds = Array.from({ length: Math.min(batch, count - from) }, (_, offset) => generateSeed(texts, seedNumber, from + offset));
    await Promise.all(seeds.map((seed) => writeFile(path.join(folder, seed.fileName), seed.text)));
  }
}
