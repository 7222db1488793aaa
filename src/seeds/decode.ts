/**
 * Bytes to text. Seeds arrive from scrapers, email and copy-paste on every
 * platform, so the encoding is read from a byte-order mark, else the bytes
 * are taken as UTF-8 when they are valid UTF-8, else a detector (chardet)
 * ranks the legacy encodings and iconv-lite decodes. A decoding is accepted
 * only if it is clean (no C1 control or replacement characters), so mojibake is
 * refused rather than published. Line endings become LF, and characters that
 * are invisible or invalid on a web page are removed with a warning.
 */
import { analyse } from "chardet";
import iconv from "iconv-lite";
import { plural, removalWarnings, removeUnshowable } from "./characters.ts";
import { repairMojibake } from "./mojibake.ts";
import { SeedRejection } from "./problem.ts";

export interface DecodedSeed {
  text: string;
  /** The encoding the bytes were read as, e.g. `UTF-8`, `UTF-16LE`, `windows-1252`. */
  encoding: string;
  warnings: string[];
}

const byteOrderMarks = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "UTF-8" },
  { bytes: [0xff, 0xfe], encoding: "UTF-16LE" },
  { bytes: [0xfe, 0xff], encoding: "UTF-16BE" },
] as const;

/**
 * Legacy encodings of Latin-script text; a low-confidence guess among them is
 * read as windows-1252, as browsers do. A low-confidence guess of any other
 * encoding is mojibake more often than not, so it is never used.
 */
const latinFamily = /^(ISO-8859-(1|2|9|15)|windows-125[02478])$/;
const minimumConfidence = 50;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * C1 controls and replacement characters are what a wrong legacy decoding
 * leaves behind. (C0 controls read the same in every ASCII-based encoding, so
 * they say nothing about it; they are removed later with a warning.)
 */
const wrongDecoding = /[\u0080-\u009F\uFFFD]/;

function isClean(text: string): boolean {
  return !loneSurrogate.test(text) && !wrongDecoding.test(text);
}

function decodeWithBom(bytes: Uint8Array): DecodedSeed | null {
  const mark = byteOrderMarks.find((candidate) => startsWith(bytes, candidate.bytes));
  if (!mark) return null;
  const body = bytes.subarray(mark.bytes.length);
  const text = mark.encoding === "UTF-8" ? decodeUtf8(body) : iconv.decode(Buffer.from(body), mark.encoding, { stripBOM: false });
  if (text === null || loneSurrogate.test(text) || (mark.encoding !== "UTF-8" && body.length % 2 !== 0)) {
    throw new SeedRejection(null, `the file starts with a ${mark.encoding} byte-order mark but is not valid ${mark.encoding} text; save it as UTF-8 and build again`);
  }
  return { text, encoding: mark.encoding, warnings: [] };
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

function legacyEncoding(name: string, bytes: Uint8Array): { decodeAs: string; name: string } {
  // Bytes 0x80-0x9F are controls in ISO-8859-1 but curly quotes and dashes in windows-1252, the encoding such files really use.
  if (name === "ISO-8859-1" || name === "windows-1252") {
    return bytes.some((byte) => byte >= 0x80 && byte <= 0x9f) ? { decodeAs: "windows-1252", name: "windows-1252" } : { decodeAs: "windows-1252", name: "ISO-8859-1" };
  }
  return { decodeAs: name, name };
}

function decodeDetected(bytes: Uint8Array): DecodedSeed {
  const buffer = Buffer.from(bytes);
  for (const match of analyse(bytes)) {
    const sure = match.confidence >= minimumConfidence;
    if (!sure && !latinFamily.test(match.name)) continue;
    const guessed = sure ? match.name : "windows-1252";
    const { decodeAs, name } = legacyEncoding(guessed, bytes);
    if (!iconv.encodingExists(decodeAs)) continue;
    const text = iconv.decode(buffer, decodeAs, { stripBOM: false });
    if (!isClean(text)) continue;
    const how = guessed === match.name ? `detected with ${match.confidence}% confidence` : `the detector was unsure (${match.name}, ${match.confidence}%), so the most common legacy encoding was used`;
    return { text, encoding: name, warnings: [`the file is not UTF-8; read as ${name} (${how}); save it as UTF-8 to be sure`] };
  }
  throw new SeedRejection(null, "the file is not valid UTF-8 text and its encoding could not be recognised; save it as UTF-8 and build again");
}

export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** Repairs what an earlier conversion garbled, removes what cannot be shown, and says so. */
function cleanUp(decoded: DecodedSeed): DecodedSeed {
  const warnings = [...decoded.warnings];
  // Before control characters go: "â€\u009d" (a closing quote mark read through Latin-1) needs its last character.
  const { text: repaired, repairs } = repairMojibake(normaliseLineEndings(decoded.text));
  if (repairs > 0) warnings.push(`repaired ${plural(repairs, "character")} garbled by an earlier conversion (such as "â€™" for "’")`);
  const { text, removed } = removeUnshowable(repaired);
  warnings.push(...removalWarnings(removed));
  const replacements = text.match(/\uFFFD/g)?.length ?? 0;
  if (replacements > 0) warnings.push(`the text holds ${plural(replacements, "replacement character")} (\uFFFD): an earlier conversion damaged it; check the original`);
  return { ...decoded, text, warnings };
}

/** Bytes in the encoding a web page or its server declared, when that decoding is clean. */
function decodeDeclared(bytes: Uint8Array, declared: string | null): DecodedSeed | null {
  if (declared === null || !iconv.encodingExists(declared)) return null;
  const { decodeAs, name } = legacyEncoding(declared.toLowerCase() === "iso-8859-1" ? "ISO-8859-1" : declared, bytes);
  const text = iconv.decode(Buffer.from(bytes), decodeAs, { stripBOM: false });
  return isClean(text) ? { text, encoding: name, warnings: [] } : null;
}

/**
 * `declared` is the encoding a saved web page names (HTTP `Content-Type`, or
 * `<meta charset>`): it decides for bytes that are not valid UTF-8, before
 * any guess. A byte-order mark and valid UTF-8 still come first, as in browsers.
 */
export function decodeSeed(bytes: Uint8Array, declared: string | null = null): DecodedSeed {
  if (bytes.length === 0) throw new SeedRejection(null, "the file is empty");
  const withBom = decodeWithBom(bytes);
  if (!withBom && bytes.includes(0)) throw new SeedRejection(null, "the file is binary (it contains NUL bytes), not text");
  const asUtf8 = withBom ? null : decodeUtf8(bytes);
  const decoded = cleanUp(withBom ?? (asUtf8 === null ? (decodeDeclared(bytes, declared) ?? decodeDetected(bytes)) : { text: asUtf8, encoding: "UTF-8", warnings: [] }));
  if (decoded.text.trim() === "") throw new SeedRejection(null, "the file holds only white space, no text");
  return decoded;
}
