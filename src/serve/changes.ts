/**
 * What a rebuild changed, in the archivist's terms: which articles were
 * added, changed, renamed or removed, compared by seed file and content hash.
 */
import type { Article } from "../model/article.ts";
import { reportLine, type BuildReport } from "../report.ts";
import { printable } from "../seeds/problem.ts";

export interface ArticleChanges {
  added: string[];
  changed: string[];
  renamed: { from: string; to: string }[];
  removed: string[];
}

/** Seed files of the articles in `after` that are new, edited, moved or gone since `before`. */
export function compareArticles(before: readonly Article[], after: readonly Article[]): ArticleChanges {
  const previous = new Map(before.map((article) => [article.sourceFile, article]));
  const current = new Map(after.map((article) => [article.sourceFile, article]));
  const changed = after.filter((article) => previous.has(article.sourceFile) && previous.get(article.sourceFile)?.contentHash !== article.contentHash);
  const appeared = after.filter((article) => !previous.has(article.sourceFile));
  const vanished = before.filter((article) => !current.has(article.sourceFile));
  const vanishedByHash = new Map(vanished.map((article) => [article.contentHash, article]));
  const renamed: ArticleChanges["renamed"] = [];
  const added: string[] = [];
  for (const article of appeared) {
    const original = vanishedByHash.get(article.contentHash);
    if (original) {
      renamed.push({ from: original.sourceFile, to: article.sourceFile });
      vanishedByHash.delete(article.contentHash);
    } else {
      added.push(article.sourceFile);
    }
  }
  const renamedFrom = new Set(renamed.map((rename) => rename.from));
  return {
    added,
    changed: changed.map((article) => article.sourceFile),
    renamed,
    removed: vanished.filter((article) => !renamedFrom.has(article.sourceFile)).map((article) => article.sourceFile),
  };
}

function list(files: readonly string[]): string {
  const shown = files.slice(0, 3).join(", ");
  return files.length > 3 ? `${shown} and ${files.length - 3} more` : shown;
}

/**
 * One line: `added 1 (a.txt); removed 1 (b.txt)`, or `no article changed`.
 * File names are the seeds' own, so their control characters are printed as
 * escapes, as in the build report: a name cannot rewrite the terminal.
 */
export function describeChanges(changes: ArticleChanges): string {
  const parts = [
    changes.added.length > 0 ? `added ${changes.added.length} (${list(changes.added)})` : "",
    changes.changed.length > 0 ? `changed ${changes.changed.length} (${list(changes.changed)})` : "",
    changes.renamed.length > 0 ? `renamed ${changes.renamed.length} (${list(changes.renamed.map((rename) => `${rename.from} -> ${rename.to}`))})` : "",
    changes.removed.length > 0 ? `removed ${changes.removed.length} (${list(changes.removed)})` : "",
  ].filter((part) => part !== "");
  return parts.length > 0 ? printable(parts.join("; ")) : "no article changed";
}

/**
 * The report lines a rebuild prints under its change line: every rejected
 * seed with its reason and line, as `npm run build` prints them, and the
 * warnings about the seeds this rebuild added or changed (the others' were
 * printed when they came in).
 */
export function rebuildReportLines(report: BuildReport, changes: ArticleChanges, seedsLabel: string): string[] {
  const touched = new Set([...changes.added, ...changes.changed, ...changes.renamed.map((rename) => rename.to)]);
  return [
    ...report.rejected.map((problem) => reportLine("rejected", seedsLabel, problem)),
    ...report.notices.filter((notice) => touched.has(notice.file)).map((notice) => reportLine("warning", seedsLabel, notice)),
  ];
}
