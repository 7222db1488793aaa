/** schema.org `NewsArticle` for an article page, as JSON safe inside a `<script>` element. */
import type { ShownArticle } from "./page-kind.ts";
import { absoluteUrl, href } from "./links.ts";
import type { SiteSettings } from "../config.ts";

const schemaTypes = { person: "Person", place: "Place", organization: "Organization", topic: "Thing" } as const;

/** JSON that cannot end its `<script>` element or open a comment: `<`, `>` and `&` as escapes. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function newsArticleJsonLd(site: SiteSettings, article: ShownArticle): string {
  return jsonForScript({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary,
    url: absoluteUrl(site, article.url) ?? href(site, article.url),
    ...(article.date ? { datePublished: article.date } : {}),
    ...(article.updated ? { dateModified: article.updated } : {}),
    ...(article.author ? { author: { "@type": "Person", name: article.author } } : {}),
    ...(article.source ? { publisher: { "@type": "Organization", name: article.source } } : {}),
    ...(article.lang ? { inLanguage: article.lang } : {}),
    ...(article.originalUrl ? { isBasedOn: article.originalUrl } : {}),
    wordCount: article.wordCount,
    keywords: article.tags.map((tag) => tag.name),
    about: article.tags.map((tag) => ({ "@type": schemaTypes[tag.kind], name: tag.name })),
  });
}
