import type { BoilerplateRule } from "./types.ts";

/** A trail of sections: "News > Nation", "Home / World / Europe", "Politics » Congress". */
export const breadcrumb: BoilerplateRule = {
  name: "breadcrumb",
  reason: "breadcrumb or section trail",
  marksEdge: true,
  match(text) {
    const parts = text.split(/\s+(?:>|»|›|\/|\||::|•|·)\s+/);
    if (parts.length < 2 || parts.length > 8) return null;
    return parts.every((part) => part.split(/\s+/).length <= 4 && /^[\p{Lu}\p{N}]/u.test(part) && /\p{L}/u.test(part) && !/[.!?]$/.test(part)) ? { action: "remove" } : null;
  },
};
