/**
 * Unicode classes of single UTF-16 code units, for the archive's scanners:
 * testing a regular expression per character is what made them slow. Each
 * code unit is classified by the regular expressions themselves the first
 * time it is met, so the answers are those of `\p{L}`, `\p{N}` and `\s` by
 * construction (but for white space in ASCII, written out as it is the
 * commonest), and a build pays only for the characters its text has.
 */

const known = 1;
const letter = 2;
const number = 4;
const space = 8;

const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
  const cached = classes[code] ?? 0;
  if (cached !== 0) return cached;
  // A lone surrogate is no letter, number or space, as the regular expressions say.
  const character = String.fromCharCode(code);
  const computed = known | (/\p{L}/u.test(character) ? letter : 0) | (/\p{N}/u.test(character) ? number : 0) | (/\s/u.test(character) ? space : 0);
  classes[code] = computed;
  return computed;
}

/** `\p{L}` tested on one code unit: false for either half of a surrogate pair. */
export function isLetter(code: number): boolean {
  return (classOf(code) & letter) !== 0;
}

/** `[\p{L}\p{N}]` tested on one code unit: false for either half of a surrogate pair. */
export function isLetterOrNumber(code: number): boolean {
  return (classOf(code) & (letter | number)) !== 0;
}

/** `\s`: the white space and line terminators that `trim` removes. */
export function isSpace(code: number): boolean {
  // Tab to carriage return, and the space: written out, as the table costs more than these comparisons for the commonest characters.
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (classOf(code) & space) !== 0;
}

const astralLetters = new Map<number, boolean>();

/** `\p{L}` for a code point beyond the Basic Multilingual Plane (mathematical letters, rare CJK). */
export function isAstralLetter(codePoint: number): boolean {
  let answer = astralLetters.get(codePoint);
  if (answer === undefined) {
    answer = /\p{L}/u.test(String.fromCodePoint(codePoint));
    astralLetters.set(codePoint, answer);
  }
  return answer;
}
