// Credentials for the trackers, asked for only inside a user command: GitHub through VS Code's
// built-in authentication provider; Jira, Linear and GitLab tokens in SecretStorage, entered through
// "Follow-Through: Set Tracker Token". Never in settings, never in a log.
import * as vscode from "vscode";
import type { TrackerKindName } from "../../server/src/protocol";

export interface TrackerCredentials {
  token: string;
  email?: string;
}

const SECRET_PREFIX = "followThrough.trackerToken.";

const LABELS: Record<Exclude<TrackerKindName, "github">, { token: string; placeholder: string }> = {
  jira: {
    token: "Jira API token (id.atlassian.com → Security → API tokens)",
    placeholder: "ATATT…",
  },
  linear: {
    token: "Linear API key (Settings → Security & access → Personal API keys)",
    placeholder: "lin_api_…",
  },
  gitlab: { token: "GitLab personal access token with the api scope", placeholder: "glpat-…" },
};

/**
 * The stored credentials, or (when `prompt`) asks for them; undefined when the user cancels.
 * `needsEmail` (Jira Cloud) asks for the account email too; Jira Data Center takes a personal access token alone.
 */
export async function credentialsFor(
  context: vscode.ExtensionContext,
  kind: TrackerKindName,
  options: { prompt: boolean; forceNew?: boolean; needsEmail?: boolean },
): Promise<TrackerCredentials | undefined> {
  if (kind === "github") {
    // "repo" lets the token create issues in private repositories; asked for only here.
    const session = await vscode.authentication.getSession(
      "github",
      ["repo"],
      options.forceNew === true
        ? { forceNewSession: { detail: "Follow-Through needs to sign in again to create issues." } }
        : { createIfNone: options.prompt },
    );
    return session === undefined ? undefined : { token: session.accessToken };
  }
  const stored = await context.secrets.get(SECRET_PREFIX + kind);
  const credentials = stored === undefined ? undefined : (JSON.parse(stored) as TrackerCredentials);
  // A Data Center token stored without an email cannot sign in to Jira Cloud: ask again.
  const usable =
    credentials !== undefined && !(options.needsEmail === true && (credentials.email ?? "") === "");
  if (usable && options.forceNew !== true) {
    return credentials;
  }
  return options.prompt
    ? askAndStore(context, kind, options.needsEmail ?? kind === "jira")
    : undefined;
}

/**
 * Every tracker's credentials VS Code already holds, without asking: the GitHub session only if one
 * exists (silent, so no sign-in badge appears), the others from SecretStorage.
 */
export async function storedCredentials(
  context: vscode.ExtensionContext,
): Promise<Partial<Record<TrackerKindName, TrackerCredentials>>> {
  const found: Partial<Record<TrackerKindName, TrackerCredentials>> = {};
  const session = await Promise.resolve(
    vscode.authentication.getSession("github", ["repo"], { silent: true }),
  ).catch(() => undefined);
  if (session !== undefined) found.github = { token: session.accessToken };
  for (const kind of ["jira", "linear", "gitlab"] as const) {
    const stored = await context.secrets.get(SECRET_PREFIX + kind);
    if (stored !== undefined) found[kind] = JSON.parse(stored) as TrackerCredentials;
  }
  return found;
}

async function askAndStore(
  context: vscode.ExtensionContext,
  kind: Exclude<TrackerKindName, "github">,
  needsEmail: boolean,
): Promise<TrackerCredentials | undefined> {
  let email: string | undefined;
  if (kind === "jira" && needsEmail) {
    email = await vscode.window.showInputBox({
      title: "Follow-Through: Jira account email",
      prompt: "The email of the Atlassian account the API token belongs to",
      ignoreFocusOut: true,
      validateInput: (value) => (/^\S+@\S+$/.test(value) ? undefined : "An email address"),
    });
    if (email === undefined) return undefined;
  }
  const label =
    kind === "jira" && !needsEmail
      ? {
          token: "Jira Data Center personal access token (Profile → Personal Access Tokens)",
          placeholder: "",
        }
      : LABELS[kind];
  const token = await vscode.window.showInputBox({
    title: `Follow-Through: ${label.token}`,
    placeHolder: label.placeholder,
    password: true,
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === "" ? "Paste the token" : undefined),
  });
  if (token === undefined) return undefined;
  const credentials: TrackerCredentials = { token: token.trim(), email };
  await context.secrets.store(SECRET_PREFIX + kind, JSON.stringify(credentials));
  return credentials;
}

/** "Follow-Through: Set Tracker Token": store (or replace, or remove) a Jira, Linear or GitLab token. */
export function setTrackerToken(context: vscode.ExtensionContext) {
  return async (): Promise<void> => {
    const picked = await vscode.window.showQuickPick(
      [
        {
          label: "Jira",
          tracker: "jira" as const,
          description: "Jira Cloud: email + API token",
          needsEmail: true,
        },
        {
          label: "Jira Data Center",
          tracker: "jira" as const,
          description: "Jira Data Center or Server: personal access token",
          needsEmail: false,
        },
        { label: "Linear", tracker: "linear" as const, description: "API key", needsEmail: false },
        {
          label: "GitLab",
          tracker: "gitlab" as const,
          description: "personal access token",
          needsEmail: false,
        },
        { label: "Remove a stored token…", tracker: undefined, needsEmail: false },
      ],
      {
        title: "Follow-Through: Set Tracker Token",
        placeHolder: "GitHub uses your VS Code GitHub account; no token needed",
      },
    );
    if (picked === undefined) return;
    if (picked.tracker === undefined) {
      const which = await vscode.window.showQuickPick(["jira", "linear", "gitlab"], {
        placeHolder: "Remove the stored token of…",
      });
      if (which !== undefined) {
        await context.secrets.delete(SECRET_PREFIX + which);
        void vscode.window.showInformationMessage(
          `Follow-Through: the ${which} token was removed.`,
        );
      }
      return;
    }
    if ((await askAndStore(context, picked.tracker, picked.needsEmail)) !== undefined) {
      void vscode.window.showInformationMessage(
        `Follow-Through: ${picked.label} token stored in VS Code's secret storage.`,
      );
    }
  };
}
