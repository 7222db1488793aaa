/**
 * A boilerplate rule looks at one line of a scraped seed and says whether it
 * is not article text. Rules are small named units kept in ordered lists
 * (`index.ts`), in the manner of markdown-it's rule chains: adding a pattern
 * is one new file and one line in a list.
 *
 * Three kinds of rule. A line rule judges a line wherever it stands (a photo
 * credit, a share button, "Advertisement"). An inside rule judges a line
 * inside the story's span that no line rule claimed, knowing its neighbours'
 * fate (a run of other stories' headlines). An outside rule only names what
 * a line outside the span is (a kicker above the headline, a list of other
 * stories' headlines below the end): such lines go anyway, and the rule
 * gives the reason recorded for them.
 */
import type { Block } from "../blocks.ts";
import type { LineFeatures } from "../line-features.ts";

/** Where a line stands against the story's span (`story-span.ts`). */
export type Position = "before" | "inside" | "after";

export interface RuleContext {
  /** Every line of the body, in file order. */
  readonly blocks: readonly Block[];
  readonly index: number;
  /** The features of every line, by index (`line-features.ts`). */
  readonly features: readonly LineFeatures[];
  /** Every line's text as `headlineKey` normalises it, to compare lines. */
  readonly keys: readonly string[];
  /** The headline (taken from the seed or its front matter), once it is known. */
  readonly title: string | null;
  /** Whether the line also stands in other seeds of the archive, whose stories differ. */
  readonly recurs: boolean;
  /** For inside and outside rules: where the line stands against the story. Line rules see `null`. */
  readonly position: Position | null;
  /** For inside rules: which lines a line rule claimed. Line rules see none claimed. */
  readonly claimed: readonly boolean[];
}

export type Verdict =
  /** The whole line is not article text. */
  | { action: "remove" }
  /** The line credits or captions an image or other material: shown as a credit, not body. */
  | { action: "credit" }
  /** The line starts with pasted text that goes; the rest stays article text. */
  | { action: "strip-prefix"; prefix: string }
  /** The line ends with a widget's label that goes ("... Click To Tweet"); the rest stays article text. */
  | { action: "strip-suffix"; suffix: string };

export interface BoilerplateRule {
  name: string;
  /** Why such text is not part of the article: recorded on every removal. */
  reason: string;
  /** The rule reads `context.title`: it is asked again once the headline is known. */
  readsTitle?: boolean;
  /**
   * A match marks an edge of the story (a byline, a share bar, a "Related"
   * label, a comment form): finding the span, such a line weighs strongly
   * against the story going on across it.
   */
  marksEdge?: boolean;
  match(text: string, context: RuleContext): Verdict | null;
}
