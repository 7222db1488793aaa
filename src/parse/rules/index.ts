/**
 * The boilerplate rules, in the order they run. A rule that strips a prefix
 * hands the rest of the block on down the chain; a rule that removes a block
 * or turns it into a credit ends the chain for that block.
 */
import { authorBio } from "./author-bio.ts";
import { authorBioHeading } from "./author-bio-heading.ts";
import { commentPrompt } from "./comment-prompt.ts";
import { imageCredit } from "./image-credit.ts";
import { newsletterPromo } from "./newsletter-promo.ts";
import { pastedHeadline } from "./pasted-headline.ts";
import { sharePrompt } from "./share-prompt.ts";
import { trailingHeadline } from "./trailing-headline.ts";
import type { BoilerplateRule } from "./types.ts";
import { viewAllPosts } from "./view-all-posts.ts";

export const boilerplateRules: readonly BoilerplateRule[] = [
  imageCredit,
  newsletterPromo,
  pastedHeadline,
  authorBioHeading,
  authorBio,
  viewAllPosts,
  commentPrompt,
  sharePrompt,
  trailingHeadline,
];

export type { BoilerplateRule, RuleContext, Verdict } from "./types.ts";
