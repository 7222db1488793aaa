/** The page shell every HTML page shares: head, skip link, site header, footer. */
import { html, type TrustedHtml } from "../../src/site/html.ts";
import { absoluteUrl, href } from "../../src/site/links.ts";
import type { NavItem, Site } from "../../src/site/page-kind.ts";
import type { TextDirection } from "../../src/site/text-direction.ts";
import { assetUrls } from "./assets.ts";

export interface PageShell {
  site: Site;
  /** Site-relative URL of this page. */
  url: string;
  title: string;
  description: string;
  lang?: string | null;
  dir?: TextDirection;
  /** Open Graph type: `article` for an article page. */
  kind?: "website" | "article";
  /** Extra `<head>` markup: article meta, JSON-LD. */
  head?: TrustedHtml;
  /** Site-relative URL of the page's one script (search only). */
  script?: string;
  body: TrustedHtml;
}

/**
 * Nothing but the site itself may load. Pagefind's search runs WebAssembly,
 * which needs 'wasm-unsafe-eval' (it allows compiling WebAssembly, not
 * JavaScript `eval`), so the search page, and only it, allows that. Pagefind
 * compiles it in a worker, which a `<meta>` policy does not reach; the
 * allowance matters when a server sends this policy as a header, and for
 * Pagefind's fallback on the page itself.
 */
function contentSecurityPolicy(allowWasm: boolean): string {
  const scripts = allowWasm ? "'self' 'wasm-unsafe-eval'" : "'self'";
  return `default-src 'self'; script-src ${scripts}; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'`;
}

/** `page` on the link to this very page, `true` on the link to the section it is in. */
function currentMark(pageUrl: string, item: NavItem): TrustedHtml | "" {
  if (pageUrl === item.url) return html` aria-current="page"`;
  return item.section.some((route) => route.matches(pageUrl)) ? html` aria-current="true"` : "";
}

export function layout({ site, url, title, description, lang, dir = "ltr", kind = "website", head, script, body }: PageShell): string {
  const canonical = absoluteUrl(site, url);
  const home = site.routes.home.url();
  const fullTitle = url === home ? site.title : `${title} · ${site.title}`;
  const atomFeed = site.routes.atomFeed.url();
  const jsonFeed = site.routes.jsonFeed.url();
  return html`<!DOCTYPE html>
<html lang="${lang ?? "en"}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(script !== undefined)}">
<title>${fullTitle}</title>
<meta name="description" content="${description}">
${canonical ? html`<link rel="canonical" href="${canonical}">
<meta property="og:url" content="${canonical}">` : ""}
<meta property="og:type" content="${kind}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:site_name" content="${site.title}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${description}">
<link rel="icon" href="${href(site, assetUrls.icon)}" type="image/svg+xml">
<link rel="stylesheet" href="${href(site, assetUrls.stylesheet)}">
<link rel="alternate" type="application/atom+xml" title="${site.title} (Atom)" href="${href(site, atomFeed)}">
<link rel="alternate" type="application/feed+json" title="${site.title} (JSON Feed)" href="${href(site, jsonFeed)}">
${head ?? ""}
${script ? html`<script src="${href(site, script)}" defer></script>` : ""}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<p class="site-title"><a href="${href(site, home)}">${site.title}</a></p>
<nav aria-label="Site">
<ul>
${site.nav.map(
  (item) => html`<li><a href="${href(site, item.url)}"${currentMark(url, item)}>${item.label}</a></li>
`,
)}</ul>
</nav>
</header>
<main id="main">
${body}
</main>
<footer class="site-footer">
<ul>
<li><a href="${href(site, atomFeed)}">Atom feed</a></li>
<li><a href="${href(site, jsonFeed)}">JSON Feed</a></li>
<li><a href="${href(site, site.routes.records.url())}">All records as JSON</a></li>
</ul>
</footer>
</body>
</html>
`.value;
}
