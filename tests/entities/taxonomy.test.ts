import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config.ts";
import { extractEntities } from "../../src/entities/extract.ts";
import { createGazetteer } from "../../src/entities/gazetteer.ts";
import { emptyTaxonomy, loadTaxonomy, parseTaxonomy, taxonomyFileName } from "../../src/entities/taxonomy.ts";
import { fixturesDir, temporaryFolder } from "../helpers.ts";

const example = path.join(fixturesDir, "taxonomy", "example-taxonomy.yaml");

const text = {
  title: "Marines train in Moscow",
  paragraphs: [
    "Lt. Gen. Karsten Heckl said the Marines would train with allies in Moscow and Moscow again.",
    "Heckl told reporters the Marines were ready. Moscow said nothing.",
  ],
};

describe("the taxonomy file", () => {
  it("is optional: a seeds folder without one gives the empty taxonomy", async () => {
    expect(await loadTaxonomy(await temporaryFolder())).toEqual(emptyTaxonomy);
  });

  it("is read from the seeds folder", async () => {
    const folder = await temporaryFolder();
    await writeFile(path.join(folder, taxonomyFileName), await readFile(example, "utf8"));
    const taxonomy = await loadTaxonomy(folder);
    expect(taxonomy.entities.map((entity) => entity.name)).toEqual(["Xi Jinping", "Karsten Heckl", "Marine Corps"]);
    expect(taxonomy.never).toEqual(["Moscow", "Beijing"]);
  });

  it.each([
    ["an unknown kind", "entities:\n  - name: Acme\n    kind: company\n", /entities\.0\.kind/],
    ["an unknown key", "entity:\n  - name: Acme\n", /entity/],
    ["YAML that does not parse", "entities: [unclosed\n", /not valid YAML/],
  ])("refuses %s with the file and field named", (_, yaml, message) => {
    expect(() => parseTaxonomy(yaml, "seeds/_taxonomy.yaml")).toThrow(ConfigError);
    expect(() => parseTaxonomy(yaml, "seeds/_taxonomy.yaml")).toThrow(message);
    expect(() => parseTaxonomy(yaml, "seeds/_taxonomy.yaml")).toThrow(/^seeds\/_taxonomy\.yaml: /);
  });

  it("has the last word: its aliases merge, its kinds hold and its never-terms are not tagged", async () => {
    const without = extractEntities(text).map((entity) => entity.name);
    expect(without).toContain("Moscow");
    const gazetteer = createGazetteer(parseTaxonomy(await readFile(example, "utf8"), example));
    const entities = extractEntities(text, gazetteer);
    expect(entities.map((entity) => entity.name)).not.toContain("Moscow");
    expect(entities).toContainEqual(expect.objectContaining({ name: "Marine Corps", kind: "organization" }));
    expect(entities).toContainEqual(expect.objectContaining({ name: "Karsten Heckl", kind: "person" }));
    expect(entities.map((entity) => entity.name)).not.toContain("Heckl");
  });
});
