/**
 * Writes `src/parse/function-words.json` (`src/parse/function-words.ts`)
 * from the installed compromise and stopword. Run it after upgrading compromise; the
 * function-words test says when it is due.
 *
 *   npm run function-words
 */
import { writeFile } from "node:fs/promises";
import { eng } from "stopword";
import { selectFunctionWords } from "../src/parse/function-words.ts";
import { compromiseLexicon } from "./compromise-lexicon.ts";

const words = selectFunctionWords(compromiseLexicon(), eng);
const target = new URL("../src/parse/function-words.json", import.meta.url);
await writeFile(target, `${JSON.stringify(words, null, 0).replace(/","/g, '",\n"').replace(/^\[/, "[\n").replace(/\]$/, "\n]")}\n`);
console.log(`${words.length} function words written to ${target.pathname}`);
