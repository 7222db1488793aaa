/**
 * A worker thread that finds related articles (`findRelated`) for one build,
 * started by `startRelatedWorker`: it answers its one message and exits.
 */
import { parentPort } from "node:worker_threads";
import { findRelated, type RelatedSource } from "./related.ts";

if (!parentPort) throw new Error("related-worker.ts runs only in a worker thread");
const port = parentPort;
port.once("message", (articles: RelatedSource[]) => port.postMessage(findRelated(articles)));
