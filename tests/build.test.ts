/**
 * `npm run build` as the archivist runs it: a whole process, on the real seeds
 * and on a folder of bad input, checked on the files it writes.
 */
import { execFile } from "node:child_process";
import { readdir, readFile, rm, writeFile, mkdir, cp } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleSchema } from "../src/model/article.ts";
import { fixturesDir, listFiles, projectRoot, seedsDir, temporaryFolder } from "./helpers.ts";

const run = promisify(execFile);
const launcher = path.join(projectRoot, "src", "cli", "launch.mjs");

interface BuildRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function build(env: Record<string, string>, cwd: string): Promise<BuildRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--expose-gc", launcher, "build"], { cwd, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}


let work: string;
beforeAll(async () => {
  work = await temporaryFolder();
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("building the five seeds", () => {
  let first: BuildRun;
  let output: string;

  beforeAll(async () => {
    output = path.join(work, "site");
    first = await build({ ARCHIVE_SEEDS_DIR: seedsDir, ARCHIVE_OUTPUT_DIR: output, ARCHIVE_STATE_DIR: path.join(work, "state") }, work);
  });

  it("succeeds and says what it published", () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("5 of 5 seed files published");
  });

  it("writes 5 article pages, an index, a tags index and one page per tag", async () => {
    const files = await listFiles(output);
    const articlePages = files.filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
    expect(articlePages).toHaveLength(5);
    expect(files).toContain("index.html");
    expect(files).toContain("tags/index.html");
    const records = JSON.parse(await readFile(path.join(output, "articles.json"), "utf8")) as unknown[];
    const tagSlugs = new Set(records.flatMap((record) => articleSchema.parse(record).tags.map((tag) => tag.slug)));
    const tagPages = files.filter((file) => /^tags\/[^/]+\/index\.html$/.test(file));
    expect(tagPages.sort()).toEqual([...tagSlugs].map((slug) => `tags/${slug}/index.html`).sort());
  });

  it("writes articles.json with 5 records that pass the schema", async () => {
    const records = JSON.parse(await readFile(path.join(output, "articles.json"), "utf8")) as unknown[];
    expect(records).toHaveLength(5);
    for (const record of records) expect(articleSchema.safeParse(record).success).toBe(true);
  });

  it("links every article from the index and every tag from the tags index", async () => {
    const index = await readFile(path.join(output, "index.html"), "utf8");
    const tags = await readFile(path.join(output, "tags", "index.html"), "utf8");
    const records = (JSON.parse(await readFile(path.join(output, "articles.json"), "utf8")) as unknown[]).map((record) => articleSchema.parse(record));
    for (const record of records) {
      expect(index).toContain(`href="${record.url}"`);
      for (const tag of record.tags) expect(tags).toContain(`href="/tags/${tag.slug}/"`);
    }
  });

  it("shows 002's image licence as a credit under the article", async () => {
    const files = await listFiles(output);
    const page = files.find((file) => file.includes("4e2eaf43537388af"));
    const html = await readFile(path.join(output, page ?? ""), "utf8");
    const creditsAt = html.indexOf('<section class="credits"');
    expect(creditsAt).toBeGreaterThan(html.indexOf('<div class="article-body">'));
    expect(html.slice(creditsAt)).toContain("Image is licensed under the");
  });

  it("gives byte-identical output when built twice", async () => {
    const again = path.join(work, "site-again");
    const second = await build({ ARCHIVE_SEEDS_DIR: seedsDir, ARCHIVE_OUTPUT_DIR: again, ARCHIVE_STATE_DIR: path.join(work, "state") }, work);
    expect(second.code).toBe(0);
    const files = await listFiles(output);
    expect(await listFiles(again)).toEqual(files);
    for (const file of files) {
      expect(Buffer.compare(await readFile(path.join(output, file)), await readFile(path.join(again, file))), file).toBe(0);
    }
  });

  it("prefixes every link when hosted under a sub-path", async () => {
    const prefixed = path.join(work, "site-prefixed");
    const result = await build(
      { ARCHIVE_SEEDS_DIR: seedsDir, ARCHIVE_OUTPUT_DIR: prefixed, ARCHIVE_STATE_DIR: path.join(work, "state"), ARCHIVE_PATH_PREFIX: "/archive/" },
      work,
    );
    expect(result.code).toBe(0);
    const index = await readFile(path.join(prefixed, "index.html"), "utf8");
    const links = [...index.matchAll(/(?:href|src)="([^"]+)"/g)].map((match) => match[1] ?? "");
    expect(links.length).toBeGreaterThan(5);
    for (const link of links.filter((target) => !target.startsWith("#"))) expect(link.startsWith("/archive/"), link).toBe(true);
  });
});

describe("building bad input", () => {
  let result: BuildRun;
  let output: string;

  beforeAll(async () => {
    output = path.join(work, "bad-site");
    result = await build({ ARCHIVE_SEEDS_DIR: path.join(fixturesDir, "bad-input"), ARCHIVE_OUTPUT_DIR: output, ARCHIVE_STATE_DIR: path.join(work, "bad-state") }, fixturesDir);
  });

  it("exits non-zero so automation notices", () => {
    expect(result.code).toBe(1);
  });

  it("names each rejected file with its reason, and the line where there is one", () => {
    const seeds = "bad-input";
    expect(result.stdout).toContain(`${seeds}/bad-date.txt:3: front matter: date is not a calendar date (given "2024-02-30")`);
    expect(result.stdout).toContain(`${seeds}/empty.txt: the file is empty`);
    expect(result.stdout).toContain(`${seeds}/binary.txt: the file is binary`);
    expect(result.stdout).toContain(`${seeds}/latin1.txt: the file is not UTF-8; read as ISO-8859-1`);
    expect(result.stdout).toMatch(/sub\/same-id-b\.txt: duplicate id "shared-id": sub\/same-id-a\.txt already uses it/);
  });

  it("still builds every other article and reports the draft", async () => {
    expect(result.stdout).toContain("4 of 9 seed files published, 4 rejected, 1 drafts skipped");
    const records = (JSON.parse(await readFile(path.join(output, "articles.json"), "utf8")) as unknown[]).map((record) => articleSchema.parse(record));
    expect(records.map((record) => record.sourceFile).sort()).toEqual(["2024-05-16-talks.md", "bom-crlf.txt", "latin1.txt", "sub/same-id-a.txt"]);
  });

  it("writes the report as JSON", async () => {
    const report = JSON.parse(await readFile(path.join(work, "bad-state", "report.json"), "utf8")) as { rejected: { file: string }[]; drafts: string[] };
    expect(report.rejected.map((problem) => problem.file)).toEqual(["bad-date.txt", "binary.txt", "empty.txt", "sub/same-id-b.txt"]);
    expect(report.drafts).toEqual(["draft.txt"]);
  });

  it("shows markup from a seed as text, never as markup", async () => {
    const records = (JSON.parse(await readFile(path.join(output, "articles.json"), "utf8")) as unknown[]).map((record) => articleSchema.parse(record));
    const talks = records.find((record) => record.sourceFile === "2024-05-16-talks.md");
    expect(talks?.date).toBe("2024-05-16");
    expect(talks?.dateSource).toBe("file-name");
    const page = await readFile(path.join(output, `${talks?.url.slice(1)}index.html`), "utf8");
    expect(page.match(/<script[^>]*>/g)).toEqual(['<script type="application/ld+json">']);
    const jsonLd = page.split('<script type="application/ld+json">')[1]?.split("</script>")[0] ?? "";
    expect(jsonLd).not.toMatch(/[<>]/);
    expect(JSON.parse(jsonLd)).toMatchObject({ "@type": "NewsArticle", author: { name: "Jane <script>alert(1)</script> Doe" } });
    expect(page).not.toMatch(/href="javascript:/i);
    expect(page).toContain("Talks in &lt;Beijing&gt; &amp; &quot;Moscow&quot;");
    expect(page).toContain("Jane &lt;script&gt;alert(1)&lt;/script&gt; Doe");
    expect(page).toContain('<a href="https://example.org">harmless link</a>');
  });

  it("reads a byte-order mark and CRLF endings as plain text", async () => {
    const records = (JSON.parse(await readFile(path.join(output, "articles.json"), "utf8")) as unknown[]).map((record) => articleSchema.parse(record));
    const bom = records.find((record) => record.sourceFile === "bom-crlf.txt");
    expect(bom?.title).toBe("A file with a byte-order mark");
    expect(bom?.paragraphs).toEqual(["And Windows line endings, which are normalised."]);
  });
});

describe("a failed build", () => {
  it("refuses an output folder that would replace the seeds, and leaves them alone", async () => {
    const seeds = path.join(work, "own-seeds");
    await mkdir(seeds);
    await cp(path.join(seedsDir, "000_e6d30eb71dfbbe6e.txt"), path.join(seeds, "000_e6d30eb71dfbbe6e.txt"));
    const result = await build({ ARCHIVE_SEEDS_DIR: seeds, ARCHIVE_OUTPUT_DIR: work }, work);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("would replace the seeds folder");
    expect(await readdir(seeds)).toEqual(["000_e6d30eb71dfbbe6e.txt"]);
  });

  it("leaves the previous site as it was when the seeds folder is missing", async () => {
    const output = path.join(work, "kept-site");
    await mkdir(output);
    await writeFile(path.join(output, "index.html"), "previous site");
    const result = await build({ ARCHIVE_SEEDS_DIR: path.join(work, "no-such-folder"), ARCHIVE_OUTPUT_DIR: output }, work);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("does not exist");
    expect(await readFile(path.join(output, "index.html"), "utf8")).toBe("previous site");
  });
});
