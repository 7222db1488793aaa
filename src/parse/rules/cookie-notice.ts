import type { BoilerplateRule } from "./types.ts";

/** A consent banner: "We use cookies to ...", "By continuing to use this site you agree ...", "Accept all cookies". */
export const cookieNotice: BoilerplateRule = {
  name: "cookie-notice",
  reason: "cookie consent notice",
  marksEdge: true,
  match(text) {
    if (text.length > 600) return null;
    const notice =
      /\b(?:we|this (?:web)?site|our (?:web)?site|our partners) (?:and our partners )?(?:use|uses|store|set|place)s? (?:cookies|similar technologies)\b|\bby (?:continuing to (?:use|browse)|using|clicking|browsing) (?:this|our|the) (?:web)?site\b.*\b(?:agree|accept|consent|cookies)\b|\bcookie (?:policy|settings|preferences|consent|notice)\b|^(?:accept|reject|decline|allow)(?: all)?(?: cookies)?$|^(?:i agree|i accept|got it|ok(?:ay)?|agree and close|manage (?:cookies|preferences|settings)|learn more i agree x?)$|\bcookies\b.*\b(?:consent|accept|privacy|browser|(?:web)?site|personalis|personaliz|analytics)/i;
    return notice.test(text) ? { action: "remove" } : null;
  },
};
