/**
 * Language libraries loaded from their CommonJS builds. Their ES module
 * sources are hundreds of files, each passed through tsx's loader on its own
 * thread; the CommonJS builds load in about a third of the time, and that
 * start-up is most of what parsing one added seed costs. Same code, same
 * data: only how it is loaded differs. chrono-node is loaded as its English
 * locale alone, whose `parse` is the one the package's top level exports
 * (English, casual), without the fifteen other locales (15 ms against 60).
 */
import { createRequire } from "node:module";
import type * as Chrono from "chrono-node/en";
import type Compromise from "compromise/two";

const require = createRequire(import.meta.url);

export const chrono = require("chrono-node/en") as typeof Chrono;
export const nlp = require("compromise/two") as typeof Compromise;
