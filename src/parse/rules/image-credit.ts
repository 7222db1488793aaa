import type { BoilerplateRule } from "./types.ts";

/** Image credit and licence lines belong under the article as credits, not in its text. */
export const imageCredit: BoilerplateRule = {
  name: "image-credit",
  reason: "image credit",
  match(text) {
    const credit =
      /^(?:Image|Photo|Photograph|Picture|Illustration|Video|Graphic|Cover image|Featured image)s?(?: is| was| has been)? (?:licensed|courtesy|credit|by|via|from|source)\b|^(?:Image|Photo|Photograph|Picture) credits?\b|^(?:Credit|Photo|Image|Source):|\bCreative\s+Commons\b.*\bLicen[cs]e\b/iu;
    return credit.test(text) && text.length <= 400 ? { action: "credit" } : null;
  },
};
