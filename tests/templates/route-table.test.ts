/**
 * No code in `src/` or `templates/` spells out a page kind's address except
 * the route that declares it, so the route table is the one place URLs live.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { pageKinds } from "../../templates/page-kinds.ts";
import { projectRoot } from "../helpers.ts";

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(projectRoot, folder), { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every string and template literal of a file that is not the pattern handed to `route(...)`. */
function literalsOutsideRoutes(file: string, text: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: { text: string; line: number }[] = [];
  const isRoutePattern = (node: ts.Node) => ts.isCallExpression(node.parent) && ts.isIdentifier(node.parent.expression) && node.parent.expression.text === "route" && node.parent.arguments[0] === node;
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) && !isRoutePattern(node)) {
      found.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

describe("the route table", () => {
  it("is the only place a page kind's address is written", async () => {
    // The fixed start of each kind's addresses: `/tags/` for `/tags/:slug/`. The home page's, `/`, starts every address.
    const prefixes = [...new Set(pageKinds.map((kind) => kind.route.pattern.split(":")[0] ?? "").filter((prefix) => prefix !== "/"))];
    expect(prefixes).toEqual(expect.arrayContaining(["/articles/", "/tags/", "/archive/", "/search/", "/feed.xml"]));
    const spelled: string[] = [];
    for (const file of [...(await sourceFiles("src")), ...(await sourceFiles("templates"))]) {
      for (const literal of literalsOutsideRoutes(file, await readFile(file, "utf8"))) {
        if (prefixes.some((prefix) => literal.text.startsWith(prefix))) spelled.push(`${path.relative(projectRoot, file)}:${literal.line}: ${JSON.stringify(literal.text)}`);
      }
    }
    expect(spelled).toEqual([]);
  });
});
