/**
 * One entity, one cluster, within an article. The forms the classifier found
 * are grouped by what the article shows about them: a person's full name
 * with and without middle names or initials ("John F. Kennedy", "John
 * Kennedy"), a surname or given name used alone ("Putin", "Wang"), the last
 * words of a name ("Hawk Sawyer" for "Kathleen Hawk Sawyer"); an
 * organisation with and without its company suffix ("Sierra Nevada Corp.",
 * "Sierra Nevada Corporation"), its acronym, defined ("(ESA)") or spelled by
 * its initials, a team by its nickname ("Lakers"); and a name the cues could
 * not place becomes a person when the article goes on to use its last word
 * alone, as news text does with surnames ("Avinoam Rubinstain" ...
 * "Rubinstain said").
 */
import type { Classified, EntityKind } from "./classify.ts";
import { isOrganizationEnding, placePrepositions } from "./cues.ts";
import type { Mention } from "./mentions.ts";
import { connectors, coreNameParts, organizationBase, personKey } from "./name-parts.ts";
import { isCommonWord, isCountryOrRegion } from "./reference.ts";

export interface Sighting {
  mention: Mention;
  weight: number;
  /** Found as a name where a capital means something, not matched inside a headline or an opening word, nor only inside another name. */
  strong: boolean;
}

export interface Cluster {
  name: string;
  kind: EntityKind | null;
  /** The form's kind is the gazetteer's or taxonomy's, or a title said it: no other form can take it over. */
  settled: boolean;
  /** A form is the taxonomy's or the built-in list's. */
  listed: boolean;
  forms: Set<string>;
  sightings: Sighting[];
}

export interface Found {
  mention: Mention;
  entities: readonly Classified[];
}

interface Form {
  name: string;
  kind: EntityKind | null;
  settled: boolean;
  /** The gazetteer's or the taxonomy's form: it names that entity and no other. */
  known: boolean;
  listed: boolean;
  sightings: Sighting[];
  first: number;
}

function tokensOf(name: string): string[] {
  return name.split(" ");
}

function collectForms(found: readonly Found[]): Map<string, Form> {
  const forms = new Map<string, Form>();
  const votes = new Map<string, Map<EntityKind, number>>();
  found.forEach(({ mention, entities }, order) => {
    for (const classified of entities) {
      const form = forms.get(classified.name) ?? { name: classified.name, kind: null, settled: false, known: false, listed: false, sightings: [], first: order };
      forms.set(classified.name, form);
      form.sightings.push({ mention, weight: classified.weight, strong: !classified.nested });
      if (classified.known || classified.titled) {
        form.settled = true;
        form.known ||= classified.known;
        form.listed ||= classified.listed;
        if (classified.kind) form.kind = classified.kind;
      }
      if (classified.kind && !form.settled) {
        const kinds = votes.get(classified.name) ?? new Map<EntityKind, number>();
        votes.set(classified.name, kinds.set(classified.kind, (kinds.get(classified.kind) ?? 0) + 1));
      }
    }
  });
  for (const form of forms.values()) {
    if (form.settled) continue;
    const kinds = [...(votes.get(form.name) ?? new Map<EntityKind, number>())].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    form.kind = kinds[0]?.[0] ?? null;
  }
  return forms;
}

/** The words of an acronym's name that give its letters: "European Space Agency" -> "ESA". */
function initialsOf(name: string): string {
  return tokensOf(name)
    .filter((word) => !connectors.has(word) && word !== "and" && word !== "for" && word !== "the" && word !== "&")
    .map((word) => word.charAt(0))
    .join("");
}

function isAcronym(name: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(name) || /^\p{Lu}{1,3}&\p{Lu}{1,3}$/u.test(name);
}

/** "Coty Inc." -> "Coty": a company's legal form is no part of the name a reader looks for. */
function withoutLegalForm(name: string): string {
  const tokens = tokensOf(name);
  return tokens.length > 1 && /^(?:Inc\.?|LLC|Ltd\.?|PLC|plc|AG|GmbH|SA|NV)$/.test(tokens[tokens.length - 1] ?? "") ? tokens.slice(0, -1).join(" ") : name;
}

/** "Kathleen Hawk Sawyer" ends with "Hawk Sawyer"; "Ursula von der Leyen" with "Von der Leyen", opening a sentence. */
function endsWithName(full: string, tail: string): boolean {
  const rest = full.slice(0, full.length - tail.length);
  return rest.endsWith(" ") && full.slice(rest.length).toLowerCase() === tail.toLowerCase() && rest.trim() !== "";
}

