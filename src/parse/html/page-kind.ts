/**
 * Whether a crawled page is an article at all. A crawl holds the site's front
 * page, section and tag indexes, search results and author pages beside its
 * stories; those are reported as skipped, with the reason, rather than
 * published as articles made of headlines.
 */
import type { PageMetadata } from "./metadata.ts";
import type { PageBlock } from "./page-blocks.ts";

/** schema.org and Open Graph types that say a page is a listing or a profile, not a story. */
const listingTypes = new Set(["CollectionPage", "SearchResultsPage", "ItemList", "ProfilePage", "og:profile"]);
const articleDeclared = (metadata: PageMetadata) => metadata.declaredTypes.some((type) => /Article$|Posting$|^Report$|^og:article$/.test(type));

/** Path segments that name an index of other pages on nearly every news site and blog engine. */
const listingPath = /\/(?:tags?|topics?|categor(?:y|ies)|authors?|search|archives?|sections?)(?:\/|$)|\/page\/\d+\/?$/i;
const searchQuery = /[?&](?:s|q|query|search)=/i;

/** Fewer words than this outside links, in a page mostly of links, is a list of headlines. */
const minimumOwnWords = 80;

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Why a crawled page is not an article, or null when it reads as one. */
export function notAnArticle(url: string | null, metadata: PageMetadata, blocks: readonly PageBlock[]): string | null {
  const declared = metadata.declaredTypes.find((type) => listingTypes.has(type));
  if (declared && !articleDeclared(metadata)) return `the page says it is a ${declared.replace(/^og:/, "")} page, not an article`;
  if (url !== null && !articleDeclared(metadata)) {
    const address = new URL(url);
    if (address.pathname === "/" && address.search === "") return "the page is the site's front page";
    if (listingPath.test(address.pathname) || searchQuery.test(address.search)) return "the address is that of an index (tag, topic, section, author, search or archive page), and the page does not say it is an article";
  }
  let own = 0;
  let all = 0;
  for (const { block } of blocks) {
    const words = wordsIn(block.text);
    all += words;
    own += words * (1 - block.markup.linkShare);
  }
  if (all === 0) return "no article text was found on the page";
  if (own < minimumOwnWords && own < all / 2) return "the page is mostly links to other pages (an index), with little text of its own";
  return null;
}
