import type { BoilerplateRule } from "./types.ts";

/** A line that is only addresses: a page's URL, a site's domain, an e-mail address, a handle. */
export const addressLine: BoilerplateRule = {
  name: "address-line",
  reason: "web address",
  match(text, { features, index }) {
    if ((features[index]?.tokens ?? 0) > 6) return null;
    const tokens = text.split(/\s+/).filter((token) => token !== "");
    const domain = /^(?:[\w-]+\.)+(?:com|org|net|gov|edu|info|io|news|co|uk|us|ca|au|in|de|fr)(?:\/\S*)?$/i;
    const addresses = tokens.filter((token) => domain.test(token.replace(/[),.;:]+$/, ""))).length + (features[index]?.linkTokens ?? 0);
    return tokens.length > 0 && addresses >= tokens.length ? { action: "remove" } : null;
  },
};
