/**
 * Unchanged article pages and search shards are carried over from the
 * previous output folder (hard-linked, so the same files), changed ones are
 * made anew, and a missing record of what was made only means making
 * everything.
 */
import { appendFile, cp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { register } from "tsx/esm/api";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildSite } from "../../src/build.ts";
import type { BuildOptions } from "../../src/config.ts";
import type { Article } from "../../src/model/article.ts";
import { listFiles, seedsDir, temporaryFolder } from "../helpers.ts";
import { markedSeeds } from "../built-site/marked-seeds.ts";
import { defaultMaxSeedBytes } from "../../src/seeds/find.ts";

let work: string;
let options: BuildOptions;
let unregister: () => Promise<void>;
beforeAll(async () => {
  // Eleventy imports `.eleventy.ts` and the templates with Node's own import(); tsx's hooks let it read TypeScript in-process.
  unregister = register();
  work = await temporaryFolder("news-archive-reuse-");
  await cp(seedsDir, path.join(work, "seeds"), { recursive: true });
  options = {
    seedsDir: path.join(work, "seeds"),
    outputDir: path.join(work, "site"),
    stateDir: path.join(work, "state"),
    site: { title: "Test Archive", pathPrefix: "/", siteUrl: null },
    maxSeedBytes: defaultMaxSeedBytes,
  };
});
afterAll(async () => {
  await unregister();
  await rm(work, { recursive: true, force: true });
});

/** Page folder name -> inode of its `index.html`, for the pages under `/articles/` or `/tags/`. */
async function pageFiles(kind: "articles" | "tags"): Promise<Map<string, number>> {
  const folder = path.join(options.outputDir, kind);
  const slugs = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  return new Map(await Promise.all(slugs.map(async (slug) => [slug, (await stat(path.join(folder, slug, "index.html"))).ino] as const)));
}

const articleFiles = () => pageFiles("articles");

function changedPages(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after].filter(([slug, inode]) => before.get(slug) !== inode).map(([slug]) => slug).sort();
}

it("keeps unchanged article and tag pages and renders only the edited article and its tags' pages anew", async () => {
  const { archive } = await buildSite(options, work);
  const first = await articleFiles();
  const firstTags = await pageFiles("tags");
  await buildSite(options, work);
  expect(await articleFiles()).toEqual(first);
  expect(await pageFiles("tags")).toEqual(firstTags);

  const edited = archive.articles[2];
  if (!edited) throw new Error("expected five articles");
  await appendFile(path.join(options.seedsDir, edited.sourceFile), "\n\nA correction was added by the desk in Geneva.\n");
  const { archive: editedArchive } = await buildSite(options, work);
  const second = await articleFiles();
  // Its title is unchanged, so its neighbours' "newer"/"older" links are too.
  expect(changedPages(first, second)).toEqual([edited.slug]);
  // A tag page is made anew when a record it lists changed; the related links the edit shifts in other records are not shown there.
  const shown = (article: Article | undefined) => JSON.stringify({ ...article, related: null, versionOf: null });
  const changedRecords = editedArchive.articles.filter((article) => shown(article) !== shown(archive.articles.find((before) => before.id === article.id)));
  expect(changedRecords.map((article) => article.id)).toContain(edited.id);
  // The edit may change the record's tags: the pages of the tags it had and has both list it anew.
  const taggedBefore = (article: Article) => archive.articles.find((before) => before.id === article.id)?.tags ?? [];
  const listingChanged = new Set(changedRecords.flatMap((article) => [...article.tags, ...taggedBefore(article)].map((tag) => tag.slug)));
  const tagsAfter = await pageFiles("tags");
  expect(changedPages(firstTags, tagsAfter)).toEqual([...tagsAfter.keys()].filter((slug) => listingChanged.has(slug)).sort());

  await rm(path.join(options.stateDir, "outputs.json"));
  await buildSite(options, work);
  const third = await articleFiles();
  expect([...third].every(([slug, inode]) => second.get(slug) !== inode)).toBe(true);
});

/** Search bundle -> the inodes of its files. */
async function searchBundles(): Promise<Map<string, string>> {
  const folder = path.join(options.outputDir, "pagefind");
  const files = await listFiles(folder);
  const bundles = new Map<string, string[]>();
  for (const file of files.sort()) {
    const bundle = file.split("/")[0] ?? "";
    bundles.set(bundle, [...(bundles.get(bundle) ?? []), `${file}:${(await stat(path.join(folder, file))).ino}`]);
  }
  return new Map([...bundles].map(([bundle, inodes]) => [bundle, inodes.join(" ")]));
}

it("writes again only the search shard that holds an added article", async () => {
  for (const seed of markedSeeds()) await writeFile(path.join(options.seedsDir, seed.file), seed.text);
  await buildSite(options, work);
  const before = await searchBundles();
  expect(before.size).toBeGreaterThanOrEqual(3);
  await writeFile(path.join(options.seedsDir, "2021-05-01-late.md"), "---\ntitle: A late report\n---\nThe port committee met once more about dredging.\n");
  await buildSite(options, work);
  const after = await searchBundles();
  expect([...after.keys()]).toEqual([...before.keys()]);
  const written = [...after].filter(([bundle, inodes]) => before.get(bundle) !== inodes);
  expect(written).toHaveLength(1);
});

/** `YYYY/MM` -> inode of the month page's `index.html`. */
async function monthPageFiles(): Promise<Map<string, number>> {
  const folder = path.join(options.outputDir, "archive");
  const files = (await listFiles(folder)).filter((file) => /^\d{4}\/\d{2}\/index\.html$/.test(file));
  return new Map(await Promise.all(files.map(async (file) => [file.slice(0, 7), (await stat(path.join(folder, file))).ino] as const)));
}

it("keeps unchanged month pages and renders anew the month an article joins, and the months whose neighbours changed", async () => {
  const dated = (day: string, title: string) => writeFile(path.join(options.seedsDir, `${day}-${title.toLowerCase().replace(/\W+/g, "-")}.md`), `# ${title}\n\nThe harbour board met on the day about ${title.toLowerCase()}.\n`);
  await dated("1990-01-10", "Ice on the quay");
  await dated("1990-03-12", "Spring dredging");
  await dated("1990-06-02", "Summer timetable");
  await buildSite(options, work);
  const first = await monthPageFiles();
  expect([...first.keys()]).toEqual(expect.arrayContaining(["1990/01", "1990/03", "1990/06"]));

  await dated("1990-03-20", "Dredging finished");
  await buildSite(options, work);
  const second = await monthPageFiles();
  expect(changedPages(first, second)).toEqual(["1990/03"]);

  await dated("1990-02-05", "February storm");
  await buildSite(options, work);
  const third = await monthPageFiles();
  // A new month between January and March: its page is new, and theirs link to it now.
  expect(changedPages(second, third)).toEqual(["1990/01", "1990/02", "1990/03"]);
});

it("renders a page whose previous file was removed from the published folder by hand", async () => {
  await buildSite(options, work);
  const [slug] = [...(await articleFiles()).keys()];
  const [tag] = [...(await pageFiles("tags")).keys()];
  const articlePage = path.join(options.outputDir, "articles", slug ?? "", "index.html");
  const tagPage = path.join(options.outputDir, "tags", tag ?? "", "index.html");
  const [articleBefore, tagBefore] = [await readFile(articlePage, "utf8"), await readFile(tagPage, "utf8")];
  await rm(articlePage);
  await rm(tagPage);
  await buildSite(options, work);
  expect(await readFile(articlePage, "utf8")).toBe(articleBefore);
  expect(await readFile(tagPage, "utf8")).toBe(tagBefore);
});
