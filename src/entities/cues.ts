/**
 * The words news text marks names with: titles in front of people, the last
 * word of an organisation's or a place's name, the first word of "Bureau of
 * Prisons", company suffixes. These are closed classes of the language, not
 * lists of entities: which entities exist comes from data (`reference.ts`,
 * `lexicon.ts`) and from the text itself.
 */
import { lexiconTags, titleTags } from "./lexicon.ts";
import { isCorporateSuffix } from "./name-parts.ts";

const titleWords =
  /^(?:President|Vice|Premier|Chancellor|Minister|Secretary|General|Leader|Spokesperson|Spokesman|Spokeswoman|Diplomat|Governor|Senator|Mayor|Ambassador|Envoy|Judge|Justice|Coach|Chairman|Chairwoman|Chair|Commissioner|Director|Chief|Executive|Officer|Representative|Congressman|Congresswoman|Assemblyman|Assemblywoman|Councilman|Councilwoman|Councillor|Alderman|Sheriff|Prosecutor|Attorney|Inspector|Superintendent|Detective|Sergeant|Lieutenant|Marshal|Brigadier|Corporal|Trooper|Patrolman|Patrolwoman|Policeman|Solicitor|Trustee|Treasurer|Clerk|Auditor|Comptroller|Controller|Magistrate|Constable|Warden|Chaplain|Deacon|Pastor|Speaker|Whip|Delegate|Registrar|Coroner|Provost|Professor|Reverend|Bishop|Archbishop|Cardinal|Rabbi|Imam|Father|Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Reps?\.|Sens?\.|Gov\.|Atty\.|Gen\.|Lt\.|Col\.|Maj\.|Capt\.|Sgt\.|Adm\.|Cmdr\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Rev\.|Supt\.|Insp\.|Det\.|Admiral|Colonel|Captain|Commander|King|Queen|Prince|Princess|Emperor|Empress|Sultan|Emir|Pope|Sheikh|CEO|CFO|COO|Founder|Co-founder|Cofounder|Manager|Analyst|Economist|Strategist|Editor|Correspondent|Actor|Actress|Singer|Rapper|Quarterback|Pitcher|Striker|Goalkeeper|Midfielder|Defender)$/;

/** A title word as news text writes it before a name in lower case: "spokesman John Smith", "coach Bill Meek". */
export function isLowerCaseTitle(word: string): boolean {
  return /^\p{Ll}/u.test(word) && titleWords.test(word.charAt(0).toUpperCase() + word.slice(1));
}

/** A title word, by the list above or by compromise's lexicon ("accountant"); a plural is not a title. Hyphenated titles count by their parts ("President-elect"). */
export function isTitleWord(word: string): boolean {
  if (/^(?:Jr|Sr|II|III|IV)\.?$/.test(word)) return false;
  if (titleWords.test(word)) return true;
  if (word.includes("-")) return word.split("-").some((part) => part !== "" && titleWords.test(part.charAt(0).toUpperCase() + part.slice(1)));
  const tags = lexiconTags(word.replace(/\.$/, ""));
  return !tags.includes("Plural") && tags.some((tag) => titleTags.includes(tag));
}

/** Last words of organisations' names. */
const organizationEndings = new Set(
  (
    "Party Parties Corps Times Press Post News Herald Tribune Journal Gazette Administration Ministry Council Association Associations Agency " +
    "Committee Company Companies Corporation Group Bank Banks University College Academy Institute Institution Foundation Commission Army Navy " +
    "Forces Department Office Court Parliament Congress Senate Assembly Organisation Organization League Federation Union Alliance Conference " +
    "Club Fund Authority Board Bureau Service Services Jury Coalition Movement Center Centre Centers Centres Hospital Clinic School Schools " +
    "Facility Shelter Observatory Laboratory Laboratories Lab Labs Museum Library Church Prison Jail Police Registry Tribunal Council Cabinet " +
    "Productions Studios Pictures Records Entertainment Media Network Networks Systems Technologies Technology Robotics Industries Airlines Airways " +
    "Lines Motors Holdings Partners Capital Ventures Pharmaceuticals Therapeutics Energy Electric Railway Railroad Exchange Reserve Guard " +
    "Brigade Regiment Battalion Division Command Society Trust Institute Chamber International Worldwide Synod Diocese Order Brotherhood Caucus Team Squad " +
    "Chapter Tech Polytechnic Foods Mills Stores Brands Products Enterprises Associates Bros. Steel Chemicals Insurance Bancorp Railways Pharmacy"
  ).split(" "),
);
/** First words of "Bureau of Prisons", "University of Texas", "Bank of Japan". */
const organizationHeads = new Set(
  (
    "Bureau Department Ministry University College Bank Institute Office Board Court Council Commission Committee Academy Society Federation " +
    "Association Union Agency Chamber School Church Museum Library Center Centre Centers Centres Hospital Federation League Organisation " +
    "Organization Order Fund Foundation House Party Secretariat Directorate Inspectorate Corps Division Command"
  ).split(" "),
);
/** Organisation words after which "for" continues the name: "Center for Disease Control", "Institute for Fiscal Studies". */
const forHeads = new Set(["Center", "Centre", "Centers", "Centres", "Institute", "Council", "Commission", "Committee", "Office", "Agency", "Foundation", "Alliance", "Society", "Association", "Fund", "Coalition", "Campaign", "Network", "Union", "League", "Department", "Ministry", "School", "Museum", "Organisation", "Organization", "Bureau", "Board", "Trust"]);

