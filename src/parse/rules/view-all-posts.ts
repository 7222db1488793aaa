import type { BoilerplateRule } from "./types.ts";

/** Blog themes link to the writer's other posts: "View all posts by Jane Doe →". */
export const viewAllPosts: BoilerplateRule = {
  name: "view-all-posts",
  reason: "\"view all posts\" link",
  marksEdge: true,
  match(text) {
    return /^(?:View|See|Read|Browse) (?:all|more) (?:posts|articles|stories) (?:by|from)\b/i.test(text) ? { action: "remove" } : null;
  },
};
