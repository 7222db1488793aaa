/**
 * Jobs run in worker threads, each worker taking the next job as it finishes
 * one, with the results handed back in the order they finish. The first job
 * that throws, or a worker that crashes or stops, fails the whole run rather
 * than leaving it waiting, and every worker is terminated when the run ends
 * (or is abandoned), so the process can exit.
 *
 * Workers run a TypeScript module (`startTypeScriptWorker`).
 */
import { inspect } from "node:util";
import { parentPort, type TransferListItem, type Worker } from "node:worker_threads";
import { startTypeScriptWorker } from "./worker-thread.ts";

export interface Job<Input> {
  input: Input;
  /** Buffers in the input to move to the worker rather than copy. */
  transfer?: readonly TransferListItem[];
}

export interface WorkerPoolOptions {
  /** The workers' TypeScript module, which calls `answerJobs`. */
  module: URL;
  /** Packages the module imports, loaded before tsx is registered, which makes a worker start twice as fast. */
  preload?: readonly string[];
  workerData?: unknown;
  workers: number;
}

export interface Finished<Output> {
  /** The job's position in the list of jobs. */
  job: number;
  output: Output;
}

interface Request<Input> {
  job: number;
  input: Input;
}

type Reply<Output> = Finished<Output> | { job: number; error: string };

/** Two jobs per worker, so a worker starts its next job while the main thread is still handling the last one's result. */
const jobsAheadPerWorker = 2;

/**
 * Runs every job in the workers. Jobs are taken from the iterable only when
 * a worker is free, so they can be prepared lazily.
 */
export async function* runInWorkers<Input, Output>(
  { module, preload = [], workerData, workers: workerCount }: WorkerPoolOptions,
  jobs: Iterable<Job<Input>>,
): AsyncGenerator<Finished<Output>> {
  // With no worker no job would ever start, and the run would end as if every one were done.
  if (workerCount < 1) throw new RangeError(`runInWorkers needs at least one worker, not ${workerCount}`);
  const waiting = jobs[Symbol.iterator]();
  const finished: Finished<Output>[] = [];
  let jobsStarted = 0;
  let jobsRunning = 0;
  let failure: Error | null = null;
  let wake = (): void => {};

  function fail(error: Error): void {
    failure ??= error;
    wake();
  }

  function giveNextJob(worker: Worker): void {
    try {
      const next = waiting.next();
      if (next.done) return;
      const request: Request<Input> = { job: jobsStarted++, input: next.value.input };
      worker.postMessage(request, next.value.transfer);
      jobsRunning++;
    } catch (error) {
      fail(error as Error);
    }
  }

  function startWorker(): Worker {
    const worker = startTypeScriptWorker(module, { preload, workerData });
    worker.on("message", (reply: Reply<Output>) => {
      jobsRunning--;
      if ("error" in reply) return fail(new Error(`job ${reply.job} failed in a worker thread: ${reply.error}`));
      finished.push(reply);
      giveNextJob(worker);
      wake();
    });
    worker.on("error", (error) => fail(new Error(`a worker thread failed: ${inspect(error)}`)));
    worker.on("messageerror", (error) => fail(new Error(`a worker thread's reply could not be read: ${error.message}`)));
    worker.on("exit", (code) => fail(new Error(`a worker thread stopped (exit code ${code}) before the run was over`)));
    return worker;
  }

  const workers = Array.from({ length: workerCount }, startWorker);
  try {
    for (let round = 0; round < jobsAheadPerWorker; round++) workers.forEach(giveNextJob);
    while (jobsRunning > 0 || finished.length > 0) {
      if (failure) throw failure;
      const next = finished.shift();
      if (next) yield next;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** In a worker started by `runInWorkers`: answers each job with `work(input)`, or with what it threw. */
export function answerJobs<Input, Output>(work: (input: Input) => Output): void {
  if (!parentPort) throw new Error("answerJobs runs only in a worker thread");
  const port = parentPort;
  port.on("message", ({ job, input }: Request<Input>) => {
    let reply: Reply<Output>;
    try {
      reply = { job, output: work(input) };
    } catch (error) {
      reply = { job, error: inspect(error) };
    }
    port.postMessage(reply);
  });
}
