/**
 * The Pagefind search index for a freshly rendered site folder. Pages mark
 * what is indexed (`data-pagefind-body` on the article text only), so the
 * index covers titles and bodies, never navigation.
 */
import path from "node:path";
import * as pagefind from "pagefind";

export const searchBundleFolder = "pagefind";

export async function writeSearchIndex(siteFolder: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`search index could not be started: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteFolder });
    if (added.errors.length > 0) throw new Error(`search indexing failed: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(siteFolder, searchBundleFolder) });
    if (written.errors.length > 0) throw new Error(`search index could not be written: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
