/** Debian's Chromium driven by playwright-core, started as this machine's closed network needs. */
import { chromium, type Browser } from "playwright-core";

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}
