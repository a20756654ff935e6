import * as fs from "fs";
import * as path from "path";

export const FIXTURES_DIR = path.join(__dirname, "..", "fixtures");
export const DEFAULT_TODAY = new Date(Date.UTC(2026, 10, 24));

const MARKERS = /((?:\s*\{[a-z][a-z-]*\})+)\s*$/;

export interface Fixture {
  file: string;
  /** The text with markers stripped: what is linted. */
  text: string;
  /** Expected rule ids per 0-based line. */
  expected: Map<number, Set<string>>;
  today: Date;
}

/** Reads a fixture: `{rule-id}` markers at the end of a line say which rules that line must report. */
export function readFixture(file: string): Fixture {
  const source = fs.readFileSync(file, "utf8");
  const expected = new Map<number, Set<string>>();
  const lines = source.split("\n").map((line, index) => {
    const match = MARKERS.exec(line);
    if (match === null) {
      return line;
    }
    const rules = match[1].match(/[a-z][a-z-]*/g) ?? [];
    expected.set(index, new Set(rules));
    return line.slice(0, match.index);
  });
  const text = lines.join("\n");
  const todayMatch = /^today:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(
    text.startsWith("---") ? text.slice(0, text.indexOf("\n---", 3) + 1) : "",
  );
  const today = todayMatch === null ? DEFAULT_TODAY : new Date(`${todayMatch[1]}T00:00:00Z`);
  return { file, text, expected, today };
}

export function listFixtures(dir = FIXTURES_DIR): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      out.push(...listFixtures(full));
    } else if (entry.name.endsWith(".md")) {
      out.push(full);
    }
  }
  return out.sort();
}
