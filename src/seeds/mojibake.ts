/**
 * Repairs text that was UTF-8, read once as windows-1252 and saved again as
 * UTF-8: "itâ€™s" for "it’s", "cafÃ©" for "café". Scrapers and email
 * gateways do this all the time, and the file is then valid UTF-8, so no
 * decoder notices. Each run of characters that looks like such a sequence is
 * turned back into its bytes and decoded as UTF-8; a run is replaced only if
 * that gives valid UTF-8 and a character such text really holds, so ordinary
 * accented text is left alone.
 */

/** windows-1252's characters for bytes 0x80-0x9F, where it differs from Latin-1. */
const windows1252Bytes = new Map<string, number>([
  ["€", 0x80], ["‚", 0x82], ["ƒ", 0x83], ["„", 0x84], ["…", 0x85], ["†", 0x86], ["‡", 0x87], ["ˆ", 0x88], ["‰", 0x89],
  ["Š", 0x8a], ["‹", 0x8b], ["Œ", 0x8c], ["Ž", 0x8e], ["‘", 0x91], ["’", 0x92], ["“", 0x93], ["”", 0x94], ["•", 0x95],
  ["–", 0x96], ["—", 0x97], ["˜", 0x98], ["™", 0x99], ["š", 0x9a], ["›", 0x9b], ["œ", 0x9c], ["ž", 0x9e], ["Ÿ", 0x9f],
]);

const continuation = "[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]";
/** A lead byte of a two-, three- or four-byte UTF-8 sequence, followed by as many continuation bytes, as windows-1252 shows them. */
const suspect = new RegExp(`[\\u00C2-\\u00DF]${continuation}|[\\u00E0-\\u00EF]${continuation}{2}|[\\u00F0-\\u00F4]${continuation}{3}`, "gu");

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * What such a sequence stands for in real text: accented Latin letters,
 * typographic punctuation, the euro and trade mark signs, emoji. A run that
 * would decode to anything else ("JOSÉ”" would give "Jɔ") is an accented
 * capital next to a quote mark, not mojibake, and is left alone.
 */
const plausible = /^[\u00A0-\u017F\u2000-\u206F\u20AC\u2122\u{1F000}-\u{1FAFF}]$/u;

function asBytes(run: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const character of run) {
    const code = character.codePointAt(0) ?? 0;
    const byte = windows1252Bytes.get(character) ?? (code <= 0xff ? code : null);
    if (byte === null) return null;
    bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}

export interface Repaired {
  text: string;
  /** How many sequences were turned back into the characters they stood for. */
  repairs: number;
}

export function repairMojibake(text: string): Repaired {
  let repairs = 0;
  const repaired = text.replace(suspect, (run) => {
    const bytes = asBytes(run);
    if (!bytes) return run;
    try {
      const original = utf8.decode(bytes);
      if (!plausible.test(original)) return run;
      repairs += 1;
      return original;
    } catch {
      return run;
    }
  });
  return { text: repaired, repairs };
}
