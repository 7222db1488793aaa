import type { BoilerplateRule } from "./types.ts";

/** Newsletter and sign-up promos: "A version of this story appears in ... Register here." */
export const newsletterPromo: BoilerplateRule = {
  name: "newsletter-promo",
  reason: "newsletter promo",
  match(text) {
    const promo =
      /\bA version of this (?:story|article) (?:first )?appear(?:s|ed) in\b|\b(?:sign up|subscribe) (?:for|to) (?:our|the|a) [^.]{0,60}\bnewsletter\b|\b(?:Register|Sign up|Subscribe) (?:here|now|today)[.!]?$/i;
    return promo.test(text) ? { action: "remove" } : null;
  },
};
