import type { BoilerplateRule } from "./types.ts";

const roleBar = /^(?:Admin|Administrator|Author|Editor|Writer|Staff)\s+[\p{Lu}][^|]{0,60}\|/u;
/** A writer's name: two or three capitalised words, a hyphen or an initial allowed. */
const name = "[\\p{Lu}][\\p{L}'’.-]+(?: [\\p{Lu}][\\p{L}'’.-]+){1,2}";
const role =
  "(?:admin|administrator|editor|writer|journalist|reporter|contributor|correspondent|blogger|columnist|critic|photographer|producer|freelancer|intern|staff writer|editor-at-large)";
/** "Jane Doe is a staff writer for the Courier", "Jane Doe is a Riverbend Post columnist." */
const isTheWriter = new RegExp(`^${name} (?:is|has been|was) (?:the|an?|our) (?:[\\p{L}'’-]+ ){0,4}${role}\\b[^.]*(?:\\b(?:of|at|for|with|who|covering|based)\\b|\\.)`, "u");
/** "Jane Doe covers courts and public safety for the Courier", "Jane Doe writes about food." */
const whatTheyCover = new RegExp(`^${name} (?:covers|writes about|writes for|reports on|reports for|has covered|has written for)\\b`, "u");

/** Site templates append the writer's profile: "Admin Jane Doe, | Jane Doe is the editor of ...", "Jane Doe covers the courts for the Courier." */
export const authorBio: BoilerplateRule = {
  name: "author-bio",
  reason: "author bio block",
  marksEdge: true,
  match(text, { features, index }) {
    if ((features[index]?.words ?? 0) > 80) return null;
    return roleBar.test(text) || isTheWriter.test(text) || whatTheyCover.test(text) ? { action: "remove" } : null;
  },
};
