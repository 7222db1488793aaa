// The entry of `npm run build` and `npm start`: `node src/cli/launch.mjs build`
// runs src/cli/build.ts, `... serve` runs src/cli/serve.ts, through tsx.
//
// JavaScript, not TypeScript, so it can load Eleventy and Pagefind before tsx
// is registered: every module loaded after that goes through tsx's hooks,
// which run on a thread of their own, and Eleventy is hundreds of modules. A
// build started with `--import tsx` spent 0.2 to 0.3 s more getting there.
// Eleventy still loads the TypeScript templates and config through tsx.
import { argv, exit, stderr } from "node:process";

const commands = { build: "./build.ts", serve: "./serve.ts" };
const command = commands[argv[2]];
if (!command) {
  stderr.write(`usage: node src/cli/launch.mjs ${Object.keys(commands).join("|")}\n`);
  exit(2);
}
await Promise.all(["@11ty/eleventy", "pagefind"].map((name) => import(name)));
const { register } = await import("tsx/esm/api");
register();
await import(command);
