/**
 * A child process is reaped by the event loop of the thread that spawned it.
 * One that exits after its worker thread has stopped is never waited for,
 * and stays a zombie until the whole process ends: under `npm start`, one
 * Pagefind process per rebuild. Pagefind's library kills its process without
 * waiting for it to exit, and unrefs it so it never holds the thread up.
 * Called first in a worker, this keeps the worker running, once it has
 * nothing else to do, until every child it spawned has exited.
 */
import childProcess, { type ChildProcess } from "node:child_process";

export function reapChildrenBeforeExit(): void {
  const live = new Set<ChildProcess>();
  const spawn = childProcess.spawn;
  // Libraries call `child_process.spawn` on the module object, so wrapping it there sees every child they start.
  childProcess.spawn = function spawnAndTrack(this: unknown, ...args: Parameters<typeof spawn>): ChildProcess {
    const child = spawn.apply(this, args);
    live.add(child);
    child.once("exit", () => live.delete(child));
    return child;
  } as typeof spawn;
  process.on("beforeExit", () => {
    for (const child of live) {
      // Nothing in this thread can use it any more; held by the loop again, its exit is waited for.
      child.kill();
      child.ref();
    }
  });
}
