/** A deterministic pseudo-random generator (a 32-bit linear congruential one): the same seed gives the same archive every run. */
export function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
