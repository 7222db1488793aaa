/**
 * When `npm start` rebuilds. Editors save in bursts (write, rename, touch),
 * so a rebuild starts once the seeds have been quiet for a moment; and since
 * every rebuild is a whole build, any number of changes that arrive while
 * one runs need exactly one more after it, never one each.
 */

export interface RebuildQueue {
  /** Something in the seeds folder changed. */
  changed(): void;
  /** Stops starting rebuilds; settles when the one running (if any) is done. */
  stop(): Promise<void>;
}

/** `rebuild` reports its own failures; it must not reject. */
export function rebuildQueue(rebuild: () => Promise<void>, settleMilliseconds: number): RebuildQueue {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  /** A change arrived since the running rebuild (or none) started. */
  let dirty = false;
  let stopped = false;

  function start(): void {
    timer = undefined;
    if (stopped || running || !dirty) return;
    dirty = false;
    running = rebuild().finally(() => {
      running = null;
      // Changes that came in meanwhile, and have settled, get one rebuild together.
      if (timer === undefined) start();
    });
  }

  return {
    changed() {
      if (stopped) return;
      dirty = true;
      clearTimeout(timer);
      timer = setTimeout(start, settleMilliseconds);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
