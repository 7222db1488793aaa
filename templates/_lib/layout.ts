/** The page shell every HTML page shares: head, skip link, site header, footer. */
import { html, type TrustedHtml } from "../../src/site/html.ts";
import { absoluteUrl, href } from "../../src/site/links.ts";
import type { SiteSettings } from "../../src/site/site-data.ts";

export interface PageShell {
  site: SiteSettings;
  /** Site-relative URL of this page. */
  url: string;
  title: string;
  description: string;
  lang?: string | null;
  body: TrustedHtml;
}

export function layout({ site, url, title, description, lang, body }: PageShell): string {
  const canonical = absoluteUrl(site, url);
  const fullTitle = url === "/" ? site.title : `${title} · ${site.title}`;
  return html`<!doctype html>
<html lang="${lang ?? "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${description}">
${canonical ? html`<link rel="canonical" href="${canonical}">` : ""}
<link rel="stylesheet" href="${href(site, "/assets/style.css")}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<p class="site-title"><a href="${href(site, "/")}">${site.title}</a></p>
<nav aria-label="Site">
<ul>
<li><a href="${href(site, "/")}">Articles</a></li>
<li><a href="${href(site, "/tags/")}">Tags</a></li>
</ul>
</nav>
</header>
<main id="main">
${body}
</main>
<footer class="site-footer">
<p><a href="${href(site, "/articles.json")}">All records as JSON</a></p>
</footer>
</body>
</html>
`.value;
}
