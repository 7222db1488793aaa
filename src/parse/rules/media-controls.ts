import type { BoilerplateRule } from "./types.ts";

/** What a photo gallery or video player shows as text: counters and buttons. */
export const mediaControls: BoilerplateRule = {
  name: "media-controls",
  reason: "gallery or video player control",
  match(text) {
    const counter = /^(?:(?:image|photo|picture|slide|video)s?\s+)?\d+\s*(?:of|\/)\s*\/?\s*\d*$/i;
    const control =
      /^(?:close|caption|hide caption|show caption|toggle caption|enlarge(?: this)? (?:image|photo)|expand|collapse|play|pause|replay|mute|unmute|full ?screen|next|previous|prev|back|back to (?:gallery|top|article)|(?:view|see|open|launch) (?:the )?(?:full )?(?:gallery|slideshow|image|photos?)|(?:view|see) all(?: photos| images)?(?: \(\d+\))?|view all \(\d+\)|more videos(?: \.\.\.|…)?|\(\d+ (?:videos|photos|images)\)|videos?|photos?|gallery|slideshow|audio|watch(?: now| video| the video)?|listen(?: now)?|now playing|up next|autoplay|loading\.*|(?:\d+:)?\d+:\d\d)$/i;
    return counter.test(text) || control.test(text) ? { action: "remove" } : null;
  },
};
