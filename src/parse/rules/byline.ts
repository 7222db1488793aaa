import type { BoilerplateRule } from "./types.ts";

/** Words that end a writer's line: "Jane Doe, Staff Writer", "John Roe | Associated Press". */
const roleWords =
  /(?:staff (?:writer|reporter)|(?:senior |chief |political |national |foreign |diplomatic |science |business |sports |security )?(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|bureau chief)|editor-at-large|news service|wire service|associated press|press association|contributing writer|special to [\p{L} .]+)$/iu;

/** The writer's line: "By Jane Doe", "Posted by ...", "Reporting by ...; Editing by ...", "Jane Doe, Staff Writer". */
export const byline: BoilerplateRule = {
  name: "byline",
  reason: "byline",
  marksEdge: true,
  match(text, { features, index }) {
    if ((features[index]?.tokens ?? 0) > 16) return null;
    const opening = /^(?:by|(?:medically |clinically |fact[- ]|legally )?(?:reviewed|checked|verified) by|posted by|written by|words by|story by|text by|reporting by|analysis by|opinion by|compiled by|edited by|interview by|contributing|additional reporting by)\s*:?\s+[\p{Lu}@]/iu;
    const named = /^[\p{Lu}][\p{L}.'’-]+(?:\s[\p{Lu}][\p{L}.'’-]+){0,4}\s*[,|/–—-]\s*/u.test(text) && roleWords.test(text);
    const lone = /^(?:by|posted by|written by|author)\s*:?$/i.test(text);
    return opening.test(text) || named || lone ? { action: "remove" } : null;
  },
};
