// Hostile YAML that both the CLI's and the language server's tests feed in.

/** Twelve levels of nine aliases each: 9^12 (282 billion) strings if anything expands it. */
export function aliasBomb(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  const names = "abcdefghijkl";
  for (let level = 1; level < names.length; level++) {
    const previous = `*${names[level - 1]}`;
    lines.push(`${names[level]}: &${names[level]} [${Array(9).fill(previous).join(", ")}]`);
  }
  return lines.join("\n");
}

/** A .followthrough.yml whose every section is the bomb's deepest alias. */
export function aliasBombConfig(): string {
  return `${aliasBomb()}\ngroups: *l\npeople: *l\ntrackerKeys: *l\nrules: *l\ntracker: *l\n`;
}
