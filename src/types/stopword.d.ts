/** The part of `stopword` (no types of its own) that `npm run function-words` reads: its English stop-word list. */
declare module "stopword" {
  export const eng: readonly string[];
}
