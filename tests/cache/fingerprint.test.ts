/**
 * The parse cache's fingerprint covers the parser's own modules and data
 * files, the lock file and the settings beside the seeds, and nothing else:
 * editing a template, the CLI, the server or the renderer leaves every
 * cached record valid; editing the parser does not. The renderer's version,
 * which decides whether pages may be carried over, covers the templates too.
 */
import { appendFile, cp, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parserEntryPoints, parserFiles, parserVersion, rendererVersion } from "../../src/cache/fingerprint.ts";
import { projectRoot, temporaryFolder } from "../helpers.ts";

let project: string;
beforeAll(async () => {
  project = await temporaryFolder("news-archive-fingerprint-");
  for (const part of ["src", "templates", ".eleventy.ts", "package-lock.json"]) await cp(path.join(projectRoot, part), path.join(project, part), { recursive: true });
});
afterAll(() => rm(project, { recursive: true, force: true }));

async function versionsAfter(edit: string, text = "\n// edited\n"): Promise<{ parser: string; renderer: string }> {
  await appendFile(path.join(project, edit), text);
  return { parser: await parserVersion(project), renderer: await rendererVersion(project) };
}

describe("the parser's files", () => {
  it("are its entry points and what they import, data files included, and no module of a later stage", () => {
    const files = parserFiles(projectRoot).map((file) => path.relative(projectRoot, file));
    expect(files).toEqual(expect.arrayContaining([...parserEntryPoints, "src/parse/title.ts", "src/entities/lexicon.json", "src/model/article.ts"]));
    expect(files.filter((file) => /^src\/(site|output|archive|cli|serve|cache)\/|^templates\/|^src\/build\.ts$|^src\/config\.ts$/.test(file))).toEqual([]);
  });
});

describe("the fingerprints", () => {
  it("keep the parse cache valid when a template, the CLI, the server or the renderer changes, and not the pages", async () => {
    const parser = await parserVersion(project);
    let renderer = await rendererVersion(project);
    for (const edit of ["templates/article.ts", "templates/assets/style.css", "src/site/format.ts", "src/output/content-writer.ts", "src/build.ts", "src/archive/related.ts"]) {
      const after = await versionsAfter(edit, edit.endsWith(".css") ? "\n/* edited */\n" : undefined);
      expect(after.parser, edit).toBe(parser);
      expect(after.renderer, edit).not.toBe(renderer);
      renderer = after.renderer;
    }
    for (const edit of ["src/cli/serve.ts", "src/cli/build.ts", "src/serve/live-server.ts"]) {
      const after = await versionsAfter(edit);
      expect(after, edit).toEqual({ parser, renderer });
    }
  });

  it("parse every seed afresh when a parser module, its data or a library changes", async () => {
    let parser = await parserVersion(project);
    for (const edit of ["src/parse/title.ts", "src/parse/rules/author-bio.ts", "src/entities/lexicon.json", "src/seeds/decode.ts", "src/model/article.ts", "package-lock.json"]) {
      const after = await versionsAfter(edit, edit.endsWith(".json") ? " " : undefined);
      expect(after.parser, edit).not.toBe(parser);
      parser = after.parser;
    }
  });
});
