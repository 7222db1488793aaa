/**
 * `/search/`: full-text search with Pagefind. The form and its filters are
 * plain HTML (a GET form, so a search is a shareable address); the site's one
 * script, `assets/search.js`, runs the search in the browser.
 */
import { route } from "../src/model/route.ts";
import { html } from "../src/site/html.ts";
import { href } from "../src/site/links.ts";
import { definePageKind } from "../src/site/page-kind.ts";
import { searchYear } from "../src/site/search-records.ts";
import { countTags, groupByKind } from "../src/site/tag-groups.ts";
import { assetUrls } from "./_lib/assets.ts";
import { layout } from "./_lib/layout.ts";

const searchRoute = route("/search/");

declare module "../src/site/page-kind.ts" {
  interface RouteTable {
    search: typeof searchRoute;
  }
}

/** A search filter: Pagefind's filter name and the values pages carry. */
export interface SearchFilter {
  name: string;
  values: string[];
}

export interface SearchPage {
  filters: SearchFilter[];
  /** Site-relative addresses of the search index's shards; the page merges them. */
  bundleUrls: readonly string[];
}

export const searchPages = definePageKind({
  name: "search",
  route: searchRoute,
  entries({ archive, searchBundleUrls }): SearchPage[] {
    const years = [...new Set(archive.articles.map(searchYear))].sort((a, b) => (a === "Undated" ? 1 : b === "Undated" ? -1 : b.localeCompare(a)));
    const byKind = groupByKind(countTags(archive.tags), (count) => count.tag.kind).map((group) => ({
      name: group.label,
      values: group.tags.map((count) => count.tag.name).sort((a, b) => a.localeCompare(b, "en")),
    }));
    return [{ filters: [...byKind, { name: "Year", values: years }], bundleUrls: searchBundleUrls }];
  },
  url: () => searchRoute.url(),
  render({ filters, bundleUrls }, site) {
    return layout({
      site,
      url: searchRoute.url(),
      title: "Search",
      description: "Search the full text of every article in the archive.",
      script: assetUrls.searchScript,
      body: html`<h1>Search</h1>
<form id="search-form" class="search-form" role="search" action="${href(site, searchRoute.url())}" method="get" data-base="${site.pathPrefix}" data-bundles="${bundleUrls.map((url) => href(site, url)).join(" ")}">
<p class="search-box">
<label for="search-query">Search the archive</label>
<input id="search-query" name="q" type="search" autocomplete="off" spellcheck="false">
<button type="submit">Search</button>
</p>
<fieldset class="search-filters">
<legend>Only articles with</legend>
${filters.map(
  (filter) => html`<p><label for="filter-${filter.name}">${filter.name}</label>
<select id="filter-${filter.name}" name="${filter.name}">
<option value="">Any</option>
${filter.values.map((value) => html`<option>${value}</option>`)}
</select></p>
`,
)}</fieldset>
</form>
<noscript><p>Search runs in your browser and needs JavaScript. Every article can also be reached from the <a href="${href(site, site.routes.archive.url())}">archive</a> and the <a href="${href(site, site.routes.tags.url())}">tags</a>.</p></noscript>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="search-results"></ol>`,
    });
  },
  digest: null,
  sitemap: true,
  nav: { label: "Search", position: 4 },
});
