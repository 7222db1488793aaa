/**
 * FNV-1a over UTF-16 code units, fed one code unit at a time, so that
 * scanners hash words and texts as they read them instead of cutting out
 * strings to hash: start from `hashStart`, give each code unit to `extendHash`.
 */
export const hashStart = 0x811c9dc5;

export function extendHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}
