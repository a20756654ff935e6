// `follow-through push FILE`: creates a tracker issue for each open action item without a tracker
// link and writes the link back into the file, in the item's own convention, with the same core
// text change the editor applies. Tokens come from environment variables (for CI).
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { applyChanges } from "../core/fixes";
import { lint } from "../core/lint";
import type { ActionItem } from "../core/types";
import {
  createTracker,
  draftFor,
  linkChange,
  pushDraft,
  pushableItems,
  tokenEnvFor,
  trackerSettingsFor,
  TrackerError,
  TRACKER_KINDS,
  type TrackerKind,
} from "../trackers";
import { chooseTracker } from "../trackers/settings";
import { permalink, repoInfo, repoRelativePath } from "../trackers/repo";
import { ConfigResolver, formatConfigProblem } from "./configs";
import { describeParseArgsError } from "./options";
import { readSource } from "./read";
import type { CliIo } from "./io";

export const PUSH_HELP = `Usage: follow-through push FILE [--dry-run] [--tracker github|jira|linear|gitlab] [--action ID]

Creates a tracker issue for each open action item of the post-mortem FILE that has no tracker link,
and writes the issue's link back into FILE. Each issue carries the action's id, and the tracker is
searched for it before anything is created, so pushing twice never makes a second issue.

Options:
      --dry-run              Print what would be created; contact no tracker, change no file.
      --tracker <kind>       github, jira, linear or gitlab (default: tracker.use in .followthrough.yml,
                             or the one tracker configured, or the git remote's host).
      --action <ID>          Only this action (its id from \`follow-through actions --format json\`
                             or an explicit <!-- ft:ID --> marker). May be repeated.
  -c, --config <file>        Use this config file instead of the nearest .followthrough.yml.

Credentials (environment): GITHUB_TOKEN; JIRA_EMAIL and JIRA_API_TOKEN (Jira Data Center with
\`deployment: datacenter\`: JIRA_API_TOKEN alone, a personal access token); LINEAR_API_KEY; GITLAB_TOKEN.

Exit codes: 0 every action pushed (or already there), 2 usage error or a push failed.
`;