/** "Longhorns" for "Longhorn", as a team is named in the plural and its players in the singular. */
function pluralOf(name: string): string {
  return /s$/.test(name) ? name : `${name}s`;
}

class Clusters {
  readonly all: Cluster[] = [];
  readonly byForm = new Map<string, Cluster>();

  add(form: Form, kind: EntityKind | null = form.kind): Cluster {
    const cluster: Cluster = { name: form.name, kind, settled: form.settled, listed: form.listed, forms: new Set([form.name]), sightings: [...form.sightings] };
    this.all.push(cluster);
    this.byForm.set(form.name, cluster);
    return cluster;
  }

  join(form: Form, cluster: Cluster): void {
    cluster.forms.add(form.name);
    cluster.listed ||= form.listed;
    cluster.sightings.push(...form.sightings);
    this.byForm.set(form.name, cluster);
  }
}

function strongCount(cluster: { sightings: readonly Sighting[] }): number {
  return cluster.sightings.filter((sighting) => sighting.strong).length;
}

/** The person clusters a lone name part points to, by first and by last part of their names. */
function peopleByPart(clusters: Clusters): Map<string, Cluster[]> {
  const byPart = new Map<string, Cluster[]>();
  for (const cluster of clusters.all) {
    if (cluster.kind !== "person") continue;
    const core = coreNameParts(cluster.name).filter((word) => !connectors.has(word));
    if (core.length < 2) continue;
    for (const part of new Set([core[0] ?? "", core[core.length - 1] ?? ""])) byPart.set(part, [...(byPart.get(part) ?? []), cluster]);
  }
  return byPart;
}

function mostMentioned(candidates: readonly Cluster[]): Cluster | undefined {
  return [...candidates].sort((a, b) => b.sightings.length - a.sightings.length || (a.name < b.name ? -1 : 1))[0];
}

