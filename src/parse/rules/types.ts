/**
 * A boilerplate rule looks at one block of a scraped seed and says whether it
 * is not article text. Rules are small named units kept in one ordered list
 * (`index.ts`), in the manner of markdown-it's rule chains: adding a pattern is
 * one new file and one line in that list.
 */
import type { Block } from "../blocks.ts";

export interface RuleContext {
  /** Every block of the body, in file order, before any rule ran. */
  readonly blocks: readonly Block[];
  readonly index: number;
  /** The title taken from the seed itself (headline or front matter), if any. */
  readonly title: string | null;
  /** Whether any block after this one is kept as article text. */
  readonly bodyFollows: boolean;
}

export type Verdict =
  /** The whole block is not article text. */
  | { action: "remove" }
  /** The block credits an image or other material: shown as a credit, not body. */
  | { action: "credit" }
  /** The block starts with pasted text that goes; the rest stays article text. */
  | { action: "strip-prefix"; prefix: string };

export interface BoilerplateRule {
  name: string;
  /** Why such text is not part of the article: recorded on every removal. */
  reason: string;
  match(text: string, context: RuleContext): Verdict | null;
}
