/** The summary shown on index pages and in feeds: whole sentences from the lead, about a tweet long. */
import { splitSentences } from "./sentences.ts";

export const summaryTargetLength = 240;

export function summarise(paragraphs: readonly string[]): string {
  const lead = paragraphs[0] ?? "";
  let summary = "";
  for (const sentence of splitSentences(lead)) {
    if (summary !== "" && summary.length + sentence.length + 1 > summaryTargetLength) break;
    summary = summary === "" ? sentence : `${summary} ${sentence}`;
  }
  if (summary.length <= summaryTargetLength * 1.5) return summary;
  const lastSpace = summary.lastIndexOf(" ", summaryTargetLength);
  return `${summary.slice(0, lastSpace > 0 ? lastSpace : summaryTargetLength)}…`;
}
