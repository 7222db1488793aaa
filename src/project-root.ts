/** The folder this project is installed in: templates, `src/` and the lock file are found from here. */
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