export function isOrganizationEnding(word: string): boolean {
  return organizationEndings.has(word) || isCorporateSuffix(word);
}

export function isOrganizationHead(word: string): boolean {
  return organizationHeads.has(word);
}

export function continuesWithFor(word: string): boolean {
  return forHeads.has(word);
}

/** Organisation words after which "on" continues the name: "House Committee on Revenue and Taxation", "Council on Foreign Relations". */
const onHeads = new Set(["Committee", "Subcommittee", "Commission", "Council", "Conference", "Panel", "Board"]);

export function continuesWithOn(word: string): boolean {
  return onHeads.has(word);
}

/** Last words of places' names. */
const placeEndings = /^(?:Square|Street|St\.|Avenue|Ave\.|Av\.?|Road|Rd\.?|Boulevard|Blvd\.|Park|Plaza|Bridge|Airport|Station|Stadium|Arena|Highway|Freeway|Expressway|County|Parish|Borough|City|Province|State|Island|Islands|River|Valley|Bay|Strait|Straits|Sea|Ocean|Gulf|Lake|Lakes|Mountains|Mountain|Hills|Peninsula|Region|District|Territory|Territories|Coast|Desert|Canal|Harbor|Harbour|Beach|Heights|Springs|Falls|Township|Village|Prefecture|Oblast|Republic)$/;
/** First words of places' names: "Fort Worth", "Port Moresby", "Lake Tahoe", "Mount Kenya". */
const placeOpenings = /^(?:Fort|Ft\.|Port|San|Santa|Santo|São|Saint|St\.|Mount|Mt\.|Lake|Cape|Isle|Gulf)$/;
/** Words that make a known place into another ("West Michigan", "Southern California", "New South Wales"). */
const compassWords = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|Southeast|Southwest|Upper|Lower|Greater|Inner|Outer)$/;

export function isPlaceEnding(word: string): boolean {
  return placeEndings.test(word);
}

export function isPlaceOpening(word: string): boolean {
  return placeOpenings.test(word);
}

export function isCompassWord(word: string): boolean {
  return compassWords.test(word);
}


/** Days and months: never part of a name ("Trenton Monday"), nor a tag. */
const calendarWords =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
export function isCalendarWord(word: string): boolean {
  return calendarWords.test(word);
}

/** A party-and-district or party-and-state label after a legislator's name: "R-Bergen", "D-Calif.". */
export function isPartyLabel(word: string): boolean {
  return /^[RDI]-\p{Lu}/u.test(word);
}

/** Words that are never a name alone: pronouns and the like, capitalised at a sentence's start or as "I". */
const neverNames = new Set(["ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "AM", "PM", "A.M.", "P.M.", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "I", "I'm", "I’m", "I'd", "I’d", "I'll", "I’ll", "I've", "I’ve", "This", "That", "These", "Those", "It", "He", "She", "We", "They", "You"]);
export function isNeverAName(word: string): boolean {
  return neverNames.has(word);
}

/** Words before a place: "in Rockledge", "near Viera". */
export const placePrepositions = new Set(["in", "near", "outside", "across", "around", "throughout", "to"]);

/** Verbs of speech: a person says things; so do organisations, but a name that is quoted and has a given name is a person. */
export const speechVerbs = new Set(["said", "says", "told", "added", "asked", "wrote", "explained", "noted", "argued", "according"]);
