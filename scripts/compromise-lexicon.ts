/**
 * compromise's whole English lexicon, from the installed package: what
 * `npm run lexicon` selects from, and what the lexicon test checks against.
 */
import { createRequire } from "node:module";
import type Compromise from "compromise/two";
import type { Lexicon } from "../src/entities/lexicon.ts";

export function compromiseLexicon(): Lexicon {
  const nlp = createRequire(import.meta.url)("compromise/two") as typeof Compromise;
  // compromise types its model as a bare `object`; the lexicon is documented as word -> tag(s).
  return (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;
}
