import type { BoilerplateRule } from "./types.ts";

/** Buttons of a share bar, each alone or in a row: "Facebook Twitter Email", "258 Shares", "Pin". */
const shareButton =
  /^(?:facebook|twitter|x|email|e-mail|mail|linkedin|reddit|pinterest|whatsapp|flipboard|tumblr|telegram|messenger|sms|text|print|share|shares|shared|sharing|tweet|pin|buffer|pocket|copy|link|copy link|permalink|comment|comments|save|bookmark|submit|via|and|on|this|the|article|story|post|page)$/i;

/** Social buttons scraped as text: "Share this:", "Click to share on X", a bare row of networks, a tweet button after a pull quote. */
export const sharePrompt: BoilerplateRule = {
  name: "share-prompt",
  reason: "share prompt",
  marksEdge: true,
  match(text, { features, index }) {
    const prompt =
      /^(?:Share(?: this(?: article| story| post)?)?:?|Click to (?:share|email|print) (?:on |this ).{1,40}|Share on (?:Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Email)\b.{0,40}|Share (?:via|with) .{1,30}|Tweet this|Email this(?: article| story)?|Print this (?:article|page|story)|Follow (?:us|me) on .{1,40}|Click to tweet)$/i;
    if (prompt.test(text)) return { action: "remove" };
    // A pull quote with its tweet button run into it: the quote is the story's own words.
    const tweetButton = /\s*Click to tweet$/i.exec(text);
    if (tweetButton) return { action: "strip-suffix", suffix: tweetButton[0] };
    if ((features[index]?.tokens ?? 0) > 12) return null;
    const tokens = text.replace(/[()[\]|•·,:]/g, " ").split(/\s+/).filter((token) => token !== "");
    const buttons = tokens.filter((token) => shareButton.test(token) || /^\d[\d,.]*k?(?:shares?)?$/i.test(token));
    const isRow = tokens.length > 0 && tokens.length <= 12 && buttons.length === tokens.length && tokens.some((token) => /[a-z]/i.test(token));
    return isRow && !/^(?:this|the|and|on|via|text|link|copy|save|comments?)$/i.test(text) ? { action: "remove" } : null;
  },
};
