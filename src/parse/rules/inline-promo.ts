import type { BoilerplateRule } from "./types.ts";

/** Labels that introduce a link to another story or page inside the text: "Related: ...", "READ MORE: ...", "[INSIGHT] ...". */
const promoLabel =
  /^(?:related(?: stories| articles| story| article| coverage| content| links?| videos?| reading)?|read (?:more|also|next|this)|also read|see (?:also|more)|more (?:from|on|in|about) [^:]{1,40}|recommended(?: reading)?|watch(?: more| now| video| live)?|click here|don'?t miss|must (?:read|see|watch)|trending(?: now)?|editor'?s'? picks?|you (?:may|might) (?:also )?like|explore further|continue reading|further reading|(?:video|videos|photos?|gallery|slideshow|podcast))\s*(?::|\||»|›|–|—|-{1,2})\s*\S/i;
const bracketLabel = /^\[[^\]]{2,24}\]\s*\S/;
/** Lone link labels: "Read More", "Explore further", "Continue reading", "Show more". */
const lonePrompt = /^(?:read (?:more|the full (?:story|article))|explore further|continue reading|keep reading|show more|load more|see more|view more|more|full story|click here(?: for more)?|learn more)\s*(?:\.\.\.|…|»|›|→|>)?$/i;

/** Calls to action written in capitals inside the text: "CLICK HERE TO GET THE APP", "GET THE QUIZ: INSTANT DOWNLOAD!". */
function isShoutedPromo(text: string, shouted: boolean): boolean {
  if (!shouted || text.length < 12) return false;
  return /\b(?:CLICK|TAP|GET|DOWNLOAD|SUBSCRIBE|SIGN UP|JOIN|FOLLOW|WATCH|LISTEN|READ|SEE|BUY|SHOP|DOWNLOAD|REGISTER|LIKE US|SHARE)\b/u.test(text);
}

/**
 * A promo for something else standing inside the story: a labelled link to
 * another story, a lone "Read more", a shouted call to action.
 */
export const inlinePromo: BoilerplateRule = {
  name: "inline-promo",
  reason: "promo or link to another story",
  match(text, { features, index }) {
    if (text.length > 300) return null;
    return promoLabel.test(text) || bracketLabel.test(text) || lonePrompt.test(text) || isShoutedPromo(text, features[index]?.allCapitals ?? false) ? { action: "remove" } : null;
  },
};
