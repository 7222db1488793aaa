/** Reading a parse outcome that must be an article, or must be a rejection, with the other outcome shown when it is not. */
import type { Article } from "../../src/model/article.ts";
import type { SeedOutcome } from "../../src/record/parse-seed.ts";

export function articleOf(outcome: SeedOutcome): Article {
  if (outcome.kind !== "article") throw new Error(`expected an article, got ${JSON.stringify(outcome)}`);
  return outcome.article;
}

export function rejectionOf(outcome: SeedOutcome): string {
  if (outcome.kind !== "rejected") throw new Error(`expected a rejection, got ${outcome.kind}`);
  return outcome.problem.message;
}
