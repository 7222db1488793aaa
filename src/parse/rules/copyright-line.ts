import type { BoilerplateRule } from "./types.ts";

/** A site's legal footer: "© 2019 Hearst Communications, Inc.", "All rights reserved", "Terms of use | Privacy policy". */
export const copyrightLine: BoilerplateRule = {
  name: "copyright-line",
  reason: "copyright or legal notice",
  marksEdge: true,
  match(text, { features, index }) {
    if ((features[index]?.tokens ?? 0) > 45) return null;
    const notice =
      /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|^(?:terms of (?:use|service)|privacy(?: policy| notice| statement)?|cookie (?:policy|settings|preferences)|disclaimer|accessibility|contact us|about us|sitemap|site map|advertise(?: with us)?|careers|do not sell my (?:personal )?info(?:rmation)?|your privacy choices)(?:\s*[|•·,/]\s*(?:terms of (?:use|service)|privacy(?: policy)?|cookie (?:policy|settings)|disclaimer|accessibility|contact(?: us)?|about(?: us)?|sitemap|advertise|careers))*\s*$/i;
    return notice.test(text) ? { action: "remove" } : null;
  },
};
