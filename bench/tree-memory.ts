/**
 * Peak resident memory of a process together with all its descendants (a
 * build runs Pagefind as a child process, which a process's own peak RSS
 * leaves out), sampled from Linux's /proc. Elsewhere it reports nothing and
 * the benchmark falls back to the build process's own peak.
 */
import { readdirSync, readFileSync } from "node:fs";

const pageKiB = 4;

function parentOf(pid: string): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces and parentheses; the fields after its last ")" are fixed.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? null;
  } catch {
    return null;
  }
}

function residentKiB(pid: string): number {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]);
    return Number.isFinite(pages) ? pages * pageKiB : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of `root` and every process below it, in KiB. */
function treeResidentKiB(root: number): number {
  const children = new Map<string, string[]>();
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const pending = [String(root)];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    total += residentKiB(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Starts sampling; the returned function stops and gives the peak in KiB (0 where /proc is missing). */
export function sampleTreeMemory(root: number, everyMs = 50): () => number {
  let peak = 0;
  const sample = (): void => {
    try {
      peak = Math.max(peak, treeResidentKiB(root));
    } catch {
      // No /proc: this platform gets the build process's own figure only.
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
