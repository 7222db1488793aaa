/**
 * The archivist's word on tags: `seeds/_taxonomy.yaml`, optional. It names
 * entities with their canonical name, kind and aliases, and lists terms never
 * to tag. Where it disagrees with the built-in list, it wins. A file that is
 * there but malformed stops the build with the field at fault, since tags
 * silently built without it would be wrong everywhere.
 */
import path from "node:path";
import yaml from "js-yaml";
import { z } from "zod";
import { ConfigError } from "../config-error.ts";
import { readSettingsFile } from "../seeds/find.ts";

export const taxonomyFileName = "_taxonomy.yaml";

const taxonomySchema = z
  .object({
    entities: z
      .array(
        z
          .object({
            name: z.string().trim().min(1),
            kind: z.enum(["person", "place", "organization"]),
            aliases: z.array(z.string().trim().min(1)).default([]),
          })
          .strict(),
      )
      .default([]),
    never: z.array(z.string().trim().min(1)).default([]),
  })
  .strict();

export type Taxonomy = z.infer<typeof taxonomySchema>;

export const emptyTaxonomy: Taxonomy = { entities: [], never: [] };

export function parseTaxonomy(text: string, fileLabel: string): Taxonomy {
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    throw new ConfigError(`${fileLabel}: not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  const parsed = taxonomySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join(".") : "top level";
    throw new ConfigError(`${fileLabel}: ${where}: ${issue?.message ?? "invalid"}; expected "entities: [{name, kind, aliases}]" and "never: [terms]"`);
  }
  return parsed.data;
}

/** The taxonomy in the seeds folder, or the empty one when there is none. */
export async function loadTaxonomy(seedsDir: string): Promise<Taxonomy> {
  const file = path.join(seedsDir, taxonomyFileName);
  const read = readSettingsFile(seedsDir, taxonomyFileName);
  if (read.status === "refused") throw new ConfigError(`${file}: not read: ${read.reason}`);
  return read.status === "absent" ? emptyTaxonomy : parseTaxonomy(read.bytes.toString("utf8"), file);
}
