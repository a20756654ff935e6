/** The released version; a test checks it matches package.json, so docs links stay pinned. */
export const VERSION = "0.1.0";
export const REPOSITORY_URL = "https://github.com/follow-through/follow-through";
