/**
 * Seeds as they arrive from scrapers, email and copy-paste: every encoding is
 * read as the text it is, recorded on the record, and never shown as mojibake;
 * odd whitespace and invisible characters never reach a page; files that are
 * not text are refused with a reason.
 */
import { symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/model/article.ts";
import { parseSeed } from "../../src/record/parse-seed.ts";
import { readSeedFiles } from "../../src/seeds/find.ts";
import { parseMaxSeedBytes } from "../../src/config.ts";
import { seedFile, temporaryFolder } from "../helpers.ts";
import { articleOf, rejectionOf } from "./outcomes.ts";

const story = "Talks resume in Geneva\n\nThe “delegates” met on Tuesday – it’s the first meeting since May. Café owners said the naïve plan would fail.\n";
const latin1Story = "Talks resume in Geneva\n\nCafé owners in Zürich said the naïve plan would fail, according to the résumé.\n";

function utf16(text: string, byteOrder: "le" | "be"): Uint8Array {
  const bytes = Buffer.from(text, "utf16le");
  if (byteOrder === "be") bytes.swap16();
  return Uint8Array.from([...(byteOrder === "le" ? [0xff, 0xfe] : [0xfe, 0xff]), ...bytes]);
}

/** Windows-1252 by hand: the bytes a Windows editor writes for curly quotes and dashes. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { "“": 0x93, "”": 0x94, "‘": 0x91, "’": 0x92, "–": 0x96, "—": 0x97 };
  return Uint8Array.from([...text].map((character) => special[character] ?? character.charCodeAt(0)));
}

function parsed(bytes: Uint8Array, name = "seed.txt"): Article {
  return articleOf(parseSeed({ path: name, bytes }));
}

describe("encodings", () => {
  it("reads UTF-8 without a byte-order mark", () => {
    const record = parsed(new TextEncoder().encode(story));
    expect(record.encoding).toBe("UTF-8");
    expect(record.paragraphs[0]).toContain("The “delegates” met on Tuesday – it’s");
  });

  it("reads UTF-8 with a byte-order mark, and drops the mark", () => {
    const record = parsed(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(story)]));
    expect(record.encoding).toBe("UTF-8");
    expect(record.title).toBe("Talks resume in Geneva");
  });

  it.each(["le", "be"] as const)("reads UTF-16 %s with a byte-order mark", (byteOrder) => {
    const record = parsed(utf16(story, byteOrder));
    expect(record.encoding).toBe(`UTF-16${byteOrder.toUpperCase()}`);
    expect(record.title).toBe("Talks resume in Geneva");
    expect(record.paragraphs[0]).toContain("Café owners said the naïve plan");
  });

  it("reads Windows-1252 curly quotes (bytes 0x91 to 0x94) as real curly quotes, never as mojibake", () => {
    const bytes = windows1252("Quotes from Windows\n\n“Double” and ‘single’ quotes – and a dash — here.\n");
    expect(bytes).toContain(0x91);
    expect(bytes).toContain(0x94);
    const record = parsed(bytes);
    expect(record.encoding).toBe("windows-1252");
    expect(record.paragraphs).toEqual(["“Double” and ‘single’ quotes – and a dash — here."]);
    expect(record.html).toContain("“Double” and ‘single’");
    expect(record.warnings.join("\n")).toContain("read as windows-1252");
  });

  it("reads Latin-1 accents as the letters they are", () => {
    const record = parsed(Uint8Array.from(Buffer.from(latin1Story, "latin1")));
    expect(record.encoding).toBe("ISO-8859-1");
    expect(record.paragraphs).toEqual(["Café owners in Zürich said the naïve plan would fail, according to the résumé."]);
    expect(record.warnings.join("\n")).toContain("the file is not UTF-8; read as ISO-8859-1");
  });

  it("reads a Windows-1252 file with a stray control character, removing it with a warning", () => {
    const record = parsed(windows1252("Quotes from Windows\n\n“Quoted”\u0007 text here.\n"));
    expect(record.encoding).toBe("windows-1252");
    expect(record.paragraphs).toEqual(["“Quoted” text here."]);
    expect(record.warnings).toContain("removed 1 control character that cannot appear on a web page");
  });

  it("warns about replacement characters left by an earlier, damaging conversion", () => {
    const record = parsed(new TextEncoder().encode("Talks resume in Geneva\n\nThe caf\uFFFD owners met."));
    expect(record.warnings.join("\n")).toContain("holds 1 replacement character");
  });

  it("repairs UTF-8 that was once read as Windows-1252 or Latin-1 (mojibake) and says how many characters it repaired", () => {
    const record = parsed(new TextEncoder().encode("Talks resume in Geneva\n\nItâ€™s the cafÃ© owners â€œagainâ€\u009d â€” see Ã‰cole. ðŸ˜€ Itâ\u0080\u0099s done."));
    expect(record.paragraphs).toEqual(["It’s the café owners “again” — see École. 😀 It’s done."]);
    expect(record.html).not.toMatch(/â€|Ã/);
    expect(record.warnings).toContain('repaired 8 characters garbled by an earlier conversion (such as "â€™" for "’")');
  });

  it("leaves accented capitals next to quote marks alone: they are not mojibake", () => {
    const record = parsed(new TextEncoder().encode("Talks resume in Geneva\n\n“JOSÉ” said CAFÉ’s owner, and Gruß’ and «À» too."));
    expect(record.paragraphs).toEqual(["“JOSÉ” said CAFÉ’s owner, and Gruß’ and «À» too."]);
    expect(record.warnings.join("\n")).not.toContain("repaired");
  });

  it("refuses a UTF-16 file whose bytes break off mid-character", () => {
    const bytes = utf16(story, "le");
    expect(rejectionOf(parseSeed({ path: "cut.txt", bytes: bytes.subarray(0, bytes.length - 1) }))).toContain("not valid UTF-16LE text");
  });

  it("refuses bytes that no encoding reads as clean text rather than guessing", () => {
    const outcome = parseSeed({ path: "noise.txt", bytes: Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x81, 0x8d, 0x8f]) });
    expect(rejectionOf(outcome)).toContain("encoding could not be recognised");
  });
});

describe("line endings and invisible characters", () => {
  const lines = ["Talks resume in Geneva", "", "The first paragraph ends here.", "", "The second paragraph ends here."];

  it.each([
    ["CRLF", lines.join("\r\n")],
    ["CR", lines.join("\r")],
    ["mixed", `${lines[0]}\r\n\r${lines[2]}\n\r\n${lines[4]}`],
  ])("reads %s line endings as the same paragraphs", (_, text) => {
    const record = parsed(new TextEncoder().encode(text));
    expect(record.title).toBe("Talks resume in Geneva");
    expect(record.paragraphs).toEqual(["The first paragraph ends here.", "The second paragraph ends here."]);
  });

  it("collapses tabs and treats a line of non-breaking spaces as a blank line", () => {
    const record = parsed(new TextEncoder().encode("Talks\tresume in Geneva\n\u00a0\u00a0\nThe\t\tfirst paragraph.\n \t\u00a0\nThe second paragraph."));
    expect(record.title).toBe("Talks resume in Geneva");
    expect(record.paragraphs).toEqual(["The first paragraph.", "The second paragraph."]);
  });

  it("removes zero-width spaces and control characters, and says so", () => {
    const record = parsed(new TextEncoder().encode("Talks re\u200Bsume in Gen\u2060eva\n\nThe first\u0007 paragraph\u001b[31m ends\u0008 here.\uFEFF"));
    expect(record.title).toBe("Talks resume in Geneva");
    expect(record.paragraphs).toEqual(["The first paragraph[31m ends here."]);
    expect(record.warnings).toContain("removed 3 control characters that cannot appear on a web page");
    expect(record.warnings).toContain("removed 3 zero-width characters");
  });

  it("keeps every word of a very long line and makes a short title from it", () => {
    const sentence = "The committee met again on Tuesday to discuss the plan. ";
    const line = sentence.repeat(20_000);
    const record = parsed(new TextEncoder().encode(line));
    expect(record.title.length).toBeLessThanOrEqual(110);
    expect(record.wordCount).toBe(20_000 * 10);
  });
});

describe("files that are not articles", () => {
  it.each([
    ["empty", "", "the file is empty"],
    ["whitespace only", " \n\t\r\n\u00a0 \n", "only white space"],
    ["zero-width characters only", "\u200B\uFEFF\n", "only white space"],
  ])("refuses an %s file", (_, text, reason) => {
    expect(rejectionOf(parseSeed(seedFile("blank.txt", text)))).toContain(reason);
  });

  it("refuses a binary file (NUL bytes)", () => {
    expect(rejectionOf(parseSeed({ path: "image.txt", bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]) }))).toContain("binary");
  });

  it("refuses a file over the size limit, naming its size and the limit, without reading it", async () => {
    const folder = await temporaryFolder();
    await writeFile(path.join(folder, "huge.txt"), "A sentence of text.\n".repeat(600));
    await writeFile(path.join(folder, "small.txt"), "A sentence of text.\n");
    const [huge, small] = await readSeedFiles(folder, 1_000);
    expect(huge?.bytes.length).toBe(0);
    expect(rejectionOf(parseSeed(huge ?? seedFile("missing", "")))).toBe(
      "the file is 12,000 bytes (11.7 KB), over the limit of 1,000 bytes (1.0 KB); split it, or raise ARCHIVE_MAX_SEED_BYTES",
    );
    expect(small?.unreadable).toBeUndefined();
  });

  it("has a five-megabyte default limit that ARCHIVE_MAX_SEED_BYTES changes", () => {
    expect(parseMaxSeedBytes(undefined)).toBe(5 * 1024 * 1024);
    expect(parseMaxSeedBytes("1000")).toBe(1000);
    expect(() => parseMaxSeedBytes("5MB")).toThrow("must be a whole number of bytes");
    expect(() => parseMaxSeedBytes("0")).toThrow("must be a whole number of bytes");
  });

  it("reports a symbolic link instead of following it outside the seeds folder or dropping it", async () => {
    const folder = await temporaryFolder();
    await writeFile(path.join(folder, "real.txt"), "Some text.");
    await symlink("/etc/passwd", path.join(folder, "link.txt"));
    const seeds = await readSeedFiles(folder);
    expect(seeds.map((seed) => seed.path)).toEqual(["link.txt", "real.txt"]);
    expect(rejectionOf(parseSeed(seeds[0] ?? seedFile("missing", "")))).toContain("symbolic link, which is not followed");
    expect(seeds[0]?.bytes.length).toBe(0);
  });
});
