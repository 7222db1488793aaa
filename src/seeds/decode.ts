/**
 * Bytes to text. Seeds arrive from scrapers and editors on every platform, so
 * a byte-order mark is dropped and CRLF / CR line endings become LF before any
 * parsing; bytes that are not UTF-8 text are refused rather than guessed at.
 */
import { SeedRejection } from "./problem.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decodeSeed(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new SeedRejection(null, "the file is empty");
  if (bytes.includes(0)) throw new SeedRejection(null, "the file is binary (it contains NUL bytes), not text");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new SeedRejection(null, "the file is not valid UTF-8 text; save it as UTF-8 and build again");
  }
  return normaliseLineEndings(text);
}

export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
