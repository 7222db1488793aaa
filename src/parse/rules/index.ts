/**
 * The boilerplate rules, in the order they run. Line rules judge every line
 * (`classify.ts`): the first that matches decides, except that a rule which
 * strips a prefix hands the rest of the line on down the chain. Inside rules
 * then judge the unclaimed lines inside the story's span. Outside rules name
 * what a line outside the span is; the last two match any such line, so
 * every removal has a reason.
 */
import { aboveStory } from "./above-story.ts";
import { addressLine } from "./address-line.ts";
import { advertisementMarker } from "./advertisement-marker.ts";
import { authorBio } from "./author-bio.ts";
import { authorBioHeading } from "./author-bio-heading.ts";
import { authorContact } from "./author-contact.ts";
import { belowStory } from "./below-story.ts";
import { breadcrumb } from "./breadcrumb.ts";
import { byline } from "./byline.ts";
import { caption } from "./caption.ts";
import { commentPrompt } from "./comment-prompt.ts";
import { cookieNotice } from "./cookie-notice.ts";
import { copyrightLine } from "./copyright-line.ts";
import { dateLine } from "./date-line.ts";
import { imageCredit } from "./image-credit.ts";
import { headlineList } from "./headline-list.ts";
import { inlinePromo } from "./inline-promo.ts";
import { kicker } from "./kicker.ts";
import { mediaControls } from "./media-controls.ts";
import { newsletterPromo } from "./newsletter-promo.ts";
import { pastedHeadline } from "./pasted-headline.ts";
import { recurringLine } from "./recurring-line.ts";
import { repeatedHeadline } from "./repeated-headline.ts";
import { repeatedLine } from "./repeated-line.ts";
import { sectionLabel } from "./section-label.ts";
import { sharePrompt } from "./share-prompt.ts";
import { tagList } from "./tag-list.ts";
import { timeStamp } from "./time-stamp.ts";
import { trailingHeadline } from "./trailing-headline.ts";
import type { BoilerplateRule } from "./types.ts";
import { viewAllPosts } from "./view-all-posts.ts";

export const lineRules: readonly BoilerplateRule[] = [
  repeatedHeadline,
  imageCredit,
  caption,
  newsletterPromo,
  pastedHeadline,
  cookieNotice,
  authorBioHeading,
  authorBio,
  authorContact,
  viewAllPosts,
  commentPrompt,
  sharePrompt,
  byline,
  dateLine,
  timeStamp,
  copyrightLine,
  breadcrumb,
  tagList,
  advertisementMarker,
  sectionLabel,
  inlinePromo,
  mediaControls,
  addressLine,
  repeatedLine,
  recurringLine,
];

export const insideRules: readonly BoilerplateRule[] = [headlineList];

export const outsideRules: readonly BoilerplateRule[] = [trailingHeadline, kicker, aboveStory, belowStory];

/** Every rule, for the fixture tests and the docs. */
export const boilerplateRules: readonly BoilerplateRule[] = [...lineRules, ...insideRules, ...outsideRules];

export type { BoilerplateRule, Position, RuleContext, Verdict } from "./types.ts";
