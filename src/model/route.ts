/**
 * Addresses of the site's pages. A route is a URL pattern such as
 * `/tags/:slug/`, whose parameters are filled in to make an address and read
 * back to match one. Every page kind declares its route
 * (`templates/page-kinds.ts` collects them into the route table); the
 * article route is here, with the data model, because every record carries
 * its page's address.
 *
 * Parameters are slugs (lowercase letters and digits joined by hyphens), and
 * a route refuses any other value, so no text from a seed can make an
 * address that leaves its folder.
 */

type ParamNames<Pattern extends string> = Pattern extends `${string}:${infer Name}/${infer Rest}` ? Name | ParamNames<`/${Rest}`> : never;

export type RouteParams<Pattern extends string> = { readonly [Name in ParamNames<Pattern>]: string };

/** `url()` for a route without parameters, `url({ slug })` for one with. */
type UrlArguments<Pattern extends string> = [ParamNames<Pattern>] extends [never] ? [] : [params: RouteParams<Pattern>];

const slugPattern = "[a-z0-9]+(?:-[a-z0-9]+)*";
const slug = new RegExp(`^${slugPattern}$`);
const parameter = /:([a-z]+)/g;

/** `/base/` for page 1 of a listing, `/base/page/N/` after it. */
export function pageUrl(baseUrl: string, pageNumber: number): string {
  return pageNumber === 1 ? baseUrl : `${baseUrl}page/${pageNumber}/`;
}

export class Route<Pattern extends string = string> {
  /** Matches the route's addresses (and, when paginated, those of its later pages). */
  readonly regex: RegExp;

  constructor(
    readonly pattern: Pattern,
    /** A listing whose page N is at `<address>page/N/`. */
    readonly paginated: boolean,
  ) {
    const body = pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(parameter, `${slugPattern}`);
    this.regex = new RegExp(`^${body}${paginated ? "(?:page/[1-9][0-9]*/)?" : ""}$`);
  }

  /** The address with these parameters. */
  url(...[params]: UrlArguments<Pattern>): string {
    const values = (params ?? {}) as Record<string, string>;
    return this.pattern.replace(parameter, (_, name: string) => {
      const value = values[name];
      if (value === undefined || !slug.test(value)) throw new Error(`route ${this.pattern}: parameter ${name} must be a slug, not ${JSON.stringify(value)}`);
      return value;
    });
  }

  matches(url: string): boolean {
    return this.regex.test(url);
  }

  /** As data, for digests and reports: the pattern and whether it is paginated. */
  toJSON(): { pattern: Pattern; paginated: boolean } {
    return { pattern: this.pattern, paginated: this.paginated };
  }
}

export function route<const Pattern extends string>(pattern: Pattern, { paginated = false } = {}): Route<Pattern> {
  return new Route(pattern, paginated);
}

/** `/articles/<slug>/`: the address on every `Article` record. */
export const articleRoute = route("/articles/:slug/");
