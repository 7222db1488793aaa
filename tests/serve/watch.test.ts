/**
 * The archivist's loop under `npm start`, in one session: what the watcher
 * must not react to (a link out of the seeds folder, notes in `_` and `.`
 * folders), what each rebuild prints (the change with file names escaped,
 * the files it wrote, every rejected seed with its reason and line), that no
 * Pagefind process outlives a rebuild, and the closing line on Ctrl-C.
 */
import { cp, mkdir, readdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedsDir, temporaryFolder } from "../helpers.ts";
import { childProcesses, inotifyWatches, startDevServer, type DevServer } from "./dev-server.ts";

let work: string;
let seeds: string;
let outside: string;
let server: DevServer;
const outsideFolders = 300;

/** A rebuild's change line: `12:00:00 added 1 (...); 12 files written in 0.40 s`. */
const rebuildLine = /^\d\d:\d\d:\d\d (?:added|changed|renamed|removed|no article changed)/;

function rebuildLinesFrom(from: number): string[] {
  return server.lines.slice(from).filter((line) => rebuildLine.test(line));
}

function pause(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

beforeAll(async () => {
  work = await temporaryFolder();
  seeds = path.join(work, "seeds");
  outside = path.join(work, "outside");
  await cp(seedsDir, seeds, { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(outside, "elsewhere.txt"), "A story that lives outside the seeds folder.\n");
  for (let index = 0; index < outsideFolders; index += 1) await mkdir(path.join(outside, `folder-${index}`, "inner"), { recursive: true });
  // A link out of the seeds folder: the build does not follow it, so neither may the watcher.
  await symlink(outside, path.join(seeds, "linked-folder"));
  await mkdir(path.join(seeds, "_notes"));
  await mkdir(path.join(seeds, ".git"));
  server = await startDevServer(work);
  await server.waitForLine(/^Serving /, { timeout: 120_000 });
});

afterAll(async () => {
  await server?.stop();
});

describe("npm start's rebuilds", () => {
  /** Makes the changes `quietChanges`, waits long enough for a watcher that saw them to rebuild, then adds a seed: the first rebuild must be for that seed. */
  async function expectNoRebuildFor(quietChanges: () => Promise<void>, seedName: string): Promise<void> {
    const from = server.lines.length;
    await quietChanges();
    // Changes settle for 150 ms before a rebuild starts.
    await pause(2_000);
    await writeFile(path.join(seeds, seedName), `The council met on Tuesday to discuss ${seedName}.\n`);
    const line = await server.waitForLine(rebuildLine, { from });
    expect(line).toContain(`added 1 (${seedName})`);
    expect(rebuildLinesFrom(from)).toHaveLength(1);
  }

  it("does not follow a symbolic link out of the seeds folder", async () => {
    await expectNoRebuildFor(async () => {
      await writeFile(path.join(outside, "elsewhere.txt"), "Edited outside the seeds folder.\n");
      await writeFile(path.join(outside, "new-outside.txt"), "Another story outside the seeds folder.\n");
    }, "after-the-link.txt");
    // Followed, the link to a tree of 300 folders would have added a watch for each (a link to / watches the whole disk).
    expect(await inotifyWatches(server.process.pid ?? 0)).toBeLessThan(outsideFolders);
  });

  it("ignores the archivist's own names: files and folders starting with _ or .", async () => {
    await expectNoRebuildFor(async () => {
      await writeFile(path.join(seeds, "_notes", "todo.txt"), "Check the dates.\n");
      await writeFile(path.join(seeds, ".git", "index.txt"), "not an article\n");
      await writeFile(path.join(seeds, "_scratch.txt"), "not an article either\n");
      await writeFile(path.join(seeds, ".draft.txt"), "nor this\n");
    }, "after-the-notes.txt");
  });

  it("prints a seed's file name with its control characters escaped", async () => {
    const from = server.lines.length;
    await writeFile(path.join(seeds, "escape\u001b[2J\u0007name.txt"), "The council met on Tuesday and agreed the budget.\n");
    const line = await server.waitForLine(rebuildLine, { from });
    expect(line).toContain("added 1 (escape\\u001b[2J\\u0007name.txt)");
    // eslint-disable-next-line no-control-regex -- a raw control character is what must not be printed
    expect(line).not.toMatch(/[\u0000-\u001f]/);
  });

  it("counts the files a rebuild wrote, not the files in the folder", async () => {
    const from = server.lines.length;
    await writeFile(path.join(seeds, "counted.txt"), "The library reopened on Monday after repairs to its roof.\n");
    const line = await server.waitForLine(rebuildLine, { from });
    const written = Number(/; (\d+) files? written/.exec(line)?.[1]);
    const inFolder = (await readdir(path.join(work, "site"), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;
    expect(written).toBeGreaterThan(0);
    // The other articles' pages are carried over from the previous site, not written.
    expect(written).toBeLessThan(inFolder);
  });

  it("prints every rejected seed with its reason and line, as npm run build does", async () => {
    const from = server.lines.length;
    await writeFile(path.join(seeds, "bad-date.md"), "---\ntitle: A date that is not one\ndate: 2024-02-30\n---\nThe text.\n");
    await server.waitForLine(rebuildLine, { from });
    const rejected = await server.waitForLine(/^\s+rejected\s/, { from });
    expect(rejected).toContain("seeds/bad-date.md:3: front matter: date is not a calendar date");
  });

  it("leaves no Pagefind process behind, not even a zombie, once a rebuild is done", async () => {
    const pid = server.process.pid ?? 0;
    const children = await childProcesses(pid);
    expect(children.filter((child) => child.name.startsWith("pagefind"))).toEqual([]);
    // tsx keeps one esbuild process for the server's own thread; a worker's may be left as a zombie by tsx, not by the build.
    expect(children.filter((child) => child.state === "Z" && child.name !== "esbuild")).toEqual([]);
  });

  it("says it has stopped on Ctrl-C, and exits 0", async () => {
    const from = server.lines.length;
    expect(await server.stop()).toBe(0);
    expect(server.lines.slice(from).join("\n")).toMatch(/stopped; site\/ holds the last site built/);
  });
});
