/**
 * The one worker protocol. A worker thread runs a module whose default export
 * is its job, a function of one input (`export default function (input) {}`,
 * answered by `worker-entry.mjs`); the module's top level may set up what
 * every job shares, from `workerData`. `startWorker` gives a handle that runs
 * jobs and stops the thread; `runInWorker` runs one job in a thread of its
 * own; `runInWorkers` (`worker-pool.ts`) runs many across several. A job that
 * throws rejects its promise with the worker's error; a worker that fails, or
 * stops before answering, rejects every job it holds and every later one,
 * rather than leaving anything waiting.
 *
 * The worker modules are in `workers/`.
 */
import { inspect } from "node:util";
import { Worker, type TransferListItem } from "node:worker_threads";

const entry = new URL("./worker-entry.mjs", import.meta.url);

/** A worker module's default export. */
export type WorkerJob<Input, Output> = (input: Input) => Output | Promise<Output>;

/** The input and output of a worker module's job, from its type (`typeof import("./workers/x.ts").default`). */
type InputOf<Work> = Work extends WorkerJob<infer Input, unknown> ? Input : never;
type OutputOf<Work> = Work extends WorkerJob<never, infer Output> ? Output : never;

export interface WorkerOptions {
  /** Packages the module imports, loaded before tsx is registered, which makes a worker start twice as fast. */
  preload?: readonly string[];
  workerData?: unknown;
}

export interface JobWorker<Input, Output> {
  run(input: Input, transfer?: readonly TransferListItem[]): Promise<Output>;
  /** Once every job is answered: lets the thread end by itself, as a thread does when its work is done, and waits for it. */
  close(): Promise<void>;
  /** Stops the thread, whatever it is doing; the jobs it held are abandoned. */
  stop(): Promise<void>;
}

/** A job threw in the worker; the message is what it threw, as the worker printed it. */
export class WorkerJobError extends Error {
  override name = "WorkerJobError";
}

type Reply<Output> = { job: number; output: Output } | { job: number; error: string };

/** A closed thread that has not ended by itself after this long (something in it still holds its event loop) is stopped. */
const closeGraceMilliseconds = 10_000;

/**
 * Starts a worker thread on `module`. It gets no Node options of its parent's
 * (`execArgv: []`): the parent's `--import` preloads (tsx's, the benchmark's
 * usage recorder) are the parent's business.
 */
export function startWorker<Work extends WorkerJob<never, unknown>>(module: URL, { preload = [], workerData }: WorkerOptions = {}): JobWorker<InputOf<Work>, OutputOf<Work>> {
  const worker = new Worker(entry, { argv: [module.href, ...preload], workerData, execArgv: [] });
  const waiting = new Map<number, { resolve: (output: OutputOf<Work>) => void; reject: (error: Error) => void }>();
  let jobs = 0;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };
  worker.on("message", (reply: Reply<OutputOf<Work>>) => {
    const job = waiting.get(reply.job);
    waiting.delete(reply.job);
    if ("error" in reply) job?.reject(new WorkerJobError(reply.error));
    else job?.resolve(reply.output);
  });
  worker.on("error", (error) => fail(new Error(`a worker thread failed: ${inspect(error)}`)));
  worker.on("messageerror", (error) => fail(new Error(`a worker thread's reply could not be read: ${error.message}`)));
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  worker.on("exit", (code) => fail(new Error(`a worker thread stopped (exit code ${code}) before it had answered`)));
  return {
    run(input, transfer) {
      if (failure) return Promise.reject(failure);
      const job = jobs++;
      return new Promise((resolve, reject) => {
        waiting.set(job, { resolve, reject });
        worker.postMessage({ job, input }, transfer);
      });
    },
    async close() {
      fail(new Error("the worker thread was closed"));
      worker.postMessage({ close: true });
      const grace = setTimeout(() => void worker.terminate(), closeGraceMilliseconds);
      grace.unref();
      await exited;
      clearTimeout(grace);
    },
    async stop() {
      fail(new Error("the worker thread was stopped"));
      await worker.terminate();
    },
  };
}

/** Runs one job in a worker thread of its own, which ends once it has answered (or is stopped if it failed); `task` names the work in an error. */
export async function runInWorker<Work extends WorkerJob<never, unknown>>(module: URL, input: InputOf<Work>, task: string, options: WorkerOptions = {}): Promise<OutputOf<Work>> {
  const worker = startWorker<Work>(module, options);
  let output: OutputOf<Work>;
  try {
    output = await worker.run(input);
  } catch (error) {
    await worker.stop();
    throw new Error(`${task}: ${(error as Error).message}`, { cause: error });
  }
  await worker.close();
  return output;
}
