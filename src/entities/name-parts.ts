/**
 * The parts of a name that identify what it names. Kept apart from the
 * classifier so the archive stage can merge names without loading the
 * language data the classifier needs (about a second at start-up, which a
 * build that takes every record from the parse cache should not pay).
 */

const nameSuffixes = /^(?:Jr|Sr|II|III|IV)\.?$/;
const initial = /^\p{Lu}\.$/u;
/** Lower-case words inside names: "Hall of the People", "Ursula von der Leyen", "Mohammed bin Salman". */
export const connectors = new Set(["of", "de", "du", "des", "al", "el", "bin", "ibn", "von", "van", "der", "den", "da", "di", "del", "della", "dos", "la", "le"]);
/** Company suffixes: "Mack Truck Co.", "Coty Inc.", "Sierra Nevada Corp.". */
const corporateSuffixes = /^(?:Inc|Inc\.|Corp|Corp\.|Co|Co\.|Ltd|Ltd\.|LLC|L\.L\.C\.|PLC|Plc|plc|AG|SA|S\.A\.|NV|N\.V\.|GmbH|LP|LLP|AB|ASA|SpA|S\.p\.A\.|BV|Pty|FC|F\.C\.)$/;

export function isNameSuffix(word: string): boolean {
  return nameSuffixes.test(word);
}

export function isCorporateSuffix(word: string): boolean {
  return corporateSuffixes.test(word);
}

/** The words of a person's name that identify them: no initials, no "Jr.". */
export function coreNameParts(name: string): string[] {
  return name.split(" ").filter((word) => !initial.test(word) && !isNameSuffix(word));
}

/** A person's first and last name, which middle names and initials do not change: "John F. Kennedy" and "John Kennedy" -> "john kennedy". */
export function personKey(name: string): string | null {
  const core = coreNameParts(name).filter((word) => !connectors.has(word.toLowerCase()));
  return core.length >= 2 ? `${core[0]} ${core[core.length - 1]}`.toLowerCase() : null;
}

/** An organisation's name without "The" and its company suffix: "The Home Depot Inc." -> "Home Depot". */
export function organizationBase(name: string): string {
  const tokens = name.split(" ").filter((word, index) => !(index === 0 && word === "The"));
  while (tokens.length > 1 && (isCorporateSuffix(tokens[tokens.length - 1] ?? "") || tokens[tokens.length - 1] === "&")) tokens.pop();
  return tokens.join(" ");
}
