/**
 * YAML's escapes bring back what the decoder removes from a file's bytes:
 * `"\ud800"` (a lone surrogate, which stopped the whole build in Pagefind),
 * `"\x01"`, `"\0"`, `"\e[2J"`, `"\uFFFF"` (which made `feed.xml` not XML and
 * put raw ESC and NUL on pages) and `"\u202E"`. Each front-matter string goes
 * through the decoder's filter; every feed, sitemap and JSON file of the
 * build parses.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { temporaryFolder } from "../helpers.ts";
import { parseArticle } from "../helpers.ts";
import { checkExports } from "./exports.ts";
import { runBuild, type BuildRun } from "./run-build.ts";

/** Front-matter values as a YAML double-quoted string spells them, escapes unexpanded. */
const escapedSeeds = {
  "lone-surrogate.md": '---\ntitle: "Lone \\ud800 surrogate"\n---\nThe council met on Tuesday.\n',
  "controls.md": '---\ntitle: "Controls \\x01 \\0 \\e[2J here"\nauthor: "Jane \\a Doe"\nsummary: "Bell \\x07 and \\uFFFF"\ntags: ["Trade \\x1b", "\\x02Diplomacy"]\nnotes: {deep: "nested \\0 value"}\n---\nThe delegates arrived in Geneva.\n',
  "bidi.md": '---\ntitle: "Invoice \\u202Efdp.exe"\n---\nThe report was filed on Monday.\n',
};

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unshowable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, child]) => [key, ...stringsIn(child)]);
  return [];
}

describe("front matter written with YAML escapes", () => {
  it("keeps none of the characters the decoder removes, in any field, and says so", () => {
    for (const [file, text] of Object.entries(escapedSeeds)) {
      const article = parseArticle(file, text);
      expect(stringsIn(article).filter((value) => unshowable.test(value)), file).toEqual([]);
      expect(article.warnings.some((warning) => warning.startsWith("front matter: removed ")), file).toBe(true);
    }
    expect(parseArticle("controls.md", escapedSeeds["controls.md"]).title).toBe("Controls   [2J here");
    expect(parseArticle("bidi.md", escapedSeeds["bidi.md"]).title).toBe("Invoice fdp.exe");
  });
});

describe("a build from seeds with YAML escapes", () => {
  let work: string;
  let result: BuildRun;

  beforeAll(async () => {
    work = await temporaryFolder();
    await mkdir(path.join(work, "seeds"));
    for (const [file, text] of Object.entries(escapedSeeds)) await writeFile(path.join(work, "seeds", file), text);
    result = await runBuild({ ARCHIVE_SEEDS_DIR: path.join(work, "seeds"), ARCHIVE_OUTPUT_DIR: path.join(work, "site"), ARCHIVE_STATE_DIR: path.join(work, "state") }, { cwd: work });
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("publishes every seed, the one with a lone surrogate too", () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("3 of 3 seed files published");
  });

  it("writes feeds and sitemap that a strict XML parser reads, JSON that parses, and pages without control characters", async () => {
    const { checked, problems } = await checkExports(path.join(work, "site"));
    expect(problems).toEqual([]);
    expect(checked.xml).toBeGreaterThanOrEqual(2);
    expect(checked.json).toBeGreaterThanOrEqual(2);
    expect(checked.html).toBeGreaterThan(3);
  });
});
