// The entry of every worker thread (`startWorker` in `worker-thread.ts`):
// its arguments are the worker's module, then packages to load first. The
// module's default export is the worker's job, a function of one input; this
// file answers each `{ job, input }` message with `{ job, output }`, or with
// `{ job, error }` when the function throws, and on `{ close: true }` closes
// its port, so the thread ends by itself once its own work is done (its
// `beforeExit` handlers run, and child processes are waited for). That is the
// whole protocol.
//
// A worker thread on Node 20 cannot load TypeScript even when its parent was
// started with `--import tsx`, so tsx is registered here for a TypeScript
// module. The packages are loaded before that because every module loaded
// after it goes through tsx's hooks thread: measured with the parser's
// packages, that made a worker take twice as long to start, and two workers
// starting together barely overlapped.
import { argv } from "node:process";
import { inspect } from "node:util";
import { parentPort } from "node:worker_threads";

const [module, ...packages] = argv.slice(2);
await Promise.all(packages.map((name) => import(name)));
if (module.endsWith(".ts")) {
  const { register } = await import("tsx/esm/api");
  register();
}
const { default: work } = await import(module);
if (typeof work !== "function") throw new TypeError(`worker module ${module} has no default export to run`);

// While a job runs, only the job's own work keeps the thread alive, not the
// port: a job whose promise can never settle (the process it drives has
// died) then ends the thread, which rejects the job, instead of hanging.
const port = parentPort;
let running = 0;
port.on("message", async (message) => {
  if (message.close) {
    port.close();
    return;
  }
  const { job, input } = message;
  running += 1;
  port.unref();
  let reply;
  try {
    reply = { job, output: await work(input) };
  } catch (error) {
    reply = { job, error: inspect(error) };
  }
  port.postMessage(reply);
  running -= 1;
  if (running === 0) port.ref();
});
