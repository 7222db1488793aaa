/**
 * The writing direction of a language tag, for `<html dir>`: a page in
 * Arabic, Hebrew, Persian or Urdu reads right to left, and without the
 * attribute a browser lays out its paragraphs, lists and punctuation the
 * wrong way round. The tag's script decides (`Intl.Locale` supplies the
 * likely one: `ar` is Arabic script, `az-Arab` too, `az` is Latin).
 */

/** ISO 15924 codes of the scripts written right to left, current and historic. */
const rightToLeftScripts = new Set([
  "Adlm", "Arab", "Aran", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi",
  "Armi", "Avst", "Chrs", "Cprt", "Elym", "Hatr", "Hung", "Khar", "Lydi", "Mani", "Narb", "Nbat", "Orkh", "Ougr", "Palm",
  "Phli", "Phlp", "Phnx", "Prti", "Sarb", "Sogd", "Sogo",
]);

export type TextDirection = "ltr" | "rtl";

export function textDirection(lang: string | null): TextDirection {
  if (!lang) return "ltr";
  try {
    const script = new Intl.Locale(lang).maximize().script;
    return script && rightToLeftScripts.has(script) ? "rtl" : "ltr";
  } catch {
    // Front matter admits only well-formed tags; anything else reads as the site's default.
    return "ltr";
  }
}
