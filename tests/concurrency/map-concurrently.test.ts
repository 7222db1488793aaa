/** Reading 100,000 seed files must not open them all at once (EMFILE). */
import { expect, it } from "vitest";
import { mapConcurrently } from "../../src/concurrency/map-concurrently.ts";

it("keeps results in order and never runs more than the limit at once", async () => {
  let running = 0;
  let most = 0;
  const results = await mapConcurrently([5, 1, 4, 2, 3, 0, 6], 3, async (delay, index) => {
    running++;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, delay));
    running--;
    return `${index}:${delay}`;
  });
  expect(results).toEqual(["0:5", "1:1", "2:4", "3:2", "4:3", "5:0", "6:6"]);
  expect(most).toBe(3);
});
