/**
 * The parse-time check in a worker thread, so it runs on the second core
 * while the property run keeps the first busy: the check compares growth
 * ratios, never absolute times, so the load beside it costs it nothing but
 * wall time. Posts one `GrowthResult` per unit.
 */
import { parentPort, workerData } from "node:worker_threads";
import { generatedUnits, measureGrowth, namedUnits } from "./parse-time.ts";

const { generated, seed } = workerData as { generated: number; seed: number };
parentPort?.postMessage([...namedUnits, ...generatedUnits(generated, seed)].map(measureGrowth));
