// Removes a folder and everything in it (`removeInWorker` in
// `src/output/replace-folder.ts`). Plain JavaScript, so the thread starts
// without tsx; its synchronous `rmSync` keeps the build's own thread free.
import { rmSync } from "node:fs";

export default function removeFolder(folder) {
  rmSync(folder, { recursive: true, force: true });
}
