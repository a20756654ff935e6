// GitHub, GitLab and Slack write emoji as shortcodes (":white_check_mark:"); the readers know the
// characters ("✅"). The parser reads a copy of the document with each status shortcode replaced by its
// character, padded with spaces to the same length, so every offset still points into the document.

/** The shortcodes that mark a status or a date in post-mortems, and the characters the readers know. */
const STATUS_SHORTCODES = new Map<string, string>(
  Object.entries({
    white_check_mark: "\u2705",
    heavy_check_mark: "\u2714\uFE0F",
    ballot_box_with_check: "\u2611\uFE0F",
    green_circle: "\u{1F7E2}",
    large_green_circle: "\u{1F7E2}",
    red_circle: "\u{1F534}",
    orange_circle: "\u{1F7E0}",
    yellow_circle: "\u{1F7E1}",
    large_blue_circle: "\u{1F535}",
    blue_circle: "\u{1F535}",
    purple_circle: "\u{1F7E3}",
    white_circle: "\u26AA",
    black_circle: "\u26AB",
    hourglass: "\u231B",
    hourglass_flowing_sand: "\u23F3",
    construction: "\u{1F6A7}",
    warning: "\u26A0\uFE0F",
    exclamation: "\u2757",
    question: "\u2753",
    x: "\u274C",
    stop_sign: "\u{1F6D1}",
    small_red_triangle: "\u{1F53A}",
    small_red_triangle_down: "\u{1F53B}",
    heavy_plus_sign: "\u2795",
    date: "\u{1F4C5}",
  }),
);

const SHORTCODE = /:([a-z_]{1,24}):/g;

/**
 * Whether a colon opens a shortcode somewhere. Most colons end a field key ("Owner: …") or split a time
 * ("07:15"), so only one followed by a lower-case letter is looked at: far cheaper than scanning with the
 * pattern.
 */
function hasShortcode(text: string): boolean {
  for (let at = text.indexOf(":"); at !== -1; at = text.indexOf(":", at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next >= 0x61 && next <= 0x7a) {
      SHORTCODE.lastIndex = at;
      if (SHORTCODE.exec(text)?.index === at) {
        return true;
      }
    }
  }
  return false;
}

/** `text` with its status shortcodes as characters, every offset unchanged; `text` itself when it has none. */
export function withShortcodeCharacters(text: string): string {
  if (!hasShortcode(text)) {
    return text;
  }
  SHORTCODE.lastIndex = 0;
  return text.replace(SHORTCODE, (shortcode: string, name: string) => {
    const character = STATUS_SHORTCODES.get(name);
    return character === undefined
      ? shortcode
      : character + " ".repeat(shortcode.length - character.length);
  });
}
