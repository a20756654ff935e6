import * as fs from "fs";
import * as path from "path";
import {
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Node as YamlNode,
  type Pair,
} from "yaml";
import { nearest } from "./nearest";
import type { Severity } from "./types";
import { ruleIds } from "./rules/ids";
import { readTrackerSettings, type TrackerSettings } from "./trackerSettings";

export type RuleSetting = Severity | "off";

export interface Person {
  name: string;
  aliases: string[];
  github?: string;
  email?: string;
  /** Tracker accounts for assigning pushed issues: Jira accountId, Linear user id, GitLab username. */
  jira?: string;
  linear?: string;
  gitlab?: string;
  /** A leadership role (VP, director, manager) makes them a decision-maker for systemic actions. */
  role?: string;
}

export interface ResolvedConfig {
  /** Per-rule overrides; rules not listed use their default severity. */
  rules: Record<string, RuleSetting>;
  /** Extra names that denote a group, never a person (lower-cased). */
  groups: string[];
  /** The roster of people who can own actions. */
  people: Person[];
  /** Tracker project keys (e.g. PAY, OPS). Empty means any KEY-123 counts. */
  trackerKeys: string[];
  /** Extra process verbs (lower-cased). */
  processVerbs: string[];
  /** Globs (relative to the config file's folder) selecting post-mortem files. */
  postMortemGlobs: string[];
  /** Read CODEOWNERS for the roster. */
  codeowners: boolean;
  /** Where `follow-through push` and "Push to tracker" create issues. */
  tracker?: TrackerSettings;
  /** The config file this came from, if any. */
  file?: string;
}

export interface ConfigProblem {
  file: string;
  line: number; // 1-based
  column: number; // 1-based
  key: string;
  message: string;
  /** The file could not be used at all (unreadable, not YAML, not a mapping): defaults apply instead. */
  unreadable?: true;
}

export interface LoadedConfig {
  config: ResolvedConfig;
  problems: ConfigProblem[];
}

export const CONFIG_FILE_NAMES = [".followthrough.yml", ".followthrough.yaml"];

export const DEFAULT_POST_MORTEM_GLOBS = [
  "**/{postmortem,postmortems,post-mortem,post-mortems,post_mortems,postmortem-reports,incidents,incident-reports,incident-reviews,retros,retrospectives,pirs,rca,rcas}/**/*.{md,markdown}",
];

export function defaultConfig(): ResolvedConfig {
  return {
    rules: {},
    groups: [],
    people: [],
    trackerKeys: [],
    processVerbs: [],
    postMortemGlobs: [...DEFAULT_POST_MORTEM_GLOBS],
    codeowners: true,
  };
}

const SEVERITIES = new Set(["error", "warning", "info", "hint", "off"]);
const KNOWN_KEYS = new Set([
  "rules",
  "groups",
  "teams",
  "people",
  "roster",
  "trackerKeys",
  "processVerbs",
  "postMortems",
  "postmortems",
  "codeowners",
  "tracker",
  "identity",
]);

/** Finds the nearest config file at or above `startDir`, like markdownlint's discovery. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) {
        return candidate;
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      return undefined;
    }
    dir = parent;
  }
}

/**
 * A config or CODEOWNERS "file" that is a FIFO or a device would block the CLI, or the server's one
 * thread, on its read: only a regular file is read.
 */
function readRegularFile(file: string): string {
  if (!fs.statSync(file).isFile()) {
    throw new Error("not a regular file (a FIFO, a device or a folder); the defaults apply");
  }
  return fs.readFileSync(file, "utf8");
}

export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = readRegularFile(file);
  } catch (error) {
    return {
      config: { ...defaultConfig(), file },
      problems: [
        {
          file,
          line: 1,
          column: 1,
          key: "",
          message: `cannot read config: ${(error as Error).message}`,
          unreadable: true,
        },
      ],
    };
  }
  const loaded = parseConfigText(text, file);
  loaded.config.file = file;
  return loaded;
}

/** Loads the config that applies to a file (nearest upward), or defaults, with the CODEOWNERS roster added. */
export function loadConfigFor(filePath: string): LoadedConfig {
  const dir = path.dirname(path.resolve(filePath));
  const file = findConfigFile(dir);
  const loaded =
    file === undefined ? { config: defaultConfig(), problems: [] } : loadConfigFile(file);
  addCodeownersRoster(loaded.config, findRepoRoot(file === undefined ? dir : path.dirname(file)));
  return loaded;
}