/** Groups the forms an article uses into one cluster per entity. */
export function clusterForms(found: readonly Found[]): Cluster[] {
  const forms = collectForms(found);
  const ordered = [...forms.values()].sort((a, b) => a.first - b.first);
  const clusters = new Clusters();

  // Acronyms: defined in parentheses, or spelled by the initials of a name the article uses.
  const acronymOf = new Map<string, string>();
  for (const { mention } of found) {
    const name = mention.tokens.join(" ");
    if (mention.definition && isAcronym(mention.definition) && !isAcronym(name) && initialsOf(name).charAt(0) === mention.definition.charAt(0)) acronymOf.set(mention.definition, name);
  }
  for (const form of ordered) {
    if (!isAcronym(form.name) || form.settled || acronymOf.has(form.name)) continue;
    const letters = form.name.replace(/[.&]/g, "");
    const spelled = ordered.filter((other) => other.name.includes(" ") && other.kind !== "person" && initialsOf(other.name).replace(/&/g, "") === letters);
    if (spelled.length === 1 && spelled[0]) acronymOf.set(form.name, spelled[0].name);
  }

  // Organisations, full names and settled names first: they are what shorter forms join.
  const personByKey = new Map<string, Cluster>();
  const organizationByBase = new Map<string, Cluster>();
  for (const form of ordered) {
    if (form.kind !== "organization" || acronymOf.has(form.name)) continue;
    const base = organizationBase(form.name);
    // "Lakers" and "Los Angeles Lakers", in either order.
    const same = organizationByBase.get(base) ?? [...organizationByBase.values()].find((other) => endsWithName(other.name, base) || endsWithName(base, organizationBase(other.name)));
    if (same) {
      clusters.join(form, same);
      organizationByBase.set(base, same);
    } else organizationByBase.set(base, clusters.add(form));
  }
  for (const form of ordered) {
    if (form.kind === "person") {
      const key = personKey(form.name);
      if (!key) continue;
      // "Brantley Tools" looks like a person's name, but the article also calls it "Brantley Tools Inc.".
      const company = form.settled ? undefined : organizationByBase.get(form.name);
      const same = company ?? personByKey.get(key) ?? [...personByKey.values()].find((person) => endsWithName(person.name, form.name));
      if (same) {
        clusters.join(form, same);
        if (same.kind === "person" && tokensOf(form.name).length > tokensOf(same.name).length) same.name = form.name;
      } else personByKey.set(key, clusters.add(form));
    } else if (form.kind !== "organization" && (form.known || (form.kind === "place" && form.name.includes(" ")))) clusters.add(form);
  }
  for (const cluster of organizationByBase.values()) {
    // The company's name as the article most often writes it, without a legal form: "Ulta Beauty Inc." is "Ulta Beauty".
    const used = [...cluster.forms].sort((a, b) => (forms.get(b)?.sightings.length ?? 0) - (forms.get(a)?.sightings.length ?? 0) || b.length - a.length || (a < b ? -1 : 1));
    cluster.name = withoutLegalForm(used[0] ?? cluster.name);
  }

  // Recomputed only when a person has been added since.
  let peopleSeen = -1;
  let byPart = new Map<string, Cluster[]>();
  const people = () => {
    if (peopleSeen !== clusters.all.length) [byPart, peopleSeen] = [peopleByPart(clusters), clusters.all.length];
    return byPart;
  };
  // Names of several words before single words, so "LeBron" finds "LeBron James" whichever the article used first.
  const longFirst = [...ordered].sort((a, b) => Number(!a.name.includes(" ")) - Number(!b.name.includes(" ")) || a.first - b.first);
  for (const form of longFirst) {
    if (clusters.byForm.has(form.name)) continue;
    const tokens = tokensOf(form.name);
    const target = acronymOf.get(form.name);
    const acronymTarget = target ? clusters.byForm.get(target) : undefined;
    if (acronymTarget) {
      clusters.join(form, acronymTarget);
      continue;
    }
    if (tokens.length > 1) {
      // "Hawk Sawyer" for "Kathleen Hawk Sawyer"; "Big Machine" for "Big Machine Label Group"; "Prosecution Authority" for "Swedish Prosecution Authority".
      const longer = clusters.all.find(
        (cluster) =>
          (cluster.kind === "person" && form.kind !== "place" && endsWithName(cluster.name, form.name)) ||
          (cluster.kind === "organization" &&
            form.kind !== "place" &&
            (organizationBase(cluster.name) === organizationBase(form.name) ||
              cluster.name.endsWith(` ${form.name}`) ||
              (cluster.name.startsWith(`${form.name} `) && isOrganizationEnding(tokensOf(cluster.name).pop() ?? "")))),
      );
      if (longer) {
        clusters.join(form, longer);
        continue;
      }
      // A name whose last word the article then uses alone is a person's: "Avinoam Rubinstain" ... "Rubinstain said".
      // Not "Apple TV" (a name the article uses as much, then more) nor "Roth IRA" or "HMP Belmarsh" (with an acronym).
      const last = tokens[tokens.length - 1] ?? "";
      const surnameUsed = forms.get(last);
      const opensWithKnown = tokens.slice(0, -1).some((_, end) => (forms.get(tokens.slice(0, end + 1).join(" "))?.sightings.length ?? 0) >= form.sightings.length);
      if (form.kind === null && surnameUsed && surnameUsed.kind !== "place" && surnameUsed.kind !== "organization" && !isCommonWord(last) && !tokens.some(isAcronym) && !opensWithKnown) {
        personByKey.set(form.name, clusters.add(form, "person"));
        continue;
      }
      clusters.add(form);
      continue;
    }
    // One word: a part of a person's name, a team's nickname, an organisation's short name, or a name of its own.
    const owner = isCountryOrRegion(form.name) || form.known ? undefined : mostMentioned(people().get(form.name) ?? []);
    if (owner) {
      clusters.join(form, owner);
      continue;
    }
    const plural = pluralOf(form.name);
    const shortFor =
      form.kind === "place"
        ? undefined
        : clusters.all.find(
            (cluster) =>
              (cluster.kind === "organization" || cluster.kind === null) &&
              (organizationBase(cluster.name) === form.name || cluster.name.endsWith(` ${form.name}`) || cluster.name.endsWith(` ${plural}`) || (cluster.kind === null && pluralOf(cluster.name) === plural)),
          );
    if (shortFor) {
      clusters.join(form, shortFor);
      continue;
    }
    clusters.add(form);
  }
  return clusters.all;
}

/** Mostly after "in" or "near": a place the gazetteer does not know ("in Viera"). */
export function readsAsPlace(cluster: Cluster): boolean {
  const strong = cluster.sightings.filter((sighting) => sighting.strong);
  return strong.length > 0 && strong.filter((sighting) => placePrepositions.has(sighting.mention.before)).length * 2 > strong.length;
}

export { strongCount };
