/**
 * The one worker protocol: a worker module's default export answers each job;
 * a job's error rejects that job only; a worker that can no longer answer
 * rejects, never hangs; a plain JavaScript worker runs without tsx.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runInWorker, startWorker, WorkerJobError } from "../../src/concurrency/worker-thread.ts";
import type double from "../fixtures/workers/arithmetic-worker.ts";
import type neverSettles from "../fixtures/workers/never-settles.ts";
import type answer from "../fixtures/workers/note-when-ended.ts";
import { temporaryFolder } from "../helpers.ts";

const arithmetic = new URL("../fixtures/workers/arithmetic-worker.ts", import.meta.url);

describe("a worker thread", () => {
  it("answers each job with its module's default export, and goes on after a job throws", async () => {
    const worker = startWorker<typeof double>(arithmetic);
    try {
      const answers = await Promise.all([worker.run(1), worker.run(2), worker.run(3)]);
      expect(answers.map((answer) => answer.doubled)).toEqual([2, 4, 6]);
      await expect(worker.run("throw")).rejects.toThrow(WorkerJobError);
      await expect(worker.run("throw")).rejects.toThrow(/RangeError: no number to double/);
      expect((await worker.run(5)).doubled).toBe(10);
    } finally {
      await worker.stop();
    }
  });

  it("rejects every job it holds and every later one once it has stopped", async () => {
    const worker = startWorker<typeof double>(arithmetic);
    const held = worker.run("exit");
    await expect(held).rejects.toThrow(/stopped \(exit code 3\)/);
    await expect(worker.run(1)).rejects.toThrow(/stopped \(exit code 3\)/);
    await worker.stop();
  });

  it("rejects a job that can never finish instead of waiting for it", async () => {
    await expect(runInWorker<typeof neverSettles>(new URL("../fixtures/workers/never-settles.ts", import.meta.url), undefined, "waiting for nothing")).rejects.toThrow(
      /waiting for nothing: a worker thread stopped \(exit code 0\) before it had answered/,
    );
  });

  it("lets a thread whose job is answered end by itself, so what it runs before exiting runs", async () => {
    const note = path.join(await temporaryFolder(), "ended.txt");
    expect(await runInWorker<typeof answer>(new URL("../fixtures/workers/note-when-ended.ts", import.meta.url), "once", "answering", { workerData: note })).toBe("answered once");
    expect(await readFile(note, "utf8")).toBe("ended by itself");
  });

  it("runs a plain JavaScript module, such as removing a folder", async () => {
    const folder = path.join(await temporaryFolder(), "old-site");
    await mkdir(path.join(folder, "articles"), { recursive: true });
    await writeFile(path.join(folder, "articles", "index.html"), "old");
    await runInWorker<(folder: string) => void>(new URL("../../src/concurrency/workers/remove-folder.mjs", import.meta.url), folder, "removing the old site");
    expect(existsSync(folder)).toBe(false);
  });
});
