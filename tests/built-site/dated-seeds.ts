/**
 * Dated articles to build beside the five real (undated) seeds, so the site
 * tests see what the real seeds cannot show: years and months in the archive,
 * feeds with dates, and more than one page of a tag and of the index.
 */
export const datedSeedCount = 24;
export const pagedTag = { name: "Harbour Authority", slug: "harbour-authority" };

const months = ["01", "03", "05", "08", "11", "12"];

/** `2023-..` and `2024-..` articles, all tagged with the paged tag. */
export function datedSeeds(): { file: string; text: string }[] {
  return Array.from({ length: datedSeedCount }, (_, index) => {
    const year = index % 2 === 0 ? "2024" : "2023";
    const month = months[index % months.length] ?? "01";
    const day = String(10 + (index % 15)).padStart(2, "0");
    return {
      file: `dated/${year}-${month}-${day}-harbour-${index + 1}.md`,
      text: `---
title: "Harbour report number ${index + 1}"
author: Mara Quinn
source: The Coastal Courier
tags: [${pagedTag.name}]
---
The harbour authority published its report number ${index + 1} on shipping, dredging and the state of the old sea wall.

Inspectors counted the vessels that called at the port and the tonnes of cargo they landed, and noted repairs still to be made.

The authority said the next report would follow in the spring, after the winter storms had been assessed.
`,
    };
  });
}
