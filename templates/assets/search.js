/*
 * The site's one script: runs the search form on /search/ with Pagefind's
 * index, loaded from this site only. Results are built as DOM nodes; the only
 * markup taken from an excerpt is Pagefind's <mark>, everything else is text.
 */
/* global document, window, history, URLSearchParams, DOMParser */
const form = document.getElementById("search-form");
const query = document.getElementById("search-query");
const status = document.getElementById("search-status");
const results = document.getElementById("search-results");
const selects = [...form.querySelectorAll("select")];
const base = form.dataset.base;

// The index comes in shards (see src/site/search-shards.ts): the first is loaded, the others merged into it.
const [primaryBundle, ...mergedBundles] = form.dataset.bundles.split(" ");

let pagefindReady = null;
let loadAttempts = 0;
function pagefind() {
  if (pagefindReady === null) {
    // A browser keeps a failed module import, so each retry asks for the script under an address of its own.
    const address = `${primaryBundle}pagefind.js${loadAttempts === 0 ? "" : `?attempt=${loadAttempts}`}`;
    loadAttempts++;
    pagefindReady = import(address).then(async (module) => {
      await module.options({ baseUrl: base });
      await Promise.all(mergedBundles.map((bundle) => module.mergeIndex(bundle, { baseUrl: base })));
      return module;
    });
    // A failed load is not kept either: searching again loads again.
    pagefindReady.catch(() => (pagefindReady = null));
  }
  return pagefindReady;
}

function excerptNodes(excerpt) {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html").body;
  return [...parsed.firstChild.childNodes].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent);
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(data) {
  const item = document.createElement("li");
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement("p");
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, excerpt);
  return item;
}

function chosenFilters() {
  return Object.fromEntries(selects.filter((select) => select.value !== "").map((select) => [select.name, select.value]));
}

let latest = 0;
let latestKey = null;
async function runSearch() {
  const term = query.value.trim();
  const filters = chosenFilters();
  // Typing, a submit and a filter change can ask for the same search in turn: it runs once.
  const key = JSON.stringify([term, filters]);
  if (key === latestKey) return;
  latestKey = key;
  const run = ++latest;
  if (term === "" && Object.keys(filters).length === 0) {
    status.textContent = "";
    results.replaceChildren();
    return;
  }
  status.textContent = "Searching…";
  let search;
  let found;
  try {
    search = await (await pagefind()).search(term === "" ? null : term, { filters });
    found = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  } catch {
    if (run !== latest) return;
    // Forgotten, so the same search can be asked for again.
    latestKey = null;
    results.replaceChildren();
    status.textContent = "The search index could not be loaded. Check the connection and search again.";
    return;
  }
  if (run !== latest) return;
  results.replaceChildren(...found.map(resultItem));
  const count = search.results.length;
  const what = term === "" ? "" : ` for “${term}”`;
  status.textContent = count === 0 ? `No articles found${what}.` : `${count} ${count === 1 ? "article" : "articles"} found${what}${count > 20 ? ", showing the first 20" : ""}.`;
}

function addressOfSearch() {
  const parameters = new URLSearchParams();
  if (query.value.trim() !== "") parameters.set("q", query.value.trim());
  for (const [name, value] of Object.entries(chosenFilters())) parameters.set(name, value);
  const text = parameters.toString();
  return text === "" ? window.location.pathname : `${window.location.pathname}?${text}`;
}

let typingTimer;
form.addEventListener("submit", (event) => {
  event.preventDefault();
  window.clearTimeout(typingTimer);
  history.replaceState(null, "", addressOfSearch());
  void runSearch();
});
query.addEventListener("input", () => {
  window.clearTimeout(typingTimer);
  typingTimer = window.setTimeout(() => void runSearch(), 250);
});
for (const select of selects) select.addEventListener("change", () => void runSearch());

const given = new URLSearchParams(window.location.search);
query.value = given.get("q") ?? "";
for (const select of selects) select.value = given.get(select.name) ?? "";
void runSearch();
