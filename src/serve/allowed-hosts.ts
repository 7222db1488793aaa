/**
 * Which `Host` headers the dev server answers. It listens on the loopback
 * address only, but a web page the archivist visits could point a name it
 * controls at 127.0.0.1 (DNS rebinding) and read the unpublished archive
 * through the archivist's browser; that page's requests carry its own name
 * in `Host`, so only loopback names are answered, and any others the
 * archivist lists in ARCHIVE_ALLOWED_HOSTS (a comma-separated list).
 */

/** The name in a `Host` header, lower-case, without port, brackets or a final dot. */
export function hostName(header: string): string {
  const trimmed = header.trim().toLowerCase();
  const name = trimmed.startsWith("[") ? trimmed.slice(1, trimmed.indexOf("]")) : trimmed.replace(/:\d*$/, "");
  return name.replace(/\.$/, "");
}

function isLoopbackName(name: string): boolean {
  // RFC 6761: `localhost` and every name under it are loopback names.
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  if (name === "::1") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

export function parseAllowedHosts(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((name) => hostName(name))
    .filter((name) => name !== "");
}

export function isAllowedHost(header: string | undefined, allowed: readonly string[]): boolean {
  if (header === undefined) return false;
  const name = hostName(header);
  return isLoopbackName(name) || allowed.includes(name);
}
