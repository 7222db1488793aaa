/**
 * Finding related articles in a worker thread, beside the build's own
 * thread. It is the slowest archive-wide step (about 0.7 s of 1.1 s at
 * 10,000 articles), and a build has nothing to do but wait for it, so it
 * runs on the second core while this thread finds the story versions and
 * fingerprints the articles. The worker is started before the seeds are
 * parsed, so that its own start (a few tenths of a second) is over when the
 * articles are ready.
 */
import type { Article } from "../record/article.ts";
import { startTypeScriptWorker, workerAnswer } from "../concurrency/worker-thread.ts";
import type { RelatedSource } from "./related.ts";

export interface RelatedWorker {
  /** `findRelated(articles)`, found in the worker; call it once. */
  find(articles: readonly Article[]): Promise<Map<string, string[]>>;
  /** Stops the worker, whether or not it was asked. */
  stop(): Promise<void>;
}

export function startRelatedWorker(): RelatedWorker {
  const worker = startTypeScriptWorker(new URL("./related-worker.ts", import.meta.url));
  const answer = workerAnswer<Map<string, string[]>>(worker, "finding related articles");
  // Awaited only once asked; a build that fails before then stops the worker, and that is no second failure.
  answer.catch(() => {});
  return {
    find(articles) {
      // Only what `findRelated` reads crosses to the worker, not the HTML and the rest of each record.
      const sources: RelatedSource[] = articles.map(({ id, title, paragraphs, tags }) => ({ id, title, paragraphs, tags }));
      worker.postMessage(sources);
      return answer;
    },
    async stop() {
      await worker.terminate();
    },
  };
}
