/**
 * The parts of a person's name that identify them. Kept apart from the
 * classifier so the archive stage can merge names without loading the
 * language data the classifier needs (about a second at start-up, which a
 * build that takes every record from the parse cache should not pay).
 */

const nameSuffixes = /^(?:Jr|Sr|II|III|IV)\.?$/;
const initial = /^\p{Lu}\.$/u;

export function isNameSuffix(word: string): boolean {
  return nameSuffixes.test(word);
}

/** The words of a person's name that identify them: no initials, no "Jr.". */
export function coreNameParts(name: string): string[] {
  return name.split(" ").filter((word) => !initial.test(word) && !isNameSuffix(word));
}
