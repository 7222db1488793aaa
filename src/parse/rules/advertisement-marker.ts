import type { BoilerplateRule } from "./types.ts";

/** A placeholder left where an advertisement sat: "Advertisement", "Story continues below advertisement". */
export const advertisementMarker: BoilerplateRule = {
  name: "advertisement-marker",
  reason: "advertisement marker",
  match(text) {
    const marker =
      /^[-–—\s]*(?:advertisements?|advert|ads?|sponsored(?: content| links?)?|promoted(?: content)?|paid (?:post|content)|partner content|(?:story|article|text) continues (?:below|after)(?: this)?(?: advertisement| ad)?|continue reading (?:below|the main story)|scroll (?:down )?to continue(?: reading)?|skip (?:this )?ad(?:vertisement)?)[-–—\s]*$/i;
    return marker.test(text) ? { action: "remove" } : null;
  },
};
