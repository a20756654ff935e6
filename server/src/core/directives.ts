import type { Finding } from "./types";

// Inline comments switch rules off and on, like markdownlint's:
//   <!-- follow-through-disable rule-a rule-b -->   … <!-- follow-through-enable -->
//   <!-- follow-through-disable-line rule -->  <!-- follow-through-disable-next-line rule -->
//   <!-- follow-through-disable-file rule -->
const DIRECTIVE =
  /<!--\s*follow-?through-(disable-next-line|disable-line|disable-file|disable|enable)\b([^<>]*?)-->/gi;

interface LineRules {
  all: boolean;
  rules: Set<string>;
}

export function applyInlineDirectives(text: string, findings: Finding[]): Finding[] {
  if (findings.length === 0 || !/follow-?through-(?:disable|enable)/i.test(text)) {
    return findings;
  }
  const lines = text.split("\n");
  const perLine: LineRules[] = [];
  const fileOff: LineRules = { all: false, rules: new Set() };
  const current: LineRules = { all: false, rules: new Set() };
  const extra = new Map<number, LineRules>();
  const addExtra = (line: number, ids: string[]): void => {
    const entry = extra.get(line) ?? { all: false, rules: new Set<string>() };
    if (ids.length === 0) {
      entry.all = true;
    }
    ids.forEach((id) => entry.rules.add(id));
    extra.set(line, entry);
  };
  for (let line = 0; line < lines.length; line++) {
    DIRECTIVE.lastIndex = 0;
    const startState: LineRules = { all: current.all, rules: new Set(current.rules) };
    for (let m = DIRECTIVE.exec(lines[line]); m !== null; m = DIRECTIVE.exec(lines[line])) {
      const kind = m[1].toLowerCase();
      const ids = m[2].split(/[\s,]+/).filter(Boolean);
      if (kind === "disable") {
        if (ids.length === 0) {
          current.all = true;
        }
        ids.forEach((id) => current.rules.add(id));
      } else if (kind === "enable") {
        if (ids.length === 0) {
          current.all = false;
          current.rules.clear();
        }
        ids.forEach((id) => current.rules.delete(id));
      } else if (kind === "disable-line") {
        addExtra(line, ids);
      } else if (kind === "disable-next-line") {
        addExtra(line + 1, ids);
      } else {
        if (ids.length === 0) {
          fileOff.all = true;
        }
        ids.forEach((id) => fileOff.rules.add(id));
      }
    }
    // A disable comment on a line of its own applies from the next line; on the same line as text, to that line too.
    perLine.push({
      all: current.all || startState.all,
      rules: new Set([...startState.rules, ...current.rules]),
    });
  }
  const isOff = (rules: LineRules | undefined, rule: string): boolean =>
    rules !== undefined && (rules.all || rules.rules.has(rule));
  return findings.filter((finding) => {
    const line = finding.range.start.line;
    return !(
      isOff(fileOff, finding.rule) ||
      isOff(perLine[line], finding.rule) ||
      isOff(extra.get(line), finding.rule)
    );
  });
}
