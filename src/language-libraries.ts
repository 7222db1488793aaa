/**
 * Language libraries loaded from their single-file CommonJS builds. Their ES
 * module sources are hundreds of files, each passed through tsx's loader on
 * its own thread; the bundled builds load in about a third of the time, and
 * that start-up is most of what parsing one added seed costs. Same code, same
 * data: only how it is loaded differs.
 */
import { createRequire } from "node:module";
import type * as Chrono from "chrono-node";
import type Compromise from "compromise/two";

const require = createRequire(import.meta.url);

export const chrono = require("chrono-node") as typeof Chrono;
export const nlp = require("compromise/two") as typeof Compromise;
