/**
 * Finding the versions of one story in a worker thread, beside the build's
 * own thread, which finds the related articles meanwhile: the two are the
 * slowest archive-wide steps (about 0.4 s and 0.7 s at 10,000 articles), and
 * they need nothing of each other. The worker is started before the seeds
 * are parsed, so that its own start (a few tenths of a second) is over when
 * the articles are ready, and versions are the part sent over because they
 * need only each article's paragraphs.
 */
import type { Article } from "../model/article.ts";
import { startTypeScriptWorker, workerAnswer } from "../concurrency/worker-thread.ts";
import type { VersionSource } from "./same-story.ts";

export interface VersionsWorker {
  /** `findVersions(articles)`, found in the worker; call it once. */
  find(articles: readonly Article[]): Promise<Map<string, string>>;
  /** Stops the worker, whether or not it was asked. */
  stop(): Promise<void>;
}

export function startVersionsWorker(): VersionsWorker {
  const worker = startTypeScriptWorker(new URL("./versions-worker.ts", import.meta.url));
  const answer = workerAnswer<Map<string, string>>(worker, "finding versions of one story");
  // Awaited only once asked; a build that fails before then stops the worker, and that is no second failure.
  answer.catch(() => {});
  return {
    find(articles) {
      // Only what `findVersions` reads crosses to the worker, not the HTML and the rest of each record.
      const sources: VersionSource[] = articles.map(({ id, paragraphs }) => ({ id, paragraphs }));
      worker.postMessage(sources);
      return answer;
    },
    async stop() {
      await worker.terminate();
    },
  };
}
