/**
 * What `npm start`'s server answers, asked as a hostile web page or an
 * unlucky moment would ask it: other `Host` names (DNS rebinding), other
 * methods, a file it cannot read, the site folder gone mid-swap, and many
 * parallel downloads of a large file.
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { get, type IncomingMessage } from "node:http";
import { createServer as createSocketServer, type Server as SocketServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, peakMemory, startOnRealSeeds, type DevServer } from "./dev-server.ts";

let work: string;
let server: DevServer;
let socket: SocketServer;

beforeAll(async () => {
  ({ work, server } = await startOnRealSeeds());
});

afterAll(async () => {
  socket?.close();
  await server?.stop();
});

describe("the dev server's answers", () => {
  it("serves the site to localhost names, with the live-reload script as a file the pages' policy allows", async () => {
    for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`, `[::1]:${server.port}`, `news.localhost:${server.port}`]) {
      const page = await ask(server.port, "/", { host });
      expect(page.status, host).toBe(200);
      expect(page.body).toContain('<script src="/__live-reload.js"></script>');
      expect(page.body).not.toMatch(/<script>(?!<)/);
    }
    const script = await ask(server.port, "/__live-reload.js");
    expect(script.status).toBe(200);
    expect(script.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(script.body).toContain("new EventSource");
  });

  it("refuses every other Host name, so a rebinding page cannot read the archive", async () => {
    for (const host of ["evil.example", `evil.example:${server.port}`, "127.0.0.1.evil.example", "localhost.evil.example"]) {
      const answer = await ask(server.port, "/articles.json", { host });
      expect(answer.status, host).toBe(403);
      expect(answer.body).not.toContain("[{");
    }
  });

  it("answers 405 to every method but GET and HEAD, and HEAD without a body", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PROPFIND", "PATCH", "OPTIONS"]) {
      const answer = await ask(server.port, "/", { method });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe("GET, HEAD");
    }
    const head = await ask(server.port, "/", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect(Number(head.headers["content-length"])).toBe(Buffer.byteLength((await ask(server.port, "/")).body));
  });

  it("answers a file it cannot read with a plain 503 that names no path", async () => {
    // A socket cannot be opened as a file: reading it fails after it was found.
    socket = createSocketServer();
    const socketPath = path.join(work, "site", "cannot-read.html");
    await new Promise<void>((resolve) => socket.listen(socketPath, resolve));
    const answer = await ask(server.port, "/cannot-read.html");
    expect(answer.status).toBe(503);
    expect(answer.body).not.toContain(work);
    expect(answer.body).not.toMatch(/ENXIO|Error/);
  });

  it("answers a plain 503 without paths while the site folder is away, as during a swap", async () => {
    const away = path.join(work, "site-away");
    await rename(path.join(work, "site"), away);
    try {
      const answer = await ask(server.port, "/articles.json");
      expect(answer.status).toBe(503);
      expect(answer.headers["retry-after"]).toBe("1");
      expect(answer.body).not.toContain(work);
    } finally {
      await rename(away, path.join(work, "site"));
    }
  });

  it("streams a large file to many clients at once instead of holding a copy for each", async () => {
    const size = 25 * 1024 * 1024;
    const clients = 20;
    await mkdir(path.join(work, "site", "large"), { recursive: true });
    await writeFile(path.join(work, "site", "large", "export.json"), Buffer.alloc(size, "7"));
    const before = await peakMemory(server.process.pid ?? 0);
    // Every client has its headers before any reads the body, so a server that reads files whole holds them all at once.
    const responses = await Promise.all(
      Array.from({ length: clients }, () => new Promise<IncomingMessage>((resolve, reject) => get({ host: "127.0.0.1", port: server.port, path: "/large/export.json", headers: { host: "localhost" } }, resolve).on("error", reject))),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const during = await peakMemory(server.process.pid ?? 0);
    const received = await Promise.all(
      responses.map((response) => new Promise<number>((resolve) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () => resolve(bytes));
      })),
    );
    expect(received).toEqual(Array.from({ length: clients }, () => size));
    // Read whole, 20 copies of 25 MB would add 500 MB; streamed, a few buffers each.
    expect(during - before).toBeLessThan(150 * 1024 * 1024);
  });
});
