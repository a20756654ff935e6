// The `tracker:` key of .followthrough.yml (and of a post-mortem's front matter), validated with
// the same path/message problems as the other config keys. Pure data in, data out. It lives in core
// because reading the config is core's job; trackers/ builds clients from what it returns.

export type TrackerKind = "github" | "jira" | "linear" | "gitlab";
export const TRACKER_KINDS: TrackerKind[] = ["github", "jira", "linear", "gitlab"];

export const DEFAULT_TRACKER_LABEL = "post-mortem-action";

export interface TrackerSettings {
  /** Which tracker a push uses when several are configured (`use: jira`). */
  use?: TrackerKind;
  /** The label every pushed issue gets. */
  label: string;
  github?: { owner: string; repo: string; baseUrl?: string };
  /** `deployment: datacenter` for Jira Data Center or Server (REST v2, personal access token); Cloud otherwise. */
  jira?: {
    site: string;
    project: string;
    baseUrl?: string;
    issueType?: string;
    deployment?: "cloud" | "datacenter";
  };
  linear?: { team: string; baseUrl?: string };
  gitlab?: { project: string; baseUrl?: string };
}

export type SettingsProblem = (path: string[], message: string) => void;

const KEYS = ["use", "label", ...TRACKER_KINDS];

/** Reads a plain value (YAML's toJSON, or front matter) into settings; reports each bad key by path. */
export function readTrackerSettings(
  value: unknown,
  problem: SettingsProblem,
  base?: TrackerSettings,
): TrackerSettings {
  const settings: TrackerSettings = { ...(base ?? { label: DEFAULT_TRACKER_LABEL }) };
  if (typeof value === "string") {
    // Front matter's `tracker: jira` picks one of the configured trackers.
    if ((TRACKER_KINDS as string[]).includes(value)) {
      settings.use = value as TrackerKind;
    } else {
      problem(
        [],
        `expected one of ${TRACKER_KINDS.join(", ")} or a mapping; got ${JSON.stringify(value)}`,
      );
    }
    return settings;
  }
  if (!isRecord(value)) {
    problem(
      [],
      "expected a mapping: github: owner/repo, jira: { site, project }, linear: { team }, gitlab: { project }",
    );
    return settings;
  }
  for (const [key, entry] of Object.entries(value)) {
    switch (key) {
      case "use":
        if (typeof entry === "string" && (TRACKER_KINDS as string[]).includes(entry))
          settings.use = entry as TrackerKind;
        else problem([key], `expected one of ${TRACKER_KINDS.join(", ")}`);
        break;
      case "label":
        if (typeof entry === "string" && entry.trim() !== "") settings.label = entry.trim();
        else problem([key], "expected a label name");
        break;
      case "github": {
        const repo = typeof entry === "string" ? entry : isRecord(entry) ? entry.repo : undefined;
        const match = typeof repo === "string" ? /^([\w.-]+)\/([\w.-]+)$/.exec(repo.trim()) : null;
        if (match === null) {
          problem(
            typeof entry === "string" || !isRecord(entry) ? [key] : [key, "repo"],
            "expected owner/repo",
          );
          break;
        }
        settings.github = {
          owner: match[1],
          repo: match[2],
          baseUrl: urlOf(entry, [key], problem),
        };
        break;
      }
      case "jira": {
        if (!isRecord(entry)) {
          problem([key], "expected { site: your-domain.atlassian.net, project: KEY }");
          break;
        }
        const site = stringOf(entry, "site", [key], problem);
        const project = stringOf(entry, "project", [key], problem);
        if (project !== undefined && !/^[A-Z][A-Z0-9_]{0,9}$/.test(project)) {
          problem(
            [key, "project"],
            `expected a project key such as PAY; got ${JSON.stringify(project)}`,
          );
          break;
        }
        const deployment = entry.deployment;
        if (deployment !== undefined && deployment !== "cloud" && deployment !== "datacenter") {
          problem(
            [key, "deployment"],
            `expected cloud or datacenter (Jira Data Center or Server); got ${JSON.stringify(deployment)}`,
          );
          break;
        }
        if (site !== undefined && project !== undefined) {
          settings.jira = {
            site,
            project,
            baseUrl: urlOf(entry, [key], problem),
            issueType: typeof entry.issueType === "string" ? entry.issueType : undefined,
          };
          if (deployment !== undefined) settings.jira.deployment = deployment;
        }
        break;
      }
      case "linear": {
        const team =
          typeof entry === "string"
            ? entry
            : isRecord(entry)
              ? stringOf(entry, "team", [key], problem)
              : undefined;
        if (team === undefined) {
          if (!isRecord(entry)) problem([key], "expected { team: KEY }");
          break;
        }
        settings.linear = { team, baseUrl: urlOf(entry, [key], problem) };
        break;
      }
      case "gitlab": {
        const project =
          typeof entry === "string"
            ? entry
            : isRecord(entry)
              ? stringOf(entry, "project", [key], problem)
              : undefined;
        if (project === undefined) {
          if (!isRecord(entry)) problem([key], "expected { project: group/project }");
          break;
        }
        settings.gitlab = { project, baseUrl: urlOf(entry, [key], problem) };
        break;
      }
      default:
        problem([key], `unknown key "${key}"; known keys: ${KEYS.join(", ")}`);
    }
  }
  return settings;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringOf(
  entry: Record<string, unknown>,
  key: string,
  path: string[],
  problem: SettingsProblem,
): string | undefined {
  const value = entry[key];
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  problem(
    value === undefined ? path : [...path, key],
    value === undefined ? `missing ${key}` : `${key}: expected a string`,
  );
  return undefined;
}

function urlOf(entry: unknown, path: string[], problem: SettingsProblem): string | undefined {
  if (!isRecord(entry) || entry.baseUrl === undefined) return undefined;
  const value = entry.baseUrl;
  if (typeof value === "string" && /^https?:\/\/[^\s/]+/.test(value))
    return value.replace(/\/+$/, "");
  problem([...path, "baseUrl"], `expected an http(s) URL; got ${JSON.stringify(value)}`);
  return undefined;
}
