/**
 * The modules a module runs, found by reading its imports: what the parse
 * cache's fingerprint hashes (`fingerprint.ts`), so that it covers exactly
 * the code a stage runs and no other. Read from the source text with a
 * pattern rather than a TypeScript parse, which would take longer to load
 * than the whole build's other start-up work; `tests/cache/source-graph.test.ts`
 * checks it against TypeScript's own reading of every module in `src/`.
 *
 * Followed: static imports and re-exports (not `import type` and
 * `export type`, which run nothing), dynamic `import()`, `require()` (also
 * as `createRequire(import.meta.url)(...)`, how JSON data is loaded), and
 * `new URL("./file", import.meta.url)` (a worker's module, a data file),
 * when the specifier is relative; packages are pinned by the lock file.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const relativeSpecifier = /^\.\.?\//;

/** A static import or re-export that runs code, `import()`, `require()`, or `new URL(..., import.meta.url)`; each alternative captures its specifier. */
const specifierPattern = new RegExp(
  [
    /(?<![.\w$])(?:import|export)\s+(?!type[\s{*])(?:[^;"'`]*?\sfrom\s*)?["']([^"']+)["']/.source,
    /(?<![.\w$])import\(\s*["']([^"']+)["']\s*\)/.source,
    /(?:(?<![.\w$])require|createRequire\(\s*import\.meta\.url\s*\))\(\s*["']([^"']+)["']\s*\)/.source,
    /new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/.source,
  ].join("|"),
  "g",
);

/**
 * `text` with its comments blanked out, so an import quoted in a comment is
 * not followed. Strings and template literals are kept (specifiers are
 * strings); a string never runs past its line, so a quote inside a regular
 * expression literal can hide at most the rest of that line.
 */
export function withoutComments(text: string): string {
  const parts: string[] = [];
  /** Open template literals, each with the depth of `${` braces inside it (0: in its text). */
  const templates: number[] = [];
  /** Where something may start or end: in code outside templates, in code inside `${}`, in a template's text. */
  const codeStop = /[/"'`]/g;
  const expressionStop = /[/"'`{}]/g;
  const templateStop = /[`\\$]/g;
  let index = 0;
  while (index < text.length) {
    const depth = templates[templates.length - 1];
    const stop = depth === undefined ? codeStop : depth === 0 ? templateStop : expressionStop;
    stop.lastIndex = index;
    const found = stop.exec(text);
    if (!found) {
      parts.push(text.slice(index));
      break;
    }
    const at = found.index;
    const char = found[0];
    const next = text[at + 1];
    if (depth === 0) {
      // In a template literal's text: an escape, its end, or a `${` that opens code.
      const length = char === "\\" ? 2 : char === "$" && next === "{" ? 2 : 1;
      if (char === "`") templates.pop();
      else if (length === 2 && char === "$") templates[templates.length - 1] = 1;
      parts.push(text.slice(index, at + length));
      index = at + length;
    } else if (char === "/" && next === "/") {
      parts.push(text.slice(index, at));
      const end = text.indexOf("\n", at);
      index = end === -1 ? text.length : end;
    } else if (char === "/" && next === "*") {
      const end = text.indexOf("*/", at + 2);
      const stopAt = end === -1 ? text.length : end + 2;
      parts.push(text.slice(index, at), text.slice(at, stopAt).replace(/[^\n]/g, " "));
      index = stopAt;
    } else if (char === '"' || char === "'") {
      let end = at + 1;
      while (end < text.length && text[end] !== char && text[end] !== "\n") end += text[end] === "\\" ? 2 : 1;
      parts.push(text.slice(index, end + 1));
      index = end + 1;
    } else {
      if (char === "`") templates.push(0);
      else if (depth !== undefined && char === "{") templates[templates.length - 1] = depth + 1;
      else if (depth !== undefined && char === "}") templates[templates.length - 1] = depth - 1;
      parts.push(text.slice(index, at + 1));
      index = at + 1;
    }
  }
  return parts.join("");
}

/** The relative specifiers of the modules and files `text` runs or reads, in order of appearance. */
export function runtimeSpecifiers(text: string): string[] {
  return [...withoutComments(text).matchAll(specifierPattern)].flatMap((match) => {
    const specifier = match[1] ?? match[2] ?? match[3] ?? match[4];
    return specifier !== undefined && relativeSpecifier.test(specifier) ? [specifier] : [];
  });
}

/** Every file reachable from `roots` (absolute paths) through `runtimeSpecifiers`, roots included, sorted. */
export function sourceGraph(roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(?:ts|mts|js|mjs)$/.test(file)) continue;
    for (const specifier of runtimeSpecifiers(readFileSync(file, "utf8"))) {
      const target = path.resolve(path.dirname(file), specifier);
      // A specifier that names no file (a pattern's false match in a comment, say) adds nothing; a real one would fail the build itself.
      if (existsSync(target)) pending.push(target);
    }
  }
  return [...seen].sort();
}
