/** What a module imports, by TypeScript's own parse of it: for the tests that hold the stages and the cache fingerprint to the real import graph. */
import { readdir } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";
import { projectRoot } from "./helpers.ts";

export interface ModuleImport {
  specifier: string;
  /** `import type` / `export type`: erased, runs nothing. */
  typeOnly: boolean;
}

/** Static imports and re-exports, `import()`, `require()` (also through `createRequire(import.meta.url)`), and `new URL("...", import.meta.url)`. */
export function importsOf(file: string, text: string): ModuleImport[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".mjs") ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const found: ModuleImport[] = [];
  const add = (node: ts.Node | undefined, typeOnly = false) => {
    if (node && ts.isStringLiteralLike(node)) found.push({ specifier: node.text, typeOnly });
  };
  const isImportMetaUrl = (node: ts.Node | undefined) => node !== undefined && node.getText(source) === "import.meta.url";
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, node.importClause?.isTypeOnly ?? false);
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const requires = (ts.isIdentifier(callee) && callee.text === "require") || (ts.isCallExpression(callee) && callee.expression.getText(source) === "createRequire" && isImportMetaUrl(callee.arguments[0]));
      if (callee.kind === ts.SyntaxKind.ImportKeyword || requires) add(node.arguments[0]);
    } else if (ts.isNewExpression(node) && node.expression.getText(source) === "URL" && isImportMetaUrl(node.arguments?.[1])) add(node.arguments?.[0]);
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

export function isRelative(specifier: string): boolean {
  return /^\.\.?\//.test(specifier);
}

/** The TypeScript and `.mjs` modules under a folder of the project, as absolute paths. */
export async function modulesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(projectRoot, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
