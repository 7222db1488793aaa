/**
 * A body that another seed already has is published once, under the file
 * whose path sorts first. Two bodies are the same when they read the same
 * after Unicode normalisation (NFC) with every run of white space as one
 * space and none at either end, paragraph breaks included.
 *
 * Bodies are grouped by a hash of their characters other than white space,
 * and read side by side only when the hashes agree, without ever building
 * the normalised text as one string: building it for every article was most
 * of the cost.
 */
import type { Article } from "../model/article.ts";
import type { SeedProblem } from "../seeds/problem.ts";
import { isSpace } from "./character-classes.ts";
import { extendHash, hashStart } from "./fnv-hash.ts";

const space = 0x20;

/** Reads a body as it is compared, one UTF-16 code unit at a time; -1 at the end. */
class BodyReader {
  private paragraph = -1;
  private text = "";
  private index = 0;
  private started = false;
  private spaceDue = false;

  constructor(private readonly paragraphs: readonly string[]) {}

  next(): number {
    for (;;) {
      if (this.index === this.text.length) {
        if (++this.paragraph >= this.paragraphs.length) return -1;
        // Normalising paragraph by paragraph is normalising the text they make joined by line feeds: nothing composes with a line feed.
        this.text = (this.paragraphs[this.paragraph] ?? "").normalize("NFC");
        this.index = 0;
        // The line feed between two paragraphs is white space like any other.
        this.spaceDue = this.started;
        continue;
      }
      const code = this.text.charCodeAt(this.index);
      if (isSpace(code)) {
        this.spaceDue = this.started;
        this.index++;
      } else if (this.spaceDue) {
        this.spaceDue = false;
        return space;
      } else {
        this.started = true;
        this.index++;
        return code;
      }
    }
  }
}

/**
 * A hash of the body's normalised text leaving out its white space: bodies
 * that read the same have the same hash, as the reading changes nothing but
 * white space.
 */
function bodyHash(article: Article): number {
  let hash = hashStart;
  for (const paragraph of article.paragraphs) {
    const text = paragraph.normalize("NFC");
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (!isSpace(code)) hash = extendHash(hash, code);
    }
  }
  return hash;
}

function sameBody(a: Article, b: Article): boolean {
  const [readerA, readerB] = [new BodyReader(a.paragraphs), new BodyReader(b.paragraphs)];
  for (;;) {
    const code = readerA.next();
    if (code !== readerB.next()) return false;
    if (code < 0) return true;
  }
}

export function refuseDuplicateBodies(bySeedOrder: readonly Article[], rejected: SeedProblem[]): Article[] {
  /** The published articles by body hash; those sharing a hash have different bodies. */
  const owners = new Map<number, Article[]>();
  return bySeedOrder.filter((article) => {
    const hash = bodyHash(article);
    const sharingHash = owners.get(hash);
    const first = sharingHash?.find((owner) => sameBody(owner, article));
    if (!first) {
      if (sharingHash) sharingHash.push(article);
      else owners.set(hash, [article]);
      return true;
    }
    rejected.push({ file: article.sourceFile, line: null, message: `same text as ${first.sourceFile}, which is published; this copy is not (remove one of them)` });
    return false;
  });
}
