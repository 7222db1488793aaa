/**
 * Many jobs across several worker threads (`startWorker`), each worker taking
 * the next job as it finishes one, with the results handed back in the order
 * they finish. The first job that throws, or a worker that fails or stops,
 * fails the whole run rather than leaving it waiting, and every worker is
 * stopped when the run ends (or is abandoned), so the process can exit.
 */
import type { TransferListItem } from "node:worker_threads";
import { startWorker, WorkerJobError, type WorkerJob, type WorkerOptions } from "./worker-thread.ts";

export interface Job<Input> {
  input: Input;
  /** Buffers in the input to move to the worker rather than copy. */
  transfer?: readonly TransferListItem[];
}

export interface WorkerPoolOptions extends WorkerOptions {
  /** The workers' module, whose default export does one job. */
  module: URL;
  workers: number;
}

export interface Finished<Output> {
  /** The job's position in the list of jobs. */
  job: number;
  output: Output;
}

/** Two jobs per worker, so a worker starts its next job while the main thread is still handling the last one's result. */
const jobsAheadPerWorker = 2;

/**
 * Runs every job in the workers. Jobs are taken from the iterable only when
 * a worker is free, so they can be prepared lazily.
 */
export async function* runInWorkers<Input, Output>({ module, workers: workerCount, ...options }: WorkerPoolOptions, jobs: Iterable<Job<Input>>): AsyncGenerator<Finished<Output>> {
  // With no worker no job would ever start, and the run would end as if every one were done.
  if (workerCount < 1) throw new RangeError(`runInWorkers needs at least one worker, not ${workerCount}`);
  const waiting = jobs[Symbol.iterator]();
  const finished: Finished<Output>[] = [];
  let jobsStarted = 0;
  let failure: Error | null = null;
  let wake = (): void => {};

  const workers = Array.from({ length: workerCount }, () => startWorker<WorkerJob<Input, Output>>(module, options));
  /** Takes jobs for one worker until there are none left or the run has failed. */
  async function lane(worker: (typeof workers)[number]): Promise<void> {
    for (let next = waiting.next(); !next.done && !failure; next = waiting.next()) {
      const job = jobsStarted++;
      try {
        finished.push({ job, output: await worker.run(next.value.input, next.value.transfer) });
      } catch (error) {
        throw error instanceof WorkerJobError ? new Error(`job ${job} failed in a worker thread: ${error.message}`, { cause: error }) : error;
      }
      wake();
    }
  }
  let lanesRunning = 0;
  const lanes = workers.flatMap((worker) => Array.from({ length: jobsAheadPerWorker }, () => worker)).map(async (worker) => {
    lanesRunning++;
    try {
      await lane(worker);
    } catch (error) {
      failure ??= error as Error;
    } finally {
      lanesRunning--;
      wake();
    }
  });
  let done = false;
  try {
    while (lanesRunning > 0 || finished.length > 0) {
      if (failure) throw failure;
      const next = finished.shift();
      if (next) yield next;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
    done = true;
  } finally {
    // Every job answered: the threads end by themselves; a failed or abandoned run stops them.
    await Promise.all(workers.map((worker) => (done ? worker.close() : worker.stop())));
    await Promise.all(lanes);
  }
}
