/**
 * The pattern `source-graph.ts` reads imports with gives, for every module in
 * `src/` and `templates/`, exactly the relative specifiers TypeScript's own
 * parse finds that run code or load a file: so the parse cache's fingerprint
 * follows the real graph.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runtimeSpecifiers } from "../../src/cache/source-graph.ts";
import { projectRoot } from "../helpers.ts";
import { importsOf, isRelative, modulesUnder } from "../module-imports.ts";

/** What TypeScript's parse of `text` says it runs or loads, by relative specifier. */
function specifiersByTypeScript(file: string, text: string): string[] {
  return importsOf(file, text)
    .filter((found) => !found.typeOnly && isRelative(found.specifier))
    .map((found) => found.specifier);
}

describe("reading a module's imports", () => {
  it("follows imports that run code and loads of files, not type-only imports", () => {
    const text = `import type { A } from "./a.ts";
import { type B, c } from "./b.ts";
import {
  d,
  e,
} from "./d.ts";
import "./side-effect.ts";
export * from "./everything.ts";
export type { F } from "./f.ts";
export const g = "not an import";
const h = await import("./h.ts");
const words = createRequire(import.meta.url)("./words.json");
const worker = new URL("./worker.ts", import.meta.url);
import path from "node:path";`;
    expect(runtimeSpecifiers(text)).toEqual(["./b.ts", "./d.ts", "./side-effect.ts", "./everything.ts", "./h.ts", "./words.json", "./worker.ts"]);
  });

  it("skips what comments quote, and keeps what follows strings and template literals with slashes", () => {
    const text = `// import { old } from "./old.ts";
/* const worker = new URL("./gone.ts", import.meta.url); */
const site = "https://example.org/*";
const page = \`/\${"a"}//\${\`b\${1}\`}\`;
import { kept } from "./kept.ts";`;
    expect(runtimeSpecifiers(text)).toEqual(["./kept.ts"]);
  });

  it("finds in every module of src/ and templates/ what TypeScript finds", async () => {
    const files = [...(await modulesUnder("src")), ...(await modulesUnder("templates"))];
    expect(files.length).toBeGreaterThan(80);
    for (const file of files) {
      const text = await readFile(file, "utf8");
      expect(runtimeSpecifiers(text).sort(), path.relative(projectRoot, file)).toEqual(specifiersByTypeScript(file, text).sort());
    }
  });
});
