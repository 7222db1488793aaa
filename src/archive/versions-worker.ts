/**
 * A worker thread that finds the versions of one story (`findVersions`) for
 * one build, started by `startVersionsWorker`: it answers its one message
 * and exits.
 */
import { parentPort } from "node:worker_threads";
import { findVersions, type VersionSource } from "./same-story.ts";

if (!parentPort) throw new Error("versions-worker.ts runs only in a worker thread");
const port = parentPort;
port.once("message", (articles: VersionSource[]) => port.postMessage(findVersions(articles)));
