/**
 * Generated hostile seeds and the promises the parser keeps for every one of
 * them. Shared by the property tests (a few hundred runs each) and by
 * `npm run fuzz` (a seeded run of 100,000 and more).
 */
import fc from "fast-check";
import { parseSeed, type SeedOutcome } from "../../src/record/parse-seed.ts";
import type { SeedFile } from "../../src/seeds/find.ts";

/** Markup, template syntax and address schemes an attacker would try, in text and in every field. */
export const payloads = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "[link](javascript:alert(1))",
  "<javascript:alert(1)>",
  "{{ 7*7 }}",
  "{% include '/etc/passwd' %}",
  "${process.exit(1)}",
  "<%= 7*7 %>",
  "&lt;b&gt; &#x3C;script&#x3E;",
  "]]> <!-- -->",
  "</p></div></body>",
  "../../etc/passwd",
  "C:\\Windows\\system32",
  "CON",
  "&#x1B;[2J &#0; &#xD800; &#xFFFF; &#x202E;",
] as const;

/** Characters that arrive from copy-paste and scrapers: odd spaces, invisible ones, controls, line endings. */
export const oddCharacters = ["\t", "\u00a0", "\u200b", "\u2060", "\ufeff", "\u200d", "\u0007", "\u001b", "\u202e", "\r", "\r\n", "\n\n", "\u2028", "\ud800"] as const;

const word = fc.stringMatching(/^[A-Za-z][a-z]{0,9}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => `${words.join(" ")}.`);

/** Text made of sentences, payloads, odd characters and arbitrary Unicode, in any order. */
const hostileText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: sentence },
      { weight: 2, arbitrary: fc.constantFrom(...payloads) },
      { weight: 2, arbitrary: fc.constantFrom(...oddCharacters) },
      { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: "binary" }) },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(" "));

const yamlValue = fc.oneof(
  fc.constantFrom(...payloads).map((payload) => JSON.stringify(payload)),
  fc.string({ maxLength: 30 }).map((text) => JSON.stringify(text)),
  fc.string({ maxLength: 30 }),
  fc.constantFrom("5", "yesterday", "[a, b]", "{a: 1}", "true", "null", "'unclosed", '"unclosed', "2024-02-30", "2024-05-16", "\t- x", "&a [*a]"),
  // YAML's escapes, which bring back what the decoder removes from the bytes.
  fc.constantFrom('"x \\ud800 y"', '"\\x01"', '"a\\0b"', '"\\e[2J"', '"\\uFFFF"', '"\\u202Eexe.txt"', '["\\x07", "\\udc00"]', '{"\\x1b": "\\x00"}'),
);
const fieldName = fc.constantFrom("title", "date", "updated", "author", "source", "url", "tags", "summary", "id", "slug", "draft", "lang", "notes", "__proto__");

/** Front matter that is sometimes valid, often wrong, and sometimes never closes. */
const frontMatter = fc
  .tuple(fc.uniqueArray(fc.tuple(fieldName, yamlValue), { maxLength: 6, selector: ([name]) => name }), fc.constantFrom(true, true, true, false))
  .map(([fields, closes]) => `---\n${fields.map(([name, value]) => `${name}: ${value}`).join("\n")}\n${closes ? "---\n" : ""}`);

const hostileDocument = fc
  .tuple(fc.option(frontMatter, { freq: 2 }), fc.array(hostileText, { maxLength: 6 }), fc.constantFrom("\n", "\n\n", "\r\n", "\r\n\r\n", "\r"))
  .map(([head, blocks, separator]) => `${head ?? ""}${blocks.join(separator)}`);

function encodeAs(text: string, encoding: "utf8" | "utf8-bom" | "utf16le" | "utf16be" | "latin1"): Uint8Array {
  switch (encoding) {
    case "utf8":
      return new TextEncoder().encode(text);
    case "utf8-bom":
      return Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    case "utf16le":
      return Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    case "utf16be":
      return Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, "utf16le").swap16()]);
    case "latin1":
      return Uint8Array.from(Buffer.from(text, "latin1"));
  }
}

