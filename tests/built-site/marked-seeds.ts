/**
 * Generated articles, each carrying a made-up word found in no other, so a
 * search for it must find exactly that article whichever search shard holds
 * it; all of them share the word "dredging".
 */
export const markedSeedCount = 150;

const letters = "bcdfghjklmnpqrtvwxz";

/** A word no dictionary holds, different for each number and unchanged by stemming: "quorvbbix", "quorvbcix", ... */
export function markWord(index: number): string {
  return `quorv${letters[Math.floor(index / letters.length) % letters.length]}${letters[index % letters.length]}ix`;
}

export function markedSeeds(): { file: string; text: string }[] {
  return Array.from({ length: markedSeedCount }, (_, index) => ({
    file: `2021-04-${String(1 + (index % 28)).padStart(2, "0")}-report-${index}.md`,
    text: `---
title: "Port report ${index}"
---
The port committee met to discuss dredging and the state of berth ${index}, and filed its notes under the word ${markWord(index)}.

Members agreed to meet again after the tides of the spring had been measured along the whole of the estuary.
`,
  }));
}
