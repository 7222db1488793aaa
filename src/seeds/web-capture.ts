/** A page as a crawler captured it, from one response record of a web archive (WARC) file. */
export interface WebCapture {
  /** The address the crawler fetched (`WARC-Target-URI`). */
  url: string;
  /** When it was fetched (`WARC-Date`), ISO 8601 in UTC: never the publication date. */
  capturedAt: string;
  /** The record's `WARC-Record-ID`, without its angle brackets. */
  recordId: string;
  /** The `charset` of the response's `Content-Type`, if it named one. */
  charset: string | null;
}
