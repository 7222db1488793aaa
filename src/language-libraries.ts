/**
 * chrono-node, loaded from its CommonJS build: its ES module sources are
 * hundreds of files, each passed through tsx's loader on its own thread, and
 * the CommonJS build loads in about a third of the time, which is much of
 * what parsing one added seed costs. Same code, same data: only how it is
 * loaded differs. It is loaded as its English locale alone, whose `parse` is
 * the one the package's top level exports (English, casual), without the
 * fifteen other locales (15 ms against 60).
 */
import { createRequire } from "node:module";
import type * as Chrono from "chrono-node/en";

export const chrono = createRequire(import.meta.url)("chrono-node/en") as typeof Chrono;
