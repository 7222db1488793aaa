/**
 * Build options from the environment, as documented in the README. Relative
 * paths resolve from the current directory.
 */
import path from "node:path";
import { ConfigError } from "./config-error.ts";
import { defaultMaxSeedBytes } from "./seeds/find.ts";

/** The settings every page shows or links with. */
export interface SiteSettings {
  title: string;
  /** Sub-path the site is hosted under, starting and ending with `/`. */
  pathPrefix: string;
  /** Absolute site address without a trailing slash, or null when unknown. */
  siteUrl: string | null;
}

export interface BuildOptions {
  seedsDir: string;
  outputDir: string;
  /** Folder for build state that is never published: the report. */
  stateDir: string;
  /** Seed files larger than this are rejected unread. */
  maxSeedBytes: number;
  site: SiteSettings;
}

export { ConfigError } from "./config-error.ts";

export function normalisePathPrefix(value: string | undefined): string {
  const trimmed = (value ?? "/").trim();
  if (trimmed === "" || trimmed === "/") return "/";
  if (!/^\/?[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*\/?$/.test(trimmed) || trimmed.split("/").includes("..")) {
    throw new ConfigError(`ARCHIVE_PATH_PREFIX "${trimmed}" must be a path such as /archive/`);
  }
  return `/${trimmed.replace(/^\/+|\/+$/g, "")}/`;
}

export function normaliseSiteUrl(value: string | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new ConfigError(`ARCHIVE_SITE_URL "${trimmed}" is not an absolute address such as https://news.example.org`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new ConfigError(`ARCHIVE_SITE_URL must start with https:// or http://`);
  return url.href.replace(/\/+$/, "");
}

export function parseMaxSeedBytes(value: string | undefined): number {
  const trimmed = value?.trim();
  if (!trimmed) return defaultMaxSeedBytes;
  if (!/^[1-9]\d{0,15}$/.test(trimmed)) throw new ConfigError(`ARCHIVE_MAX_SEED_BYTES "${trimmed}" must be a whole number of bytes, such as 5242880`);
  return Number(trimmed);
}

export function optionsFromEnvironment(env: NodeJS.ProcessEnv, cwd: string): BuildOptions {
  return {
    seedsDir: path.resolve(cwd, env.ARCHIVE_SEEDS_DIR ?? "seeds"),
    outputDir: path.resolve(cwd, env.ARCHIVE_OUTPUT_DIR ?? "_site"),
    stateDir: path.resolve(cwd, env.ARCHIVE_STATE_DIR ?? ".archive"),
    maxSeedBytes: parseMaxSeedBytes(env.ARCHIVE_MAX_SEED_BYTES),
    site: {
      title: env.ARCHIVE_TITLE?.trim() || "News Archive",
      pathPrefix: normalisePathPrefix(env.ARCHIVE_PATH_PREFIX),
      siteUrl: normaliseSiteUrl(env.ARCHIVE_SITE_URL),
    },
  };
}
