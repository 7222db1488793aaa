import type { BoilerplateRule } from "./types.ts";

/**
 * A line that stands in other seeds of the archive too, whose stories are
 * otherwise different ("Advertisement", "Share this:", a site's footer or
 * promo): evidence from the whole archive that it belongs to the site, not
 * to one story. A full sentence of some length is left to the other rules,
 * since stories do share a sentence now and then.
 */
export const recurringLine: BoilerplateRule = {
  name: "recurring-line",
  reason: "line that recurs across the archive's seeds",
  match(_text, { recurs, features, index }) {
    const line = features[index];
    if (!recurs || !line) return null;
    return !line.endsWithStop || line.words <= 6 ? { action: "remove" } : null;
  },
};
