/**
 * A small static server for the built site on localhost, with live reload:
 * every HTML page gets a script that listens on an event stream and reloads
 * when `reload()` is called after a rebuild. Files are read at request time,
 * so a rebuild's folder swap is picked up without restarting anything.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import { contentTypeOf } from "./content-types.ts";

const eventsPath = "/__live-reload";
const reloadScript = `<script>new EventSource("${eventsPath}").addEventListener("reload", () => location.reload());</script>`;


export interface LiveServer {
  server: Server;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

/** The file a request path maps to inside `root`, or null if it is outside the path prefix or not a valid address. */
export function fileForRequest(root: string, pathPrefix: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath.split("?")[0] ?? "/");
  } catch {
    return null;
  }
  if (!decoded.startsWith(pathPrefix)) return null;
  // Normalising from the root resolves every `..` without ever climbing above it.
  const relative = path.posix.normalize(`/${decoded.slice(pathPrefix.length)}`);
  const file = path.join(root, relative.endsWith("/") ? `${relative}index.html` : relative);
  return file.startsWith(root + path.sep) ? file : null;
}

async function sendFile(response: ServerResponse, file: string, status: number): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  if (!info) return false;
  if (info.isDirectory()) return sendFile(response, path.join(file, "index.html"), status);
  const type = contentTypeOf(file);
  let body: Buffer | string = await readFile(file);
  if (type.startsWith("text/html")) {
    const html = body.toString("utf8");
    body = html.includes("</body>") ? html.replace("</body>", `${reloadScript}</body>`) : html + reloadScript;
  }
  response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  response.end(body);
  return true;
}

export function startLiveServer(root: string, pathPrefix: string, port: number, host = "127.0.0.1"): Promise<LiveServer> {
  const listeners = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    if (request.url === eventsPath) {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      response.write(": connected\n\n");
      listeners.add(response);
      request.on("close", () => listeners.delete(response));
      return;
    }
    const file = fileForRequest(root, pathPrefix, request.url ?? "/");
    void (async () => {
      if (file && (await sendFile(response, file, 200))) return;
      if (await sendFile(response, path.join(root, "404.html"), 404)) return;
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      response.end("Not found\n");
    })().catch((error: unknown) => {
      response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(`Server error: ${(error as Error).message}\n`);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () =>
      resolve({
        server,
        reload() {
          for (const listener of listeners) listener.write("event: reload\ndata: {}\n\n");
        },
        close() {
          for (const listener of listeners) listener.end();
          return new Promise((done) => server.close(() => done()));
        },
      }),
    );
  });
}