export async function runPush(io: CliIo): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: io.argv.slice(1),
      allowPositionals: true,
      strict: true,
      options: {
        "dry-run": { type: "boolean" },
        tracker: { type: "string" },
        action: { type: "string", multiple: true },
        config: { type: "string", short: "c" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return usage(
      io,
      describeParseArgsError(error, ["--dry-run", "--tracker", "--action", "--config", "--help"]),
    );
  }
  if (values.help === true) {
    io.stdout(PUSH_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    return usage(
      io,
      positionals.length === 0
        ? "push needs one post-mortem FILE"
        : `push takes one FILE; got ${positionals.length}`,
    );
  }
  const requested = values.tracker;
  if (requested !== undefined && !(TRACKER_KINDS as string[]).includes(requested)) {
    return usage(
      io,
      `--tracker must be one of ${TRACKER_KINDS.join(", ")}; got ${JSON.stringify(requested)}`,
    );
  }
  const file = path.resolve(io.cwd, positionals[0]);
  const shown = path.relative(io.cwd, file) || file;
  const source = readSource(file, 50 * 1024 * 1024);
  if (source.kind !== "text") {
    io.stderr(
      `follow-through: ${shown}: cannot read file${source.kind === "error" ? `: ${source.message}` : ` (${source.kind})`}\n`,
    );
    return 2;
  }
  const configs = new ConfigResolver(
    values.config === undefined ? undefined : path.resolve(io.cwd, values.config),
    (problems) => {
      for (const problem of problems)
        io.stderr(
          `${formatConfigProblem(problem, (name) => path.relative(io.cwd, name) || name)}\n`,
        );
    },
  );
  const config = configs.forFile(file);
  if (configs.metUnreadableConfig) {
    // Its tracker settings are unknown: pushing with the defaults could open issues in the wrong place.
    io.stderr(`follow-through: nothing pushed: the config could not be read\n`);
    return 2;
  }
  const lintText = (text: string) => lint(text, { config, fileName: file, today: io.now }).doc;
  const doc = lintText(source.text);

  let items: ActionItem[] = pushableItems(doc);
  const wanted = values.action ?? [];
  if (wanted.length > 0) {
    for (const id of wanted) {
      const item = doc.actions.find(
        (candidate) => candidate.id === id || candidate.explicitId === id,
      );
      if (item === undefined) {
        return usage(
          io,
          `no action with id ${JSON.stringify(id)} in ${shown}; \`follow-through actions --format json ${shown}\` lists the ids`,
        );
      }
      if (!items.includes(item)) {
        io.stdout(
          `${item.id}: not pushed: ${item.trackerRefs.length > 0 ? `already linked (${item.trackerRefs.map((ref) => ref.text).join(", ")})` : `it is ${item.status.state}`}\n`,
        );
      }
    }
    items = items.filter(
      (item) =>
        wanted.includes(item.id) ||
        (item.explicitId !== undefined && wanted.includes(item.explicitId)),
    );
  }
  if (items.length === 0) {
    io.stdout(`${shown}: no open action without a tracker link; nothing to push.\n`);
    return 0;
  }

  const repo = repoInfo(file);
  const relativePath = repoRelativePath(file, repo);
  const settingsProblems: string[] = [];
  const settings = trackerSettingsFor(config, doc, repo, settingsProblems);
  for (const problem of settingsProblems) io.stderr(`${shown}: ${problem}\n`);
  const kind = chooseTracker(settings, requested as TrackerKind | undefined);
  if (kind === undefined || settings[kind] === undefined) {
    io.stderr(
      `follow-through: no ${kind ?? ""}${kind === undefined ? "" : " "}tracker configured for ${shown}: add \`tracker:\` to .followthrough.yml, e.g.\n  tracker:\n    github: owner/repo\n    jira: { site: your-domain.atlassian.net, project: PAY }\n    linear: { team: ENG }\n    gitlab: { project: group/project }\n`,
    );
    return 2;
  }
  const context = {
    doc,
    relativePath,
    permalink: permalink(relativePath, repo),
    people: config.people,
    label: settings.label,
  };
  const drafts = items.map((item) => ({ item, draft: draftFor(item, kind, context) }));

  if (values["dry-run"] === true) {
    io.stdout(
      `Would push ${drafts.length} action${drafts.length === 1 ? "" : "s"} of ${shown} to ${kind} (${describeTarget(kind, settings)}); dry run, nothing sent:\n`,
    );
    for (const { item, draft } of drafts) {
      io.stdout(
        `\n- ${draft.title}\n  action id: ${item.id}   marker: ${draft.marker}\n  labels: ${draft.labels.join(", ")}${draft.assignee === undefined ? "" : `   assignee: ${draft.assignee}`}${draft.dueDate === undefined ? "" : `   due: ${draft.dueDate}`}\n`,
      );
      io.stdout(
        `${draft.body
          .split("\n")
          .map((line) => `    ${line}`)
          .join("\n")}\n`,
      );
    }
    return 0;
  }

  const env = tokenEnvFor(settings, kind);
  const token = io.env[env.token];
  const email = env.email === undefined ? undefined : io.env[env.email];
  if (
    token === undefined ||
    token === "" ||
    (env.email !== undefined && (email === undefined || email === ""))
  ) {
    io.stderr(
      `follow-through: set ${[env.email, env.token].filter((name) => name !== undefined).join(" and ")} to push to ${kind}.\n`,
    );
    return 2;
  }
  let tracker;
  try {
    tracker = createTracker(settings, kind, { token, email });
  } catch (error) {
    io.stderr(`follow-through: ${(error as Error).message}\n`);
    return 2;
  }

  const counts = { created: 0, existed: 0, failed: [] as string[] };
  for (const { item, draft } of drafts) {
    let result;
    try {
      result = await pushDraft(tracker, draft);
    } catch (error) {
      const failure =
        error instanceof TrackerError ? error : new TrackerError("bad-response", String(error));
      counts.failed.push(`${failure.short} on ${tracker.where}`);
      io.stderr(`${shown}: "${draft.title}": ${failure.message}\n`);
      if (failure.kind === "auth") break; // Every other item would fail the same way.
      continue;
    }
    counts[result.outcome]++;
    // Write back into the file as it is now (it may have been edited meanwhile), found by the action's id.
    const current = fs.readFileSync(file, "utf8");
    const change = linkChange(lintText(current), item.id, result.issue);
    const verb = result.outcome === "created" ? "created" : "already existed";
    if (change.kind === "change") {
      writeAtomically(file, applyChanges(current, [change.change]));
      io.stdout(
        `${shown}: ${verb} ${result.issue.key} ${result.issue.url} "${draft.title}"; linked in the file\n`,
      );
    } else {
      io.stdout(
        `${shown}: ${verb} ${result.issue.key} ${result.issue.url} "${draft.title}"; ${change.kind === "already-linked" ? "the item is already linked" : "the item is no longer in the file, link not written"}\n`,
      );
    }
  }
  io.stdout(`${summaryLine(counts)}\n`);
  return counts.failed.length > 0 ? 2 : 0;
}

/** "4 created, 1 already existed, 1 failed: 403 on project PAY". */
export function summaryLine(counts: {
  created: number;
  existed: number;
  failed: string[];
}): string {
  const parts = [`${counts.created} created`, `${counts.existed} already existed`];
  if (counts.failed.length > 0) {
    parts.push(`${counts.failed.length} failed: ${[...new Set(counts.failed)].join(", ")}`);
  }
  return parts.join(", ");
}

function describeTarget(
  kind: TrackerKind,
  settings: ReturnType<typeof trackerSettingsFor>,
): string {
  switch (kind) {
    case "github":
      return `${settings.github!.owner}/${settings.github!.repo}`;
    case "jira":
      return `project ${settings.jira!.project} on ${settings.jira!.site}${settings.jira!.deployment === "datacenter" ? " (Data Center)" : ""}`;
    case "linear":
      return `team ${settings.linear!.team}`;
    case "gitlab":
      return `project ${settings.gitlab!.project}`;
  }
}

/** Another process never sees half a file. */
function writeAtomically(file: string, text: string): void {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.follow-through-${process.pid}`,
  );
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

function usage(io: CliIo, message: string): number {
  io.stderr(`follow-through push: ${message}\nRun \`follow-through push --help\` for usage.\n`);
  return 2;
}
