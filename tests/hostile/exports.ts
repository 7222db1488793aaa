/**
 * Reading a built site as its consumers do: every feed and sitemap through a
 * strict XML parser (saxes, which checks well-formedness and the characters
 * XML allows), every JSON file through `JSON.parse`, and every page for the
 * control characters no page may carry. Used by the hostile-input tests and
 * by `npm run fuzz` on the site built from its generated seeds.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { SaxesParser } from "saxes";

export interface ExportCheck {
  /** Files read, by kind. */
  checked: { xml: number; json: number; html: number };
  /** `file: what is wrong`, one per faulty file. */
  problems: string[];
}

function xmlProblem(text: string): string | null {
  const parser = new SaxesParser();
  let first: string | null = null;
  parser.on("error", (error) => {
    first ??= error.message;
  });
  parser.write(text).close();
  return first;
}

function jsonProblem(text: string): string | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;

function pageProblem(text: string): string | null {
  const found = controlCharacter.exec(text);
  return found ? `holds the control character U+${found[0].charCodeAt(0).toString(16).padStart(4, "0")} at ${found.index}` : null;
}

export async function checkExports(siteFolder: string): Promise<ExportCheck> {
  const result: ExportCheck = { checked: { xml: 0, json: 0, html: 0 }, problems: [] };
  const entries = await readdir(siteFolder, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    const kind = path.extname(entry.name).slice(1);
    if (kind !== "xml" && kind !== "json" && kind !== "html") continue;
    const text = await readFile(file, "utf8");
    result.checked[kind] += 1;
    const problem = kind === "xml" ? xmlProblem(text) : kind === "json" ? jsonProblem(text) : pageProblem(text);
    if (problem) result.problems.push(`${path.relative(siteFolder, file)}: ${problem}`);
  }
  return result;
}
