/**
 * `/search/`: full-text search with Pagefind. The form and its filters are
 * plain HTML (a GET form, so a search is a shareable address); the site's one
 * script, `assets/search.js`, runs the search in the browser.
 */
import { html } from "../src/site/html.ts";
import { href } from "../src/site/links.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { layout } from "./_lib/layout.ts";

export const data = { permalink: "/search/" };

export const searchScriptUrl = "/assets/search.js";

export function render({ archive }: { archive: SiteData }): string {
  const { site } = archive;
  return layout({
    site,
    url: "/search/",
    title: "Search",
    description: "Search the full text of every article in the archive.",
    script: searchScriptUrl,
    body: html`<h1>Search</h1>
<form id="search-form" class="search-form" role="search" action="${href(site, "/search/")}" method="get" data-base="${site.pathPrefix}" data-bundles="${archive.searchBundleUrls.map((url) => href(site, url)).join(" ")}">
<p class="search-box">
<label for="search-query">Search the archive</label>
<input id="search-query" name="q" type="search" autocomplete="off" spellcheck="false">
<button type="submit">Search</button>
</p>
<fieldset class="search-filters">
<legend>Only articles with</legend>
${archive.searchFilters.map(
  (filter) => html`<p><label for="filter-${filter.name}">${filter.name}</label>
<select id="filter-${filter.name}" name="${filter.name}">
<option value="">Any</option>
${filter.values.map((value) => html`<option>${value}</option>`)}
</select></p>
`,
)}</fieldset>
</form>
<noscript><p>Search runs in your browser and needs JavaScript. Every article can also be reached from the <a href="${href(site, "/archive/")}">archive</a> and the <a href="${href(site, "/tags/")}">tags</a>.</p></noscript>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="search-results"></ol>`,
  });
}
