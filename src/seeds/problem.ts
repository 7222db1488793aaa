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

export function formatProblem(seedsLabel: string, problem: SeedProblem): string {
  const where = problem.line === null ? "" : `:${problem.line}`;
  return `${seedsLabel}/${problem.file}${where}: ${problem.message}`;
}

/** Thrown inside the parse stage so a rejection carries its file and line. */
export class SeedRejection extends Error {
  constructor(readonly line: number | null, message: string) {
    super(message);
    this.name = "SeedRejection";
  }
}
