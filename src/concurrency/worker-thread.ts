/**
 * Worker threads with one task each (a search index share, removing a
 * folder, finding story versions), and the promises a caller awaits them
 * by. A worker that fails, or stops before it has done its task, rejects the
 * promise rather than leaving it waiting.
 */
import { inspect } from "node:util";
import { Worker } from "node:worker_threads";

const bootstrap = new URL("./typescript-worker.mjs", import.meta.url);

export interface TypeScriptWorkerOptions {
  /** Packages the module imports, loaded before tsx is registered, which makes a worker start twice as fast. */
  preload?: readonly string[];
  workerData?: unknown;
}

/**
 * Starts a worker thread on a TypeScript module, through
 * `typescript-worker.mjs`, which registers tsx first. It gets no Node options
 * of its parent's (`execArgv: []`): the parent's `--import` preloads (tsx's,
 * the benchmark's usage recorder) are the parent's business.
 */
export function startTypeScriptWorker(module: URL, { preload = [], workerData }: TypeScriptWorkerOptions = {}): Worker {
  return new Worker(bootstrap, { argv: [module.href, ...preload], workerData, execArgv: [] });
}

/** Fulfilled when `worker` exits with code 0; rejected when it fails or exits with another code. */
export function workerExit(worker: Worker, task: string): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.once("error", (error) => reject(new Error(`${task} failed in a worker thread: ${inspect(error)}`)));
    worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${task}: the worker thread stopped with exit code ${code}`))));
  });
}

/** The first message `worker` posts; rejected when it fails or stops before posting one. */
export function workerAnswer<T>(worker: Worker, task: string): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", (error) => reject(new Error(`${task} failed in a worker thread: ${inspect(error)}`)));
    worker.once("messageerror", (error) => reject(new Error(`${task}: the worker thread's answer could not be read: ${error.message}`)));
    worker.once("exit", (code) => reject(new Error(`${task}: the worker thread stopped (exit code ${code}) without an answer`)));
  });
}
