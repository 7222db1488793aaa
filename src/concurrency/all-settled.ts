/**
 * `Promise.all` that waits for every promise before it fails: a build that
 * fails removes its half-written folder, and nothing may still be writing
 * into it then (a file written after the removal would bring the folder
 * back). The first failure is the one thrown.
 */
export async function allSettled<T extends readonly unknown[]>(promises: readonly [...{ [K in keyof T]: Promise<T[K]> }]): Promise<T> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
