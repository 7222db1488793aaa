/** Debian's Chromium driven by playwright-core, started as this machine's closed network needs. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const debianChromium = "/usr/bin/chromium";

function hasAptAsRoot(): boolean {
  return process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
}

export function ensureChromium(): string {
  const wanted = process.env.CHROMIUM_PATH ?? debianChromium;
  if (existsSync(wanted)) return wanted;
  if (wanted === debianChromium && hasAptAsRoot()) {
    console.log("Chromium is missing: installing Debian's chromium package for the browser tests");
    execFileSync("apt-get", ["update"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (existsSync(wanted)) return wanted;
  }
  throw new Error(
    `The browser tests need Chromium at ${wanted}, and it is not there. Install Debian's package (as root: apt-get update && apt-get install -y chromium), or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
  );
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}