/** The nearest folder at or above `startDir` holding `.git`. */
export function findRepoRoot(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    if (fs.existsSync(path.join(dir, ".git"))) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      return undefined;
    }
    dir = parent;
  }
}

/** `codeowners: true` (the default) adds the repository's CODEOWNERS people to the roster. */
export function addCodeownersRoster(config: ResolvedConfig, repoRoot: string | undefined): void {
  if (!config.codeowners || repoRoot === undefined) {
    return;
  }
  const known = new Set(config.people.map((person) => person.name.toLowerCase()));
  for (const person of readCodeowners(repoRoot)) {
    if (!known.has(person.name.toLowerCase())) {
      known.add(person.name.toLowerCase());
      config.people.push(person);
    }
  }
}

/**
 * Parses config text. Never throws: a bad key is reported with its line and ignored,
 * so the lint still runs with defaults for that key.
 */
export function parseConfigText(text: string, file: string): LoadedConfig {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (node: YamlNode | null | undefined, key: string, message: string): void => {
    const offset = node?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(offset);
    problems.push({ file, line: pos.line, column: pos.col, key, message });
  };
  for (const error of doc.errors) {
    const pos = lineCounter.linePos(error.pos[0]);
    problems.push({
      file,
      line: pos.line,
      column: pos.col,
      key: "",
      message: `YAML syntax error: ${error.message.split("\n")[0]}`,
      unreadable: true,
    });
  }
  if (doc.errors.length > 0) {
    return { config, problems };
  }
  const root = doc.contents;
  if (root === null || root === undefined) {
    return { config, problems };
  }
  if (!isMap(root)) {
    at(root, "", "the config must be a mapping of keys to values");
    problems[problems.length - 1].unreadable = true;
    return { config, problems };
  }
  for (const pair of root.items as Pair<YamlNode, YamlNode>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const value = pair.value;
    switch (key) {
      case "rules":
        readRules(value, config, at);
        break;
      case "groups":
      case "teams":
        config.groups.push(...readStringList(value, key, at).map((name) => name.toLowerCase()));
        break;
      case "people":
      case "roster":
        config.people.push(...readPeople(value, key, at));
        break;
      case "trackerKeys":
        config.trackerKeys = readStringList(value, key, at).map((k) => k.toUpperCase());
        break;
      case "processVerbs":
        config.processVerbs = readStringList(value, key, at).map((verb) => verb.toLowerCase());
        break;
      case "postMortems":
      case "postmortems": {
        const globs = readStringList(value, key, at);
        if (globs.length > 0) {
          config.postMortemGlobs = globs;
        }
        break;
      }
      case "codeowners":
        if (isScalar(value) && typeof value.value === "boolean") {
          config.codeowners = value.value;
        } else {
          at(value, key, "expected true or false");
        }
        break;
      case "tracker":
        config.tracker = readTrackerSettings(value?.toJSON(), (keyPath, message) => {
          const node =
            isMap(value) && keyPath.length > 0
              ? ((value.getIn(keyPath, true) as YamlNode | undefined) ??
                (value.getIn(keyPath.slice(0, 1), true) as YamlNode | undefined))
              : value;
          at(node ?? value, ["tracker", ...keyPath].join("."), message);
        });
        break;
      default:
        if (!KNOWN_KEYS.has(key)) {
          const suggestion = nearest(key, [...KNOWN_KEYS]);
          at(
            pair.key,
            key,
            `unknown key "${key}"; ${suggestion === undefined ? `known keys: ${[...KNOWN_KEYS].join(", ")}` : `did you mean "${suggestion}"?`}`,
          );
        }
    }
  }
  return { config, problems };
}

type ReportAt = (node: YamlNode | null | undefined, key: string, message: string) => void;

