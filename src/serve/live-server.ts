/**
 * A small static server for the built site on localhost, with live reload:
 * every HTML page is sent with a `<script src>` for a script that listens on
 * an event stream and reloads when `reload()` is called after a rebuild. The
 * script is a file of its own because the pages' Content-Security-Policy
 * allows scripts from the site only, never inline ones. Files are opened at
 * request time and streamed, so a rebuild's folder swap is picked up without
 * restarting anything and a large file costs a buffer, not its size, per
 * request. Only GET and HEAD are answered, and only for loopback `Host`
 * names (see `allowed-hosts.ts`).
 */
import { constants } from "node:fs";
import { open, stat, type FileHandle } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { isAllowedHost } from "./allowed-hosts.ts";
import { contentTypeOf } from "./content-types.ts";

const eventsPath = "/__live-reload";
const scriptPath = "/__live-reload.js";
const reloadScript = `new EventSource(${JSON.stringify(eventsPath)}).addEventListener("reload", () => location.reload());\n`;
/** Sent after the page's own bytes: a browser runs a script after `</html>` as if it were the body's last element. */
const reloadTag = Buffer.from(`<script src="${scriptPath}"></script>\n`);

export interface LiveServer {
  server: Server;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

export interface LiveServerOptions {
  root: string;
  pathPrefix: string;
  port: number;
  /** The address to listen on; loopback unless said otherwise. */
  host?: string;
  /** `Host` names answered besides the loopback ones. */
  allowedHosts?: readonly string[];
  /** Told about a file that exists but could not be sent; the visitor only gets a plain 503. */
  onError?: (message: string) => void;
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

/** Errors that mean "no such page", not "something is wrong". */
const notFound = new Set(["ENOENT", "ENOTDIR", "ENAMETOOLONG", "ELOOP"]);

interface OpenFile {
  handle: FileHandle;
  size: number;
  file: string;
}

/** `file`, or the `index.html` in it if it is a folder; null if there is no such regular file. */
async function openFile(file: string): Promise<OpenFile | null> {
  let handle: FileHandle;
  try {
    // Non-blocking, so a pipe in the folder cannot hold a request open.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (notFound.has((error as NodeJS.ErrnoException).code ?? "")) return null;
    throw error;
  }
  const info = await handle.stat().catch(async (error: unknown) => {
    await handle.close();
    throw error;
  });
  if (info.isFile()) return { handle, size: info.size, file };
  await handle.close();
  return info.isDirectory() ? openFile(path.join(file, "index.html")) : null;
}

function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers });
  response.end(text);
}

async function sendFile(request: IncomingMessage, response: ServerResponse, opened: OpenFile, status: number): Promise<void> {
  const type = contentTypeOf(opened.file);
  const isPage = type.startsWith("text/html");
  response.writeHead(status, { "content-type": type, "cache-control": "no-store", "content-length": String(opened.size + (isPage ? reloadTag.length : 0)) });
  if (request.method === "HEAD") {
    await opened.handle.close();
    response.end();
    return;
  }
  const body = opened.handle.createReadStream();
  await pipeline(body, async function* (chunks: AsyncIterable<Buffer>) {
    yield* chunks;
    if (isPage) yield reloadTag;
  }, response);
}

export function startLiveServer({ root, pathPrefix, port, host = "127.0.0.1", allowedHosts = [], onError }: LiveServerOptions): Promise<LiveServer> {
  const listeners = new Set<ServerResponse>();

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const file = fileForRequest(root, pathPrefix, request.url ?? "/");
    const page = file ? await openFile(file) : null;
    if (page) return sendFile(request, response, page, 200);
    const missingPage = await openFile(path.join(root, "404.html"));
    if (missingPage) return sendFile(request, response, missingPage, 404);
    // No 404 page means no site: the first build has not finished, or a rebuild is swapping folders.
    if (!(await stat(root).catch(() => null))) return sendText(response, 503, "The site is being built; try again in a moment.\n", { "retry-after": "1" });
    sendText(response, 404, "Not found\n");
  }

  const server = createServer((request, response) => {
    if (!isAllowedHost(request.headers.host, allowedHosts)) {
      sendText(response, 403, "This server answers only to localhost. To reach it by another name, add the name to ARCHIVE_ALLOWED_HOSTS.\n");
      return;
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      sendText(response, 405, "Only GET and HEAD are answered here.\n", { allow: "GET, HEAD" });
      return;
    }
    const requestPath = (request.url ?? "/").split("?")[0];
    if (requestPath === eventsPath) {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      response.write(": connected\n\n");
      listeners.add(response);
      request.on("close", () => listeners.delete(response));
      return;
    }
    if (requestPath === scriptPath) {
      sendText(response, 200, reloadScript, { "content-type": "text/javascript; charset=utf-8" });
      return;
    }
    answer(request, response).catch((error: unknown) => {
      // Once the headers are out, a failure is nearly always the visitor going away mid-file: nothing to say.
      if (response.headersSent) {
        response.destroy();
        return;
      }
      // The reason, with its file path, is for the archivist's console, never for the visitor.
      onError?.(`${request.url ?? ""}: ${(error as Error).message}`);
      sendText(response, 503, "This page cannot be sent just now; try again in a moment.\n", { "retry-after": "1" });
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
          server.closeAllConnections();
          return new Promise((done) => server.close(() => done()));
        },
      }),
    );
  });
}
