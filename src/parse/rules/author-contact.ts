import type { BoilerplateRule } from "./types.ts";

/** How to reach the writer or the site: "Email Jane Doe at jd@example.com or follow her @jdoe", "Follow us on Twitter @site". */
export const authorContact: BoilerplateRule = {
  name: "author-contact",
  reason: "author or site contact line",
  marksEdge: true,
  match(text, { features, index }) {
    if ((features[index]?.words ?? 0) > 40) return null;
    const contact =
      /^(?:e-?mail|contact|reach|write to|follow|you can (?:reach|follow|contact|e-?mail))\b[^.]{0,80}\b(?:at|on|via)\b|^(?:follow|like) (?:us|me|him|her|them) on\b|^(?:have a (?:news )?tip|got a (?:news )?tip)\b/i;
    const addressed = (features[index]?.linkTokens ?? 0) > 0 || /\b(?:twitter|facebook|instagram|linkedin)\b/i.test(text);
    return contact.test(text) && addressed ? { action: "remove" } : null;
  },
};
