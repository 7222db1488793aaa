/**
 * Markup and template syntax in every field of a seed, and in file names:
 * a whole `npm run build` from hostile seeds, then every file it wrote is
 * checked. Nothing a seed says becomes a tag, an attribute or a script, and
 * `{{ }}`, `{% %}` and `${ }` come out as the characters typed.
 */
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleSchema, type Article } from "../../src/model/article.ts";
import type { BuildReport } from "../../src/report.ts";
import { fixturesDir, temporaryFolder } from "../helpers.ts";
import { executableMarkup } from "./hostile-seeds.ts";
import { runBuild, snapshot, type BuildRun } from "./run-build.ts";

const hostileFileNames = {
  markupInName: `"><img src=x onerror=alert('file-name')>.txt`,
  controlCharacters: "escape\u001b[2J\u0007\u202Eevil.txt",
  reservedName: "CON.txt",
  veryLong: `${"very-long-name-".repeat(15)}.txt`,
};

let work: string;
let seeds: string;
let output: string;
let result: BuildRun;
let files: Map<string, Buffer>;
let records: Article[];

beforeAll(async () => {
  work = await temporaryFolder();
  seeds = path.join(work, "seeds");
  output = path.join(work, "site");
  await cp(path.join(fixturesDir, "hostile", "seeds"), seeds, { recursive: true });
  for (const name of Object.values(hostileFileNames)) await writeFile(path.join(seeds, name), `A story filed as ${JSON.stringify(name)}.\n`);
  // “Curly quotes” and a dash as Windows-1252 writes them: bytes 0x93, 0x94 and 0x96.
  await writeFile(path.join(seeds, "windows-1252.txt"), Buffer.from([...Buffer.from("Quotes from Windows\n\nA "), 0x93, ...Buffer.from("quoted"), 0x94, ...Buffer.from(" word "), 0x96, ...Buffer.from(" and a dash.\n")]));
  // Empty, so that it is rejected and its name is printed in the report.
  await writeFile(path.join(seeds, hostileFileNames.controlCharacters), "");
  result = await runBuild({ ARCHIVE_SEEDS_DIR: seeds, ARCHIVE_OUTPUT_DIR: output, ARCHIVE_STATE_DIR: path.join(work, "state") }, { cwd: work });
  files = await snapshot(output);
  records = (JSON.parse(files.get("articles.json")?.toString("utf8") ?? "[]") as unknown[]).map((record) => articleSchema.parse(record));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#39);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", amp: "&" })[name] ?? "");
}

describe("a build from hostile seeds", () => {
  it("publishes the readable seeds and rejects the one with a script address, exiting 1", () => {
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('seeds/javascript-url.txt:2: front matter: url must be an http:// or https:// address (given "javascript:alert(\\"front-matter-url\\")")');
    expect(records.map((record) => record.sourceFile).sort()).toEqual(
      [hostileFileNames.markupInName, hostileFileNames.reservedName, hostileFileNames.veryLong, "markup-in-every-field.md", "markup-in-plain-text.txt", "template-syntax-only.txt", "windows-1252.txt"].sort(),
    );
  });

  it("writes nothing outside the output folder", async () => {
    expect((await readdir(work)).sort()).toEqual(["seeds", "site", "state"]);
    for (const file of files.keys()) expect(file.startsWith(".."), file).toBe(false);
    for (const record of records) expect(record.url).toMatch(/^\/articles\/[a-z0-9]+(-[a-z0-9]+)*\/$/);
  });

  it("gives no HTML page a tag, attribute or address from a seed that could run script", () => {
    const pages = [...files].filter(([file]) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(10);
    for (const [file, bytes] of pages) {
      expect(executableMarkup(bytes.toString("utf8")), file).toBeNull();
    }
  });

  it("keeps JSON-LD and any inline script free of anything that closes the script element", () => {
    for (const [file, bytes] of files) {
      if (!file.endsWith(".html")) continue;
      for (const [, body] of bytes.toString("utf8").matchAll(/<script[^>]*>([\s\S]*?)<\/script>/gi)) {
        expect(body, file).not.toMatch(/<\/?script|<!--/i);
      }
    }
  });

  it("gives no feed or sitemap (when present) a seed's markup, in the XML or in its HTML content", () => {
    for (const [file, bytes] of files) {
      if (!file.endsWith(".xml")) continue;
      const xml = bytes.toString("utf8");
      expect(executableMarkup(xml), file).toBeNull();
      for (const [, content] of xml.matchAll(/<(?:content|summary|description)[^>]*>([\s\S]*?)<\/(?:content|summary|description)>/g)) {
        expect(executableMarkup(unescapeXml(content ?? "")), file).toBeNull();
      }
    }
  });

  it("keeps every JSON file's HTML fields free of a seed's markup, and its text fields exactly as typed", () => {
    for (const [file, bytes] of files) {
      if (!file.endsWith(".json")) continue;
      const visit = (value: unknown, key: string): void => {
        if (typeof value === "string" && /html$/i.test(key)) expect(executableMarkup(value), `${file} ${key}`).toBeNull();
        else if (value && typeof value === "object") for (const [childKey, child] of Object.entries(value)) visit(child, Array.isArray(value) ? key : childKey);
      };
      visit(JSON.parse(bytes.toString("utf8")) as unknown, "");
    }
    const markup = records.find((record) => record.sourceFile === "markup-in-every-field.md");
    expect(markup?.title).toBe('<script>alert("title")</script> {{ 7*7 }} {% raw %} ${7*7} &amp; <b onmouseover=alert("title")>');
    expect(markup?.extra).toEqual({ notes: '<script>alert("extra")</script>' });
  });

  it("shows markup and template syntax from every front-matter field and the body as text on the article page", () => {
    const markup = records.find((record) => record.sourceFile === "markup-in-every-field.md");
    const page = files.get(`${markup?.url.slice(1)}index.html`)?.toString("utf8") ?? "";
    expect(page).toContain("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; {{ 7*7 }} {% raw %} ${7*7} &amp;amp; &lt;b onmouseover=alert(&quot;title&quot;)&gt;");
    expect(page).toContain("&lt;img src=x onerror=alert(&quot;author&quot;)&gt; {{ author }}");
    expect(page).toContain("&lt;script&gt;alert(&quot;body&quot;)&lt;/script&gt;");
    expect(page).toContain("{{ 7 * 7 }} and {% if true %}yes{% endif %} and ${7 * 7} and &lt;%= 7 * 7 %&gt;");
  });

  it("shows template syntax in a plain text seed as the characters typed, not evaluated", () => {
    const template = records.find((record) => record.sourceFile === "template-syntax-only.txt");
    // Three tokens set apart above the story read as a kicker, so the title comes from the lead sentence, as typed.
    expect(template?.title).toBe("A story about {{ site.title }} and {% for x in collections.all %}{{ x.url }}{% endfor %}…");
    expect(template?.removed.map((removal) => removal.text)).toEqual(['{{ constructor.constructor("alert(1)")() }}']);
    const page = files.get(`${template?.url.slice(1)}index.html`)?.toString("utf8") ?? "";
    expect(page).toContain("{% for x in collections.all %}{{ x.url }}{% endfor %} and ${globalThis.process.exit(1)}");
  });

  it("shows a Windows-1252 seed's curly quotes as curly quotes, never as mojibake, and records the encoding", () => {
    const record = records.find((candidate) => candidate.sourceFile === "windows-1252.txt");
    expect(record?.encoding).toBe("windows-1252");
    const page = files.get(`${record?.url.slice(1)}index.html`)?.toString("utf8") ?? "";
    expect(page).toContain("<p>A “quoted” word – and a dash.</p>");
    expect(page).not.toMatch(/[\u0080-\u009f\ufffd]|â€/);
  });

  it("gives a reserved file name, a very long one and one full of markup a safe address each", () => {
    for (const name of [hostileFileNames.reservedName, hostileFileNames.veryLong, hostileFileNames.markupInName]) {
      const record = records.find((candidate) => candidate.sourceFile === name);
      expect(record?.url).toMatch(/^\/articles\/[a-z0-9-]{1,100}\/$/);
      expect(record?.url).not.toBe("/articles/con/");
    }
  });

  it("writes the report as JSON in the state folder, outside the published site, with every rejection and warning", async () => {
    const report = JSON.parse(await readFile(path.join(work, "state", "report.json"), "utf8")) as BuildReport;
    expect(report.rejected.map((problem) => problem.file).sort()).toEqual([hostileFileNames.controlCharacters, "javascript-url.txt"].sort());
    expect(report.rejected.find((problem) => problem.file === "javascript-url.txt")?.message).toContain("url must be an http:// or https:// address");
    expect(report.notices).toContainEqual({ file: "markup-in-every-field.md", line: null, message: `front matter: slug ${JSON.stringify('"><script>alert("slug")</script>')} is not URL-safe; published as "script-alert-slug-script"` });
    expect([...files.keys()].filter((file) => file.includes("report"))).toEqual([]);
  });

  it("prints file names with control characters as escapes, so the report cannot rewrite the terminal", () => {
    for (const character of ["\u001b", "\u0007", "\u202E"]) expect(result.stdout).not.toContain(character);
    expect(result.stdout).toContain("seeds/escape\\u001b[2J\\u0007\\u202eevil.txt");
  });
});
