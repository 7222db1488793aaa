/**
 * The encoding a saved page declares in its first kilobyte (`<meta
 * charset="...">` or `<meta http-equiv="Content-Type" content="...;
 * charset=...">`), where browsers look for it too.
 */
const prescanBytes = 1024;
const metaCharset = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, prescanBytes)).toString("latin1");
  return metaCharset.exec(head)?.[1] ?? null;
}
