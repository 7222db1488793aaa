/**
 * The part of Eleventy 3's API this project uses. Eleventy ships JavaScript
 * without type declarations; declaring only what we call keeps `strict` honest.
 */
declare module "@11ty/eleventy" {
  export interface UserConfig {
    addGlobalData(name: string, value: unknown): void;
    addExtension(extensions: string | string[], options: { key: string }): void;
    addTemplateFormats(formats: string | string[]): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    setQuietMode(quiet: boolean): void;
    setUseGitIgnore(use: boolean): void;
    setServerOptions(options: Record<string, unknown>): void;
    /** Globs of input files Eleventy skips, relative to the current folder. */
    ignores: Set<string>;
  }

  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string;
    runMode?: "build" | "serve" | "watch";
    config?: (eleventyConfig: UserConfig) => void | Promise<void>;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** Renders every page without writing any: one entry per page, `url` being its permalink. */
    toJSON(): Promise<{ url: string; inputPath: string; outputPath: string; content: string }[]>;
    /** Silences Eleventy's console output, including its forced "Wrote N files" line; errors still reject `write()`. */
    disableLogger(): void;
  }
}
