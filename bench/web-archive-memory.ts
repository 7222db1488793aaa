/**
 * Memory while reading a large web archive: a crawl of `--pages` news pages
 * (about 100 KB each) and `--images` images of `--image-mib` MiB each
 * between them, read as the build reads its seeds, with the process's peak
 * resident memory before and after. The images are streamed past and never
 * held, so the peak grows with the HTML kept, not with the file.
 *
 *   node --import tsx bench/web-archive-memory.ts [--pages 200] [--images 1000] [--image-mib 1]
 */
import { createWriteStream } from "node:fs";
import { mkdir, rm, stat } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { execFile } from "node:child_process";
import { WARCRecord, WARCSerializer } from "warcio";
import { readSeedFiles } from "../src/seeds/find.ts";
import { loadPressTexts } from "./brown-press.ts";
import { generatePage } from "./generate-web-archive.ts";

const { values: args } = parseArgs({ options: { pages: { type: "string", default: "200" }, images: { type: "string", default: "1000" }, "image-mib": { type: "string", default: "1" }, read: { type: "string" } } });
const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), "archives", "web-archive-memory");

async function* bytes(body: Uint8Array): AsyncGenerator<Uint8Array> {
  yield body;
}

async function writeCrawl(file: string, pages: number, images: number, imageBytes: number): Promise<void> {
  const texts = await loadPressTexts();
  const out = createWriteStream(file);
  const write = async (record: WARCRecord) => {
    if (!out.write(await WARCSerializer.serialize(record, { gzip: true }))) await once(out, "drain");
  };
  // Random bytes do not compress, as photographs do not.
  const image = new Uint8Array(imageBytes).map(() => Math.floor(Math.random() * 256));
  for (let index = 0; index < Math.max(pages, images); index++) {
    const date = new Date(Date.UTC(2024, 0, 1) + index * 1000).toISOString().replace(/\.000Z$/, "Z");
    if (index < pages) {
      const page = generatePage(texts, 1, index);
      await write(WARCRecord.create({ url: page.url, date, type: "response", statusline: "HTTP/1.1 200 OK", httpHeaders: { "Content-Type": "text/html" } }, bytes(new TextEncoder().encode(page.html))));
    }
    if (index < images) await write(WARCRecord.create({ url: `https://press.example/images/${index}.jpg`, date, type: "response", statusline: "HTTP/1.1 200 OK", httpHeaders: { "Content-Type": "image/jpeg" } }, bytes(image)));
  }
  out.end();
  await once(out, "finish");
}

const mib = (value: number) => (value / 2 ** 20).toFixed(0);

/** In a process of its own, so the peak is the reading's alone, not the writing's. */
async function readCrawl(crawlFolder: string): Promise<void> {
  const started = performance.now();
  const seeds = await readSeedFiles(crawlFolder);
  const seconds = (performance.now() - started) / 1000;
  const held = seeds.reduce((sum, seed) => sum + seed.bytes.length, 0);
  console.log(`${seeds.filter((seed) => seed.capture).length} pages read in ${seconds.toFixed(1)} s, holding ${mib(held)} MiB of HTML; peak resident memory ${mib(process.resourceUsage().maxRSS * 1024)} MiB`);
}

if (args.read) await readCrawl(args.read);
else {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, "crawl.warc.gz");
  await writeCrawl(file, Number(args.pages), Number(args.images), Number(args["image-mib"]) * 2 ** 20);
  process.stdout.write(`web archive of ${mib((await stat(file)).size)} MiB: `);
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--read", folder]);
  process.stdout.write(stdout);
  await rm(folder, { recursive: true, force: true });
}
