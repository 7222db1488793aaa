import { capitalisedShare, titleCaseShare } from "../headline.ts";
import type { BoilerplateRule } from "./types.ts";

/** Wire services and picture agencies whose names end a credit line: "Jane Doe/AP", "AFP via Getty Images". */
const agency = "AP|AFP|Reuters|Getty Images|Getty|EPA|EPA-EFE|Shutterstock|iStock|iStockphoto|Bloomberg|Xinhua|Alamy|Corbis|PA|PA Images|ANP|Sipa|dpa|Kyodo|Yonhap|TASS|NurPhoto|Anadolu|SOPA Images|ZUMA|Polaris|Redux|Newscom|WireImage|FilmMagic|Contributor";
const namesAgency = new RegExp(`\\b(?:${agency})\\b`, "u");
const agencyCredit = new RegExp(`^[^.!?]{0,80}(?:/|\\bvia |\\b(?:AP|AFP) Photo\\b)\\s*(?:${agency})?|^(?:[^.!?]{0,60}[,/] )?(?:${agency})(?: Photo)?(?:/[^.!?]{0,40})?$`, "u");
const labelled =
  /^\(?(?:(?:Image|Photo|Photograph|Picture|Illustration|Video|Graphic|Cover image|Featured image|Top image|Header image|Lead image)s? (?:is |was |has been )?(?:licensed|courtesy|credit|copyright|by|via|from|source)\b|(?:Image|Photo|Photograph|Picture) credits?\b|Courtesy of\b)/iu;
/** "Photo: Jane Doe, AP" names who made it; "Photos: The mall through the years" is another story's headline. */
const labelledName = /^\(?(?:Credit|Credits|Photo|Photos|Photograph|Image|Images|Source|Illustration|Courtesy)\s*:\s*(.+?)\)?$/iu;
const licence = /\bCreative\s+Commons\b.*\bLicen[cs]e\b/iu;
const maxCreditWords = 30;

/** "(Image credit: NASA)", "Photo: Hau Dinh, AP", "Image copyright EPA", "Jupiterimages, Getty Images", "Credit: ESA", a licence line. */
export function isCreditLine(text: string): boolean {
  if (text.length > 400) return false;
  if (/commons/i.test(text) && licence.test(text)) return true;
  const words = text.split(/\s+/).length;
  if (words > maxCreditWords) return false;
  const namedCredit = labelledName.exec(text)?.[1];
  if (namedCredit !== undefined && words <= 12 && (capitalisedShare(namedCredit) >= titleCaseShare || namesAgency.test(namedCredit))) return true;
  return labelled.test(text) || (words <= 10 && namesAgency.test(text) && agencyCredit.test(text));
}

/** Image credit and licence lines belong under the article as credits, not in its text. */
export const imageCredit: BoilerplateRule = {
  name: "image-credit",
  reason: "image credit",
  match(text) {
    return isCreditLine(text) ? { action: "credit" } : null;
  },
};