function readRules(value: YamlNode | null, config: ResolvedConfig, at: ReportAt): void {
  if (!isMap(value)) {
    at(
      value,
      "rules",
      "expected a mapping of rule ids to a severity (error, warning, info, hint, off) or true/false",
    );
    return;
  }
  for (const pair of value.items as Pair<YamlNode, YamlNode>[]) {
    const ruleId = isScalar(pair.key) ? String(pair.key.value) : "";
    const key = `rules.${ruleId}`;
    let setting: unknown = isScalar(pair.value) ? pair.value.value : undefined;
    if (isMap(pair.value)) {
      const severityNode = pair.value.get("severity", true) as YamlNode | undefined;
      setting = isScalar(severityNode) ? severityNode.value : undefined;
    }
    if (setting === true) {
      setting = "default";
    } else if (setting === false) {
      setting = "off";
    }
    if (!ruleIds.includes(ruleId)) {
      const suggestion = nearest(ruleId, ruleIds);
      at(
        pair.key,
        key,
        `unknown rule "${ruleId}"; ${suggestion === undefined ? "`follow-through rules` lists the rules" : `did you mean "${suggestion}"?`}`,
      );
      continue;
    }
    if (setting === "default") {
      continue;
    }
    if (typeof setting !== "string" || !SEVERITIES.has(setting)) {
      at(
        pair.value ?? pair.key,
        key,
        `expected error, warning, info, hint, off, true or false; got ${JSON.stringify(setting)}`,
      );
      continue;
    }
    config.rules[ruleId] = setting as RuleSetting;
  }
}

function readStringList(value: YamlNode | null, key: string, at: ReportAt): string[] {
  if (isScalar(value) && typeof value.value === "string") {
    return [value.value];
  }
  if (!isSeq(value)) {
    at(value, key, "expected a list of strings");
    return [];
  }
  const out: string[] = [];
  for (const item of value.items as YamlNode[]) {
    if (isScalar(item) && (typeof item.value === "string" || typeof item.value === "number")) {
      out.push(String(item.value));
    } else {
      at(item, key, "expected a string");
    }
  }
  return out;
}

function readPeople(value: YamlNode | null, key: string, at: ReportAt): Person[] {
  if (isScalar(value) && typeof value.value === "string") {
    return [{ name: value.value, aliases: [] }];
  }
  if (!isSeq(value)) {
    at(value, key, "expected a list of names or of { name, aliases, github, email, role }");
    return [];
  }
  const people: Person[] = [];
  for (const item of value.items as YamlNode[]) {
    if (isScalar(item) && typeof item.value === "string") {
      people.push({ name: item.value, aliases: [] });
      continue;
    }
    if (!isMap(item)) {
      at(item, key, "expected a name or a mapping with a name");
      continue;
    }
    const data = item.toJSON() as Record<string, unknown>;
    if (typeof data.name !== "string" || data.name.trim() === "") {
      at(item, `${key}.name`, "each person needs a name");
      continue;
    }
    const aliases = Array.isArray(data.aliases)
      ? data.aliases.filter((a): a is string => typeof a === "string")
      : [];
    people.push({
      name: data.name,
      aliases,
      github: typeof data.github === "string" ? data.github : undefined,
      email: typeof data.email === "string" ? data.email : undefined,
      role: typeof data.role === "string" ? data.role : undefined,
      jira: typeof data.jira === "string" ? data.jira : undefined,
      linear: typeof data.linear === "string" ? data.linear : undefined,
      gitlab: typeof data.gitlab === "string" ? data.gitlab : undefined,
    });
  }
  return people;
}

/** Reads a CODEOWNERS file's `@handles` and emails as roster entries (teams `@org/team` are skipped). */
export function readCodeowners(repoRoot: string): Person[] {
  for (const candidate of [
    "CODEOWNERS",
    ".github/CODEOWNERS",
    "docs/CODEOWNERS",
    ".gitlab/CODEOWNERS",
  ]) {
    const file = path.join(repoRoot, candidate);
    let text: string;
    try {
      text = readRegularFile(file);
    } catch {
      continue;
    }
    const seen = new Set<string>();
    for (const line of text.split(/\r?\n/)) {
      const content = line.replace(/#.*/, "").trim();
      for (const token of content.split(/\s+/).slice(1)) {
        if (/^@[\w-]+$/.test(token) || /^[^@\s]+@[^@\s]+\.[a-z]+$/i.test(token)) {
          seen.add(token);
        }
      }
    }
    return [...seen].map((token) =>
      token.startsWith("@")
        ? { name: token.slice(1), aliases: [token], github: token.slice(1) }
        : { name: token, aliases: [], email: token },
    );
  }
  return [];
}
