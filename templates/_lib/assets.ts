/** Addresses of the files in `templates/assets/`, which every build copies into `/assets/`. */
export const assetUrls = {
  stylesheet: "/assets/style.css",
  icon: "/assets/icon.svg",
  /** The search page's one script. */
  searchScript: "/assets/search.js",
} as const;
