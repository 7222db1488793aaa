/** A build that fails half-way leaves the previous output folder exactly as it was; one that succeeds keeps the replaced version until the next. */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { replaceFolder } from "../../src/output/replace-folder.ts";
import { temporaryFolder } from "../helpers.ts";
import { snapshotFolder } from "../folder-snapshot.ts";

let work: string;
beforeEach(async () => {
  work = await temporaryFolder("news-archive-swap-");
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

it("keeps the previous site, and leaves no half-built folder, when writing the new one fails", async () => {
  const site = path.join(work, "site");
  await replaceFolder(site, async (folder) => {
    await mkdir(path.join(folder, "articles"), { recursive: true });
    await writeFile(path.join(folder, "index.html"), "<h1>old</h1>");
  });
  const before = await snapshotFolder(site);
  const failing = replaceFolder(site, async (folder) => {
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, "index.html"), "<h1>half</h1>");
    throw new Error("template failed");
  });
  await expect(failing).rejects.toThrow("template failed");
  expect(await snapshotFolder(site)).toEqual(before);
  expect(await readdir(work)).toEqual(["site"]);
});

it("keeps the version a swap replaced until the next build, which removes it", async () => {
  const site = path.join(work, "site");
  const write = (text: string) => replaceFolder(site, async (folder) => {
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, "index.html"), text);
  });
  await write("<h1>first</h1>");
  expect(await readdir(work)).toEqual(["site"]);
  const first = await snapshotFolder(site);
  await write("<h1>second</h1>");
  const [previous, ...others] = (await readdir(work)).filter((name) => name !== "site");
  expect(others).toEqual([]);
  expect(previous).toMatch(/^\.site\.previous-/);
  expect(await snapshotFolder(path.join(work, previous ?? ""))).toEqual(first);
  await write("<h1>third</h1>");
  const remaining = (await readdir(work)).filter((name) => name !== "site");
  expect(remaining).toHaveLength(1);
  expect(remaining).not.toContain(previous);
});
