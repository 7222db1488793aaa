/**
 * A small static web server for a built site, on 127.0.0.1 and a random
 * port, serving it under its path prefix as a web host would: `/dir/` serves
 * `dir/index.html`, a missing page gets `404.html` with status 404.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { contentTypeOf } from "../../src/serve/content-types.ts";


export interface RunningServer {
  /** `http://127.0.0.1:<port>` followed by the path prefix. */
  baseUrl: string;
  close(): Promise<void>;
}

async function fileFor(folder: string, pathPrefix: string, urlPath: string): Promise<string | null> {
  if (!urlPath.startsWith(pathPrefix)) return null;
  const relative = decodeURIComponent(urlPath.slice(pathPrefix.length));
  const candidate = path.join(folder, relative.endsWith("/") || relative === "" ? `${relative}index.html` : relative);
  if (!candidate.startsWith(folder + path.sep)) return null;
  const found = await stat(candidate).catch(() => null);
  return found?.isFile() ? candidate : null;
}

export async function serveSite(folder: string, pathPrefix: string): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    void (async () => {
      const file = await fileFor(folder, pathPrefix, urlPath);
      const served = file ?? path.join(folder, "404.html");
      response.writeHead(file ? 200 : 404, { "content-type": contentTypeOf(served) });
      response.end(await readFile(served));
    })().catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${pathPrefix}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
