/**
 * The build report: what was published, what was refused and why, and what
 * was changed on the way (boilerplate removed, slugs moved, encodings
 * guessed). Printed for the archivist and written as JSON for automation;
 * nothing is dropped silently. The JSON goes to the state folder
 * (`.archive/report.json`), never into the site: it names every seed file
 * and quotes the text removed from each, which is the archivist's business,
 * not the reader's.
 */
import path from "node:path";
import type { Article } from "./model/article.ts";
import { formatProblem, type SeedProblem } from "./seeds/problem.ts";

export interface BuildReport {
  seedFiles: number;
  published: number;
  drafts: string[];
  rejected: SeedProblem[];
  notices: SeedProblem[];
  /** Records of web archives that are not article pages (redirects, errors, images, indexes, older captures), with the reason: not errors. */
  skipped: SeedProblem[];
  removals: { file: string; line: number; rule: string; text: string }[];
}

const byFile = (a: SeedProblem, b: SeedProblem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export function createReport(
  seedFiles: number,
  articles: readonly Article[],
  drafts: string[],
  rejected: SeedProblem[],
  notices: SeedProblem[],
  skipped: SeedProblem[] = [],
): BuildReport {
  return {
    seedFiles,
    published: articles.length,
    drafts,
    rejected: [...rejected].sort(byFile),
    skipped: [...skipped].sort(byFile),
    notices: [
      ...notices,
      ...articles.flatMap((article) => article.warnings.map((message) => ({ file: article.sourceFile, line: null, message }))),
    ].sort(byFile),
    removals: articles.flatMap((article) =>
      article.removed.map((removal) => ({ file: article.sourceFile, line: removal.line, rule: removal.rule, text: removal.text })),
    ),
  };
}

/** `rejected  seeds/a.txt:3: reason`, or `warning   ...`: one problem, as the console shows it. */
export function reportLine(kind: "rejected" | "warning" | "skipped", seedsLabel: string, problem: SeedProblem): string {
  return `${kind.padEnd(10)}${formatProblem(seedsLabel, problem)}`;
}

export function formatReport(report: BuildReport, seedsLabel: string): string {
  const lines: string[] = [];
  for (const problem of report.rejected) lines.push(reportLine("rejected", seedsLabel, problem));
  for (const problem of report.notices) lines.push(reportLine("warning", seedsLabel, problem));
  for (const problem of report.skipped) lines.push(reportLine("skipped", seedsLabel, problem));
  const parts = [`${report.published} of ${report.seedFiles} seed files published`];
  if (report.rejected.length > 0) parts.push(`${report.rejected.length} rejected`);
  if (report.drafts.length > 0) parts.push(`${report.drafts.length} drafts skipped`);
  if (report.skipped.length > 0) parts.push(`${report.skipped.length} web-archive records skipped (not articles)`);
  parts.push(`${report.removals.length} boilerplate passages removed`);
  lines.push(parts.join(", "));
  return lines.join("\n");
}

/** A folder as the console names it: relative to the current folder when inside it, else absolute. */
export function folderLabel(folder: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, folder);
  return relative === "" ? "." : relative.startsWith("..") ? folder : relative;
}
