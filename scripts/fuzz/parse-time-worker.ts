/**
 * The parse-time check as a worker job (`src/concurrency/worker-thread.ts`),
 * so it runs on the second core while the property run keeps the first busy:
 * the check compares growth ratios, never absolute times, so the load beside
 * it costs it nothing but wall time. Answers one `GrowthResult` per unit.
 */
import { generatedUnits, measureGrowth, namedUnits, type GrowthResult } from "./parse-time.ts";

export default function measureParseTime({ generated, seed }: { generated: number; seed: number }): GrowthResult[] {
  return [...namedUnits, ...generatedUnits(generated, seed)].map(measureGrowth);
}
