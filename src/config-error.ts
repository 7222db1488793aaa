/**
 * A setting the build cannot work with (an option, a settings file beside the
 * seeds): it stops the build with exit code 2 and a message naming the
 * setting. In a module of its own, so the parser, which reads the taxonomy
 * file, does not depend on how options are read.
 */
export class ConfigError extends Error {
  override name = "ConfigError";
}
