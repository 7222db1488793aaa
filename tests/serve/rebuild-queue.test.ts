/**
 * When `npm start` rebuilds: once a burst of changes has settled, and, for
 * any number of changes that arrive while a rebuild runs, exactly one more.
 * Then the real thing: seeds arriving faster than rebuilds finish.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rebuildQueue } from "../../src/serve/rebuild-queue.ts";
import { startOnRealSeeds, type DevServer } from "./dev-server.ts";

function pause(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** A rebuild that takes as long as the test says: each call waits for `finish()`. */
function controlledRebuild(): { rebuild: () => Promise<void>; runs: number; finish(): void } {
  const pending: (() => void)[] = [];
  const state = {
    runs: 0,
    rebuild: () => {
      state.runs += 1;
      return new Promise<void>((resolve) => pending.push(resolve));
    },
    finish: () => pending.shift()?.(),
  };
  return state;
}

describe("the rebuild queue", () => {
  it("starts one rebuild for a burst of changes, once they settle", async () => {
    const control = controlledRebuild();
    const queue = rebuildQueue(control.rebuild, 20);
    for (let change = 0; change < 10; change += 1) queue.changed();
    await pause(60);
    expect(control.runs).toBe(1);
    control.finish();
    await pause(60);
    expect(control.runs).toBe(1);
    await queue.stop();
  });

  it("collapses every change that arrives during a rebuild into one more rebuild", async () => {
    const control = controlledRebuild();
    const queue = rebuildQueue(control.rebuild, 10);
    queue.changed();
    await pause(40);
    expect(control.runs).toBe(1);
    // Forty changes, each settling on its own while the first rebuild still runs.
    for (let change = 0; change < 40; change += 1) {
      queue.changed();
      await pause(15);
    }
    expect(control.runs).toBe(1);
    control.finish();
    await pause(40);
    expect(control.runs).toBe(2);
    control.finish();
    await pause(40);
    expect(control.runs).toBe(2);
    await queue.stop();
  });

  it("starts nothing once stopped, and stop waits for the running rebuild", async () => {
    const control = controlledRebuild();
    const queue = rebuildQueue(control.rebuild, 10);
    queue.changed();
    await pause(40);
    let stopped = false;
    const stopping = queue.stop().then(() => (stopped = true));
    queue.changed();
    await pause(40);
    expect(stopped).toBe(false);
    control.finish();
    await stopping;
    expect(control.runs).toBe(1);
  });
});

describe("npm start with seeds arriving faster than it rebuilds", () => {
  let work: string;
  let server: DevServer;

  beforeAll(async () => {
    ({ work, server } = await startOnRealSeeds());
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("builds every seed, without a queue of rebuilds that find nothing new", async () => {
    const from = server.lines.length;
    const seeds = 15;
    // 200 ms apart: each change settles (150 ms) before the next, and a rebuild takes longer than that.
    for (let index = 0; index < seeds; index += 1) {
      await writeFile(path.join(work, "seeds", `arrival-${index}.txt`), `Arrival number ${index} reports on the harbour works, day ${index}.\n`);
      await pause(200);
    }
    // Then quiet: wait until no rebuild line has come for three seconds.
    let count = -1;
    while (count !== server.lines.length) {
      count = server.lines.length;
      await pause(3_000);
    }
    const rebuilds = server.lines.slice(from).filter((line) => /^\d\d:\d\d:\d\d (?:added|changed|no article changed)/.test(line));
    const added = rebuilds.reduce((sum, line) => sum + Number(/added (\d+)/.exec(line)?.[1] ?? 0), 0);
    expect(added).toBe(seeds);
    // A change seen just after a rebuild read the seeds costs one rebuild that finds nothing; a queue of them, one per change, is the fault.
    expect(rebuilds.filter((line) => line.includes("no article changed")).length, rebuilds.join("\n")).toBeLessThanOrEqual(2);
  });
});
