// Which issue of a tracker a document's tracker reference names ("#42", a GitHub URL, "PAY-123").
import type { TrackerSettings } from "./settings";
import type { TrackerKind } from "./types";

/**
 * Narrows a reference to one repository, project or team: a URL to another repository, or a key of
 * another Jira project or Linear team, is not this tracker's issue. Undefined fields accept any.
 */
export interface RefScope {
  /** "owner/repo" or "group/project", lower-cased. */
  repository?: string;
  /** "PAY", "ENG": the key prefix. */
  keyPrefix?: string;
}

export function refScope(settings: TrackerSettings, kind: TrackerKind): RefScope {
  switch (kind) {
    case "github":
      return settings.github === undefined
        ? {}
        : { repository: `${settings.github.owner}/${settings.github.repo}`.toLowerCase() };
    case "gitlab":
      // A numeric project id says nothing about the path in a URL.
      return settings.gitlab === undefined || /^\d+$/.test(settings.gitlab.project)
        ? {}
        : { repository: settings.gitlab.project.toLowerCase() };
    case "jira":
      return settings.jira === undefined ? {} : { keyPrefix: settings.jira.project };
    case "linear":
      // The team may be given by id; only a key is an identifier prefix.
      return settings.linear === undefined || !/^[A-Z][A-Z0-9]*$/.test(settings.linear.team)
        ? {}
        : { keyPrefix: settings.linear.team };
  }
}

/** The key a reference names on this tracker, as TrackerIssue.key spells it, or undefined. */
export function issueKeyOfRef(
  text: string,
  kind: TrackerKind,
  scope: RefScope = {},
): string | undefined {
  const inScope = (repository: string | undefined): boolean =>
    scope.repository === undefined ||
    repository === undefined ||
    repository.toLowerCase() === scope.repository;
  if (kind === "github" || kind === "gitlab") {
    // Any host: GitHub Enterprise and self-managed GitLab live elsewhere.
    const url = (
      kind === "github"
        ? /https?:\/\/[^/\s]+\/([^/\s]+\/[^/\s]+)\/issues\/(\d+)/
        : /https?:\/\/[^/\s]+\/(\S+?)\/-\/issues\/(\d+)/
    ).exec(text);
    if (url !== null) return inScope(url[1]) ? `#${url[2]}` : undefined;
    const hash = /^(?:([\w.-]+\/[\w.-]+))?#(\d+)$/.exec(text.trim());
    return hash !== null && inScope(hash[1]) ? `#${hash[2]}` : undefined;
  }
  const key = /\b([A-Z][A-Z0-9_]+)-(\d+)\b/.exec(text);
  if (key === null || (scope.keyPrefix !== undefined && key[1] !== scope.keyPrefix))
    return undefined;
  return `${key[1]}-${key[2]}`;
}
