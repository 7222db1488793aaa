/**
 * `npm start` as a separate process, as the archivist runs it (the command
 * `npm start` runs, without npm), on a free port, with its console read line
 * by line so a test can wait for what it prints.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdir, readFile, readlink } from "node:fs/promises";
import { request } from "node:http";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";
import { cp } from "node:fs/promises";
import { projectRoot, seedsDir, temporaryFolder } from "../helpers.ts";

export interface DevServer {
  process: ChildProcess;
  port: number;
  /** Every line printed so far, stdout and stderr together. */
  lines: string[];
  /** Resolves with the first line from index `from` on that matches; rejects after `timeout` ms. */
  waitForLine(pattern: RegExp, options?: { from?: number; timeout?: number }): Promise<string>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Ctrl-C, then the exit code. */
  stop(): Promise<number | null>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The folders of one archive under `work`, as environment variables for the build. */
export function archiveEnvironment(work: string, extra: Record<string, string> = {}): Record<string, string> {
  return { ARCHIVE_SEEDS_DIR: path.join(work, "seeds"), ARCHIVE_OUTPUT_DIR: path.join(work, "site"), ARCHIVE_STATE_DIR: path.join(work, "state"), ...extra };
}

export async function startDevServer(work: string, env: Record<string, string> = archiveEnvironment(work)): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--expose-gc", path.join(projectRoot, "src", "cli", "launch.mjs"), "serve"], {
    cwd: work,
    env: { ...process.env, ...env, ARCHIVE_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  for (const stream of [child.stdout, child.stderr]) {
    let partial = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      const parts = (partial + chunk).split("\n");
      partial = parts.pop() ?? "";
      lines.push(...parts);
      for (const wake of waiters) wake();
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  void exited.then(() => {
    for (const wake of waiters) wake();
  });
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  function waitForLine(pattern: RegExp, { from = 0, timeout = 30_000 } = {}): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = lines.slice(from).find((line) => pattern.test(line));
        if (found !== undefined) return done(() => resolve(found));
        if (hasExited) return done(() => reject(new Error(`the dev server exited before printing ${pattern}; it printed:\n${lines.join("\n")}`)));
      };
      const timer = setTimeout(() => done(() => reject(new Error(`no line matching ${pattern} within ${timeout} ms; the dev server printed:\n${lines.join("\n")}`))), timeout);
      const done = (settle: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        settle();
      };
      waiters.add(check);
      check();
    });
  }

  return {
    process: child,
    port,
    lines,
    waitForLine,
    exited,
    async stop() {
      if (!hasExited) child.kill("SIGINT");
      return exited;
    },
  };
}

/** A temporary folder with a copy of the real seeds in `seeds/`, and `npm start` serving it once its first build is done. */
export async function startOnRealSeeds(): Promise<{ work: string; server: DevServer }> {
  const work = await temporaryFolder();
  await cp(seedsDir, path.join(work, "seeds"), { recursive: true });
  const server = await startDevServer(work);
  await server.waitForLine(/^Serving /, { timeout: 120_000 });
  return { work, server };
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request to the dev server, with any method and `Host` header. */
export function ask(port: number, urlPath: string, options: { method?: string; host?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: "127.0.0.1", port, path: urlPath, method: options.method ?? "GET", headers: { host: options.host ?? `localhost:${port}` } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    sent.on("error", reject);
    sent.end();
  });
}

/** The processes whose parent is `pid`, with their state (`Z` for a zombie) and name, read from /proc. */
export async function childProcesses(pid: number): Promise<{ pid: number; state: string; name: string }[]> {
  const children: { pid: number; state: string; name: string }[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // pid (name) state ppid ...; the name may hold spaces and brackets, so read from the last ")".
    const close = stat.lastIndexOf(")");
    const [state, parent] = stat.slice(close + 2).split(" ");
    if (Number(parent) === pid) children.push({ pid: Number(entry), state: state ?? "", name: stat.slice(stat.indexOf("(") + 1, close) });
  }
  return children;
}

/** The peak resident memory of a process so far, in bytes (`VmHWM`). */
export async function peakMemory(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) * 1024;
}

/** How many paths a process watches through inotify (one line per watch in the descriptor's fdinfo). */
export async function inotifyWatches(pid: number): Promise<number> {
  let watches = 0;
  for (const fd of await readdir(`/proc/${pid}/fd`)) {
    if ((await readlink(`/proc/${pid}/fd/${fd}`).catch(() => "")) !== "anon_inode:inotify") continue;
    const info = await readFile(`/proc/${pid}/fdinfo/${fd}`, "utf8").catch(() => "");
    watches += info.split("\n").filter((line) => line.startsWith("inotify wd:")).length;
  }
  return watches;
}
