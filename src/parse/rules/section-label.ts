import type { BoilerplateRule } from "./types.ts";

/**
 * The label over a list of other stories or links: "Related stories", "Most
 * popular", "More from Politics", "You may also like". It marks where the
 * story's page moves on to other things.
 */
export const sectionLabel: BoilerplateRule = {
  name: "section-label",
  reason: "label of a list of other stories",
  marksEdge: true,
  match(text) {
    const label =
      /^(?:related(?: stories| articles| posts| content| coverage| links| topics| news| videos)?|(?:more|other|similar|recent|latest|top|popular|trending|recommended|featured|sponsored|promoted|suggested|breaking)(?: news)?(?: stories| articles| posts| headlines| news| videos| reads)?(?: for you| now| today| this week)?|most (?:popular|read|viewed|shared|emailed|commented|watched|recent)(?: stories| articles| news)?(?: today| this week)?|more (?:from|on|in|about|like this|to explore|stories from)(?: [\p{L}&'’. -]{1,40})?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|(?:what|read|watch) (?:next|to read next)|read next|in case you missed it|don'?t miss|must reads?|around the (?:web|site)|from (?:around )?the web|from our (?:partners|network|sponsors)|also on [\p{L}&'’. -]{1,40}|further reading|editor'?s'? (?:picks?|choice)|(?:top|latest|more|popular) (?:in|on) [\p{L}&'’. -]{1,30}|in (?:brief|other news)|news in brief|the latest|latest(?: news)?|trending now|explore more|keep reading|top picks?|(?:more|related|other|recent|latest|top|popular|trending|recommended|featured|further|great|best) (?:[\p{L}'’]+ ){0,2}(?:stories|articles|posts|headlines|news|videos|reads|coverage|reading|links|content))\s*[:.…»›>]*$/iu;
    return label.test(text.trim()) ? { action: "remove" } : null;
  },
};
