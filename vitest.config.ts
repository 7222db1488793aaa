/**
 * Two projects: `unit`, every suite that makes what it checks itself, and
 * `site`, the suites that read the sites `tests/built-site/global-setup.ts`
 * builds once per run (the built pages and the browser tests). A run that
 * selects no suite of `site` (say `npx vitest run tests/parse/`) builds no site.
 */
import { defineConfig } from "vitest/config";

const builtSiteSuites = ["tests/built-site/**/*.test.ts", "tests/browser/**/*.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: builtSiteSuites } },
      { extends: true, test: { name: "site", include: builtSiteSuites, globalSetup: ["tests/built-site/global-setup.ts"] } },
    ],
  },
});
