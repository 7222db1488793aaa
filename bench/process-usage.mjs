/**
 * Preloaded into each measured build process (`node --import`): on exit it
 * writes the process's peak resident memory (KiB) and the CPU time it used
 * (user + system, seconds) as JSON to the file named by BENCH_USAGE_FILE, so
 * the benchmark needs no platform-specific tool. CPU time is much less
 * disturbed than wall time when other work shares the machine. JavaScript,
 * so it loads without tsx, as the build it measures starts (src/cli/launch.mjs).
 */
import { writeFileSync } from "node:fs";
import process from "node:process";

const target = process.env.BENCH_USAGE_FILE;
if (target) {
  process.once("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
  });
}
