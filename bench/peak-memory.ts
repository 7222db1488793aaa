/**
 * Preloaded into each measured build process (`node --import`): on exit it
 * writes the process's peak resident memory, in KiB, to the file named by
 * BENCH_PEAK_MEMORY_FILE, so the benchmark needs no platform-specific tool.
 */
import { writeFileSync } from "node:fs";

const target = process.env.BENCH_PEAK_MEMORY_FILE;
if (target) {
  process.once("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
}
