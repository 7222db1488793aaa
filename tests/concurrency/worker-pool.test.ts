/**
 * The worker pool runs TypeScript in worker threads (under vitest too), hands
 * back every job's result, fails a run on any worker's error instead of
 * hanging, and leaves no thread behind.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runInWorkers, type Finished } from "../../src/concurrency/worker-pool.ts";
import type { ArithmeticJob } from "../fixtures/workers/arithmetic-worker.ts";
import { fixturesDir } from "../helpers.ts";

const worker = new URL("../fixtures/workers/arithmetic-worker.ts", import.meta.url);

type Doubled = { doubled: number; threadId: number };

async function runAll(inputs: readonly ArithmeticJob[], workerData: unknown = null): Promise<Finished<Doubled>[]> {
  const finished: Finished<Doubled>[] = [];
  for await (const done of runInWorkers<ArithmeticJob, Doubled>({ module: worker, workerData, workers: 2 }, inputs.map((input) => ({ input })))) finished.push(done);
  return finished;
}

describe("running jobs in worker threads", () => {
  it("gives every job's output once, tagged with its position, from more than one thread", async () => {
    const inputs = Array.from({ length: 40 }, (_, index) => index);
    const finished = await runAll(inputs);
    const byJob = [...finished].sort((a, b) => a.job - b.job);
    expect(byJob.map(({ job, output }) => [job, output.doubled])).toEqual(inputs.map((input) => [input, input * 2]));
    expect(new Set(finished.map(({ output }) => output.threadId)).size).toBe(2);
  });

  it("fails the run with the job's error when a job throws", async () => {
    await expect(runAll([1, 2, "throw", 4, 5])).rejects.toThrow(/job 2 failed in a worker thread: RangeError: no number to double/);
  });

  it("fails the run when a worker exits or cannot load, never waiting for it", async () => {
    await expect(runAll([1, "exit", 3])).rejects.toThrow(/a worker thread stopped \(exit code 3\)/);
    await expect(runAll([1, 2], "fail to load")).rejects.toThrow(/a worker thread failed: Error: this worker cannot load/);
  });

  it("refuses to run without a worker rather than give no results", async () => {
    const none = runInWorkers<ArithmeticJob, Doubled>({ module: worker, workers: 0 }, [{ input: 1 }]);
    await expect(none.next()).rejects.toThrow(RangeError);
  });

  it("terminates its workers, so a process that used it exits by itself", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", `${fixturesDir}/workers/run-and-return.ts`], { timeout: 30_000 });
    expect(stdout.trim()).toBe("12");
  });
});
