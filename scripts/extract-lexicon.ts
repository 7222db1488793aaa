/**
 * Writes `src/entities/lexicon.json`, the part of compromise's lexicon that
 * tagging reads (`src/entities/lexicon.ts`), from the installed compromise.
 * Run it after upgrading compromise; the lexicon test says when it is due.
 *
 *   npm run lexicon
 */
import { writeFile } from "node:fs/promises";
import { selectLexicon } from "../src/entities/lexicon.ts";
import { compromiseLexicon } from "./compromise-lexicon.ts";

const full = compromiseLexicon();
const target = new URL("../src/entities/lexicon.json", import.meta.url);
const selected = selectLexicon(full);
// One entry a line, so an upgrade's changes read as a diff.
const lines = Object.entries(selected).map(([word, tags]) => `  ${JSON.stringify(word)}: ${JSON.stringify(tags)}`);
await writeFile(target, `{\n${lines.join(",\n")}\n}\n`);
console.log(`${Object.keys(selected).length} of ${Object.keys(full).length} lexicon entries written to ${target.pathname}`);
