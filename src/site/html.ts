/**
 * Escaping for every page. Templates build HTML with the `html` tagged
 * template, which escapes each interpolated value unless it is a
 * `TrustedHtml`. The only ways to get one are `html` itself and
 * `trustedHtml`, the single reviewed door for markup made elsewhere: the
 * article body rendered by markdown-it with raw HTML off, or by `textToHtml`.
 */

import { escapeHtml } from "../parse/escape-html.ts";

export { escapeHtml };

export class TrustedHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/**
 * Marks markup as safe to insert unescaped. Reviewed uses only: the body HTML
 * on the `Article` record (built by `renderBody`, which escapes all text) and
 * JSON-LD already escaped by `jsonForScript`.
 */
export function trustedHtml(markup: string): TrustedHtml {
  return new TrustedHtml(markup);
}

type Interpolation = string | number | TrustedHtml | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof TrustedHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): TrustedHtml {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return new TrustedHtml(out);
}
