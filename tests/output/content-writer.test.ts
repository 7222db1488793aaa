/** The one writer of the output folder: pages at the files their addresses are served from, byte for byte, however long. */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentWriter, fileForUrl } from "../../src/output/content-writer.ts";
import { temporaryFolder } from "../helpers.ts";

let folder: string;
beforeAll(async () => {
  folder = await temporaryFolder("news-archive-writer-");
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("the content writer", () => {
  it("puts a page at the file its address is served from", () => {
    expect(fileForUrl("/")).toBe("index.html");
    expect(fileForUrl("/articles/talks-x/")).toBe("articles/talks-x/index.html");
    expect(fileForUrl("/feed.xml")).toBe("feed.xml");
  });

  it("writes a page longer than a slice byte for byte, a surrogate pair across the slice boundary included", async () => {
    const slice = 1 << 20;
    // "𝄞" is two UTF-16 units; placed so its first half ends the first slice.
    const text = `${"é".repeat(slice - 1)}𝄞${"Ω ".repeat(slice)}’`;
    expect(text.charCodeAt(slice - 1)).toBeGreaterThanOrEqual(0xd800);
    const writer = new ContentWriter(folder);
    writer.write("/articles.json", text);
    writer.write("/short/", "<p>short</p>");
    expect(Buffer.compare(await readFile(path.join(folder, "articles.json")), Buffer.from(text, "utf8"))).toBe(0);
    expect(await readFile(path.join(folder, "short", "index.html"), "utf8")).toBe("<p>short</p>");
  });
});
