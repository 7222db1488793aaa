import type { BoilerplateRule } from "./types.ts";

/**
 * Newsletter, sign-up and paywall promos: "A version of this story appears in
 * ... Register here.", "Subscribe to our morning newsletter", "Get the day's
 * top headlines delivered to your inbox", "Already a subscriber? Log in".
 */
export const newsletterPromo: BoilerplateRule = {
  name: "newsletter-promo",
  reason: "newsletter promo",
  marksEdge: true,
  match(text) {
    if (text.length > 400) return null;
    const promo =
      /\bA version of this (?:story|article) (?:first )?appear(?:s|ed) in\b|\b(?:sign up|subscribe|register) (?:for|to) (?:our|the|a|an|their|his|her|this) [^.]{0,60}\b(?:newsletters?|e-?mails?|alerts?|updates|digest|briefing|podcast|channel|magazine|title)\b|\b(?:Register|Sign up|Subscribe) (?:here|now|today)[.!]?$|\bdelivered (?:straight |directly )?(?:to|in)(?:to)? your inbox\b|\b(?:in|to) your inbox (?:every|each)\b|\b(?:successfully subscribed|you(?:'re| are| have been) (?:now )?subscribed)\b|\bthanks? (?:you )?for (?:signing up|subscribing)\b|\b(?:already a (?:subscriber|member)|subscribe to (?:continue|keep) reading|to (?:continue|keep) reading,? (?:please )?(?:subscribe|log in|sign in|register)|this (?:article|story|content) is (?:only )?(?:available )?(?:for|to) (?:subscribers|members)|become a (?:member|subscriber|supporter)|support (?:our|independent|local) journalism|unlimited (?:digital )?access|free trial)\b|^(?:newsletters?|subscribe|sign up|sign in|log in|register|enter your e-?mail(?: address)?|your e-?mail(?: address)?|e-?mail address)\s*[:!.…*]*$|\bthere was a problem subscribing\b|\bnewsletter\b.*\b(?:sign up|subscribe|inbox)\b|\b(?:sign up|subscribe)\b.*\bnewsletter\b/i;
    return promo.test(text) ? { action: "remove" } : null;
  },
};
