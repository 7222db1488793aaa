// The entry of every worker thread the pool starts; its arguments are the
// worker's TypeScript module, then packages to load first.
//
// A worker thread on Node 20 cannot load TypeScript even when its parent was
// started with `--import tsx`, so tsx is registered here. The packages are
// loaded before that because every module loaded after it goes through tsx's
// hooks thread: measured with the parser's packages, that made a worker take
// twice as long to start, and two workers starting together barely overlapped.
import { argv } from "node:process";

const [module, ...packages] = argv.slice(2);
await Promise.all(packages.map((name) => import(name)));
const { register } = await import("tsx/esm/api");
register();
await import(module);
