/** Without Chromium the browser tests fail, saying what to install; they are never skipped. */
import { afterEach, describe, expect, it } from "vitest";
import { ensureChromium } from "./chromium.ts";

const given = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (given === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = given;
});

describe("ensureChromium", () => {
  it("fails with what to install when the browser is not there", () => {
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    expect(() => ensureChromium()).toThrow("The browser tests need Chromium at /nonexistent/chromium, and it is not there. Install Debian's package (as root: apt-get update && apt-get install -y chromium)");
  });
});
