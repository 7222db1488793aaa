/**
 * Data flows one way: seed files -> records -> archive -> pages. The data
 * model imports nothing but zod, and the parsing stages (seeds, parse,
 * entities, record, the model) import nothing of the stages after them, the
 * renderer or Eleventy: not directly (type-only imports included), and not
 * through anything they run.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./helpers.ts";
import { importsOf, isRelative, modulesUnder } from "./module-imports.ts";

const parsingStages = ["src/seeds", "src/parse", "src/entities", "src/record", "src/model"];

/** Later stages, the renderer and the commands, as project-relative path prefixes. */
const later = ["src/archive/", "src/site/", "src/output/", "src/cache/", "src/cli/", "src/serve/", "src/build.ts", "src/load-archive.ts", "src/report.ts", "templates/", ".eleventy.ts"];
const renderingPackages = ["@11ty/eleventy", "pagefind"];

function relative(file: string): string {
  return path.relative(projectRoot, file).split(path.sep).join("/");
}

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

async function edgesFrom(file: string): Promise<Edge[]> {
  return importsOf(file, await readFile(file, "utf8")).map(({ specifier, typeOnly }) => ({
    from: relative(file),
    to: isRelative(specifier) ? relative(path.resolve(path.dirname(file), specifier)) : specifier,
    typeOnly,
  }));
}

function isLater(target: string): boolean {
  return later.some((prefix) => target === prefix || target.startsWith(prefix)) || renderingPackages.some((name) => target === name || target.startsWith(`${name}/`));
}

const stageModules = (await Promise.all(parsingStages.map(modulesUnder))).flat();

describe("the parsing stages", () => {
  it("import nothing of a later stage, the renderer or Eleventy, not even a type", async () => {
    expect(stageModules.length).toBeGreaterThan(30);
    const wrong = (await Promise.all(stageModules.map(edgesFrom))).flat().filter((edge) => isLater(edge.to));
    expect(wrong.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual([]);
  });

  it("run nothing of a later stage through what they import", async () => {
    const reached = new Map<string, string>();
    const pending = stageModules.map((file) => ({ file, via: relative(file) }));
    while (pending.length > 0) {
      const { file, via } = pending.pop() as { file: string; via: string };
      if (reached.has(relative(file))) continue;
      reached.set(relative(file), via);
      if (!/\.(ts|mjs)$/.test(file)) continue;
      for (const edge of await edgesFrom(file)) {
        if (edge.typeOnly || !edge.to.startsWith("src/")) continue;
        pending.push({ file: path.join(projectRoot, edge.to), via: `${via} -> ${edge.to}` });
      }
    }
    expect([...reached].filter(([file]) => isLater(file)).map(([, via]) => via)).toEqual([]);
  });
});

describe("the data model", () => {
  it("imports nothing but zod and itself", async () => {
    const edges = (await Promise.all((await modulesUnder("src/model")).map(edgesFrom))).flat();
    expect(edges.filter((edge) => edge.to !== "zod" && !edge.to.startsWith("src/model/")).map((edge) => `${edge.from} -> ${edge.to}`)).toEqual([]);
  });
});
