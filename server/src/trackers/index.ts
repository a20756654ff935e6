// Builds the tracker a post-mortem pushes to from config, front matter, the git remote and credentials.
import type { ResolvedConfig } from "../core/config";
import type { PostMortem } from "../core/types";
import { GitHubTracker } from "./github";
import { GitLabTracker } from "./gitlab";
import type { RetryPolicy } from "./http";
import { JiraTracker } from "./jira";
import { LinearTracker } from "./linear";
import type { RepoInfo } from "./repo";
import {
  chooseTracker,
  DEFAULT_TRACKER_LABEL,
  readTrackerSettings,
  type TrackerSettings,
} from "./settings";
import { TrackerError, type Tracker, type TrackerKind } from "./types";

export * from "./types";
export { pushDraft, pushableItems, linkChange, linkText } from "./push";
export { draftFor, markerFor } from "./draft";

export interface Credentials {
  /** GitHub/GitLab token, Jira API token or Linear API key. */
  token: string;
  /** Jira's account email. */
  email?: string;
}

/** Which environment variables the CLI reads per tracker (Jira Data Center: see tokenEnvFor). */
export const TOKEN_ENV: Record<TrackerKind, { token: string; email?: string }> = {
  github: { token: "GITHUB_TOKEN" },
  jira: { token: "JIRA_API_TOKEN", email: "JIRA_EMAIL" },
  linear: { token: "LINEAR_API_KEY" },
  gitlab: { token: "GITLAB_TOKEN" },
};

/** The environment variables the CLI needs for this tracker: Jira Data Center takes a personal access token alone. */
export function tokenEnvFor(
  settings: TrackerSettings,
  kind: TrackerKind,
): { token: string; email?: string } {
  return kind === "jira" && settings.jira?.deployment === "datacenter"
    ? { token: TOKEN_ENV.jira.token }
    : TOKEN_ENV[kind];
}

/** Whether the credentials for this tracker include an account email (Jira Cloud only). */
export function needsEmail(settings: TrackerSettings, kind: TrackerKind): boolean {
  return tokenEnvFor(settings, kind).email !== undefined;
}

/**
 * The tracker settings for one post-mortem: .followthrough.yml's `tracker:`, then the post-mortem's
 * own front matter over it, then the git remote as the GitHub/GitLab default.
 */
export function trackerSettingsFor(
  config: ResolvedConfig,
  doc: Pick<PostMortem, "frontMatter">,
  repo: RepoInfo | undefined,
  problems: string[] = [],
): TrackerSettings {
  return trackerSettingsFrom(config, doc.frontMatter?.tracker, repo, problems);
}

/** trackerSettingsFor with the front matter's `tracker:` value alone (the workspace index keeps just that). */
export function trackerSettingsFrom(
  config: ResolvedConfig,
  frontMatterTracker: unknown,
  repo: RepoInfo | undefined,
  problems: string[] = [],
): TrackerSettings {
  let settings: TrackerSettings = config.tracker ?? { label: DEFAULT_TRACKER_LABEL };
  if (frontMatterTracker !== undefined && frontMatterTracker !== null) {
    settings = readTrackerSettings(
      frontMatterTracker,
      (path, message) =>
        problems.push(
          `front matter tracker${path.length > 0 ? `.${path.join(".")}` : ""}: ${message}`,
        ),
      settings,
    );
  }
  const remote = repo?.remote;
  if (remote !== undefined && settings.github === undefined && remote.kind === "github") {
    const [owner, name] = remote.path.split("/");
    if (owner !== undefined && name !== undefined) {
      settings = {
        ...settings,
        github: {
          owner,
          repo: name,
          baseUrl: remote.host === "github.com" ? undefined : `https://${remote.host}/api/v3`,
        },
      };
    }
  }
  if (remote !== undefined && settings.gitlab === undefined && remote.kind === "gitlab") {
    settings = {
      ...settings,
      gitlab: {
        project: remote.path,
        baseUrl: remote.host === "gitlab.com" ? undefined : `https://${remote.host}`,
      },
    };
  }
  return settings;
}

/** What `Tracker.where` says for these settings, without credentials (plans, listings, their errors). */
export function trackerWhere(settings: TrackerSettings, kind: TrackerKind): string | undefined {
  switch (kind) {
    case "github":
      return settings.github === undefined
        ? undefined
        : `repository ${settings.github.owner}/${settings.github.repo}`;
    case "jira":
      return settings.jira === undefined ? undefined : `project ${settings.jira.project}`;
    case "linear":
      return settings.linear === undefined ? undefined : `team ${settings.linear.team}`;
    case "gitlab":
      return settings.gitlab === undefined ? undefined : `project ${settings.gitlab.project}`;
  }
}

export interface TrackerTuning {
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Tests: no one-second spacing of GitHub writes, and Retry-After counted in this many ms per second. */
  fast?: boolean;
}

export function createTracker(
  settings: TrackerSettings,
  requested: TrackerKind | undefined,
  credentials: Credentials,
  tuning: TrackerTuning = {},
): Tracker {
  const kind = chooseTracker(settings, requested);
  if (kind === undefined) {
    throw new TrackerError(
      "validation",
      "No tracker configured: add `tracker:` to .followthrough.yml (github: owner/repo, jira: { site, project }, linear: { team }, gitlab: { project }).",
    );
  }
  const missing = (what: string): TrackerError =>
    new TrackerError(
      "validation",
      `No ${kind} ${what} configured: add \`tracker: ${kind}: …\` to .followthrough.yml.`,
    );
  switch (kind) {
    case "github": {
      const github =
        settings.github ??
        (() => {
          throw missing("repository");
        })();
      return new GitHubTracker({
        owner: github.owner,
        repo: github.repo,
        token: credentials.token,
        baseUrl: github.baseUrl,
        timeoutMs: tuning.timeoutMs,
        retries: tuning.retry?.retries,
        maxWaitSeconds:
          tuning.retry?.maxWaitMs === undefined ? undefined : tuning.retry.maxWaitMs / 1000,
        retryAfterBaseValue: tuning.fast === true ? 10 : undefined,
        spaceWrites: tuning.fast !== true,
      });
    }
    case "jira": {
      const jira =
        settings.jira ??
        (() => {
          throw missing("site and project");
        })();
      if (
        jira.deployment !== "datacenter" &&
        (credentials.email === undefined || credentials.email === "")
      ) {
        throw new TrackerError(
          "auth",
          "Jira Cloud needs the account email as well as the API token (JIRA_EMAIL); for Jira Data Center or Server, set `deployment: datacenter` and use a personal access token.",
        );
      }
      return new JiraTracker({
        ...jira,
        email: credentials.email,
        apiToken: credentials.token,
        timeoutMs: tuning.timeoutMs,
        retry: tuning.retry,
      });
    }
    case "linear": {
      const linear =
        settings.linear ??
        (() => {
          throw missing("team");
        })();
      return new LinearTracker({
        ...linear,
        apiKey: credentials.token,
        timeoutMs: tuning.timeoutMs,
        retry: tuning.retry,
      });
    }
    case "gitlab": {
      const gitlab =
        settings.gitlab ??
        (() => {
          throw missing("project");
        })();
      return new GitLabTracker({
        ...gitlab,
        token: credentials.token,
        timeoutMs: tuning.timeoutMs,
        retry: tuning.retry,
      });
    }
  }
}
