/**
 * A reason a seed cannot be published, or a note about one that was, tied to
 * the file and (where known) the line, so the archivist can go straight to it.
 */
export interface SeedProblem {
  /** Path relative to the seeds folder, with forward slashes. */
  file: string;
  line: number | null;
  message: string;
}

/**
 * Control characters and bidirectional overrides in a file name or a quoted
 * value could rewrite the archivist's terminal or disguise a line of the
 * report, so they are printed as escapes.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unprintable = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(unprintable, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function formatProblem(seedsLabel: string, problem: SeedProblem): string {
  const where = problem.line === null ? "" : `:${problem.line}`;
  return printable(`${seedsLabel}/${problem.file}${where}: ${problem.message}`);
}

/** Thrown inside the parse stage so a rejection carries its file and line. */
export class SeedRejection extends Error {
  constructor(readonly line: number | null, message: string) {
    super(message);
    this.name = "SeedRejection";
  }
}

/** Thrown inside the parse stage for a crawled page that is not an article: reported as skipped, not as an error. */
export class SeedSkipped extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SeedSkipped";
  }
}