const encoding = fc.constantFrom("utf8", "utf8", "utf8", "utf8-bom", "utf16le", "utf16be", "latin1") as fc.Arbitrary<Parameters<typeof encodeAs>[1]>;
const fileName = fc.oneof(
  fc.constantFrom("story.txt", "story.md", "000_e6d30eb71dfbbe6e.txt", "2024-05-16-talks.md", "2024-02-30-bad.txt", "CON.txt", "sub/../story.txt"),
  fc.string({ minLength: 1, maxLength: 60 }).map((name) => `${name.replace(/\//g, "_")}.txt`),
);

/** A seed file: a hostile document in some encoding, or arbitrary bytes. */
export const hostileSeed: fc.Arbitrary<SeedFile> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fileName, hostileDocument, encoding).map(([path, text, as]) => ({ path, bytes: encodeAs(text, as) })) },
  { weight: 1, arbitrary: fc.tuple(fileName, fc.uint8Array({ maxLength: 300 })).map(([path, bytes]) => ({ path, bytes })) },
);

function attribute(tag: string, name: string): string | null {
  return new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, "i").exec(tag)?.[1] ?? null;
}

/**
 * A tag a seed could have smuggled into a page: a script element other than
 * the site's own (a file under the site, or JSON-LD), an event-handler
 * attribute, or an address that runs script. Quoted attribute values are set
 * aside first: escaped text inside them ("onerror=alert(1)" as a
 * description) is harmless.
 */
export function executableMarkup(markup: string): string | null {
  for (const [tag] of markup.matchAll(/<[!/?]?[a-zA-Z][^>]*>/g)) {
    const skeleton = tag.replace(/"[^"]*"/g, '""');
    const sitesOwnScript = attribute(tag, "src")?.startsWith("/") === true || attribute(tag, "type") === "application/ld+json";
    const addresses = ["href", "src", "action", "formaction", "xlink:href"].map((name) => attribute(tag, name) ?? "");
    if ((/^<script/i.test(skeleton) && !sitesOwnScript) || /\son[a-z]+\s*=/i.test(skeleton)) return tag;
    if (addresses.some((address) => /^\s*(javascript|vbscript|data:text\/html)/i.test(address))) return tag;
  }
  return null;
}

/** Controls, noncharacters, lone surrogates and bidirectional overrides: what the decoder removes, wherever it came from. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unshowableCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first string in `value` (keys included, at any depth) that holds such a character, or null. */
export function unshowableString(value: unknown): string | null {
  if (typeof value === "string") return unshowableCharacter.test(value) ? value : null;
  if (Array.isArray(value)) return value.reduce<string | null>((found, item) => found ?? unshowableString(item), null);
  if (value === null || typeof value !== "object") return null;
  for (const [key, child] of Object.entries(value)) {
    const found = unshowableString(key) ?? unshowableString(child);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The promises kept for every seed: parsing returns a record or a named
 * rejection (never throws), a record has a title and a safe address, its
 * body HTML holds no markup that runs, and none of its strings holds a
 * character no page may carry. Returns what went wrong, or null.
 */
export function brokenPromise(seed: SeedFile): { outcome: SeedOutcome | null; problem: string | null } {
  let outcome: SeedOutcome;
  try {
    outcome = parseSeed(seed);
  } catch (error) {
    return { outcome: null, problem: `parseSeed threw: ${String(error)}` };
  }
  if (outcome.kind === "rejected" || outcome.kind === "skipped") return { outcome, problem: outcome.problem.message.trim() === "" ? "a rejection without a reason" : null };
  if (outcome.kind === "draft") return { outcome, problem: null };
  const { article } = outcome;
  if (article.title.trim() === "") return { outcome, problem: "an empty title" };
  if (!/^\/articles\/[a-z0-9]+(-[a-z0-9]+)*\/$/.test(article.url)) return { outcome, problem: `an unsafe address ${article.url}` };
  const markup = executableMarkup(article.html);
  if (markup) return { outcome, problem: `executable markup in the body: ${markup}` };
  const unshowable = unshowableString(article);
  if (unshowable !== null) return { outcome, problem: `a character no page may carry in the record: ${JSON.stringify(unshowable)}` };
  if (article.removed.some((removal) => removal.reason.trim() === "")) return { outcome, problem: "a removal without a reason" };
  return { outcome, problem: null };
}
