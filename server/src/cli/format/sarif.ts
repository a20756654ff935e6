import { createHash } from "crypto";
import * as path from "path";
import { pathToFileURL } from "url";
import type * as Sarif from "sarif";
import { ruleDocsUrl, ruleList } from "../../core/rules";
import type { Rule } from "../../core/rules/types";
import type { Finding, Severity } from "../../core/types";
import type { FileReport, RunProblem } from "../report";
import { indent, ITEM_SEPARATOR, type ReportWriter } from "./stream";

export interface SarifOptions {
  version: string;
  informationUri: string;
}

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const SOURCE_ROOT = "%SRCROOT%";
/** Bump when the fingerprint recipe changes, so code scanning does not match old alerts to new ones. */
const FINGERPRINT_KEY = "followThroughFinding/v1";

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: "error",
  warning: "warning",
  info: "note",
  hint: "note",
};

/** GitHub code scanning sorts non-security alerts by this property. */
const PROBLEM_SEVERITY: Record<Severity, string> = {
  error: "error",
  warning: "warning",
  info: "recommendation",
  hint: "recommendation",
};

const ELEMENT_SENTENCE: Record<NonNullable<Rule["element"]>, string> = {
  owner: "A strong action item names one accountable owner.",
  verb: "A strong action item starts with a verb whose result can be verified.",
  outcome: "A strong action item states a specific outcome, so anyone can tell when it is done.",
  tracker: "A strong action item lives in the team's real task tracker.",
  deadline: "A strong action item has a deadline.",
};

/** The rules' metadata for `tool.driver.rules`, in registry order: a result's ruleIndex points here. */
function ruleDescriptors(rules: readonly Rule[]): Sarif.ReportingDescriptor[] {
  return rules.map((rule) => {
    const description = rule.description;
    const severity = rule.defaultSeverity;
    const sentence = rule.element !== undefined ? ` ${ELEMENT_SENTENCE[rule.element]}` : "";
    const helpUri = ruleDocsUrl(rule.id);
    return {
      id: rule.id,
      name: pascalCase(rule.id),
      shortDescription: { text: description },
      fullDescription: { text: `${description}.${sentence}` },
      help: {
        text: `${description}. See ${helpUri}`,
        markdown: `${description}. See [${rule.id}](${helpUri}).`,
      },
      helpUri,
      defaultConfiguration: { level: LEVEL[severity] },
      properties: {
        tags: [
          "post-mortem",
          "action-items",
          ...(rule.element !== undefined ? [rule.element] : []),
        ],
        precision: "medium",
        "problem.severity": PROBLEM_SEVERITY[severity],
      },
    };
  });
}

/** Position of each rule id in `tool.driver.rules`. */
const ruleIndexById = new Map(ruleList.map((rule, index) => [rule.id, index]));

/** Results sit in runs[0].results of the log, eight spaces deep in its two-space layout. */
const RESULT_INDENT = 8;

/** One file's SARIF results, as they sit in the log's results array, separated by commas. */
export function sarifFileResults(file: FileReport, cwd: string): string {
  const artifactLocation = artifactLocationFor(file.file, cwd);
  const occurrences = new Map<string, number>();
  const results: string[] = [];
  for (const finding of file.findings) {
    const basis = fingerprintBasis(finding, file, artifactLocation.uri ?? file.path);
    // Two identical items in one file would otherwise share a fingerprint and collapse into one alert.
    const seen = occurrences.get(basis) ?? 0;
    occurrences.set(basis, seen + 1);
    const result: Sarif.Result = {
      ruleId: finding.rule,
      ruleIndex: ruleIndexById.get(finding.rule),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation,
            region: {
              startLine: finding.range.start.line + 1,
              startColumn: finding.range.start.character + 1,
              endLine: finding.range.end.line + 1,
              endColumn: finding.range.end.character + 1,
            },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: `${sha256(basis).slice(0, 32)}:${seen + 1}` },
    };
    results.push(indent(JSON.stringify(result, null, 2), RESULT_INDENT));
  }
  return results.join(ITEM_SEPARATOR);
}

/** Stands in for the results array while the envelope around it is laid out. */
const RESULTS_PLACEHOLDER = "\u0000results\u0000";

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it (upload with github/codeql-action/upload-sarif),
 * with the results streamed: the envelope and the rules are known before the first file, the
 * invocation (whether the run was complete, the files it could not read) only after the last, so
 * it follows the results.
 */
export function sarifWriter(options: SarifOptions & { cwd: string }): ReportWriter {
  const envelope = (invocations: Sarif.Invocation[] | undefined): string => {
    const run = {
      tool: {
        driver: {
          name: "follow-through",
          version: options.version,
          semanticVersion: options.version,
          informationUri: options.informationUri,
          rules: ruleDescriptors(ruleList),
        },
      },
      originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(options.cwd) } },
      columnKind: "utf16CodeUnits",
      results: RESULTS_PLACEHOLDER,
      invocations,
    };
    return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] }, null, 2)}\n`;
  };
  const placeholder = JSON.stringify(RESULTS_PLACEHOLDER);
  let empty = true;
  return {
    start: () => {
      const text = envelope(undefined);
      return `${text.slice(0, text.indexOf(placeholder))}[`;
    },
    before: () => {
      const separator = empty ? "\n" : ITEM_SEPARATOR;
      empty = false;
      return separator;
    },
    finish: (end) => {
      const text = envelope([
        {
          executionSuccessful: !end.incomplete,
          toolExecutionNotifications: end.problems.map((problem) =>
            notification(problem, options.cwd),
          ),
        },
      ]);
      const close = empty ? "]" : `\n${" ".repeat(RESULT_INDENT - 2)}]`;
      return close + text.slice(text.indexOf(placeholder) + placeholder.length);
    },
  };
}

/**
 * What identifies a finding across edits: the rule, the file and the action's words. Line numbers are
 * left out on purpose, so adding a paragraph above an item does not reopen its alert.
 */
function fingerprintBasis(finding: Finding, file: FileReport, uri: string): string {
  let subject: string;
  const item =
    finding.actionId === undefined
      ? undefined
      : file.doc.actions.find((action) => action.id === finding.actionId);
  if (item?.explicitId !== undefined) {
    subject = `id:${item.explicitId}`;
  } else if (item !== undefined) {
    subject = normaliseText(item.text);
  } else {
    subject = normaliseText(file.doc.text.slice(finding.span.start, finding.span.end));
  }
  return `${finding.rule}\u0000${uri}\u0000${subject}`;
}

export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function artifactLocationFor(file: string, cwd: string): Sarif.ArtifactLocation {
  const relative = path.relative(cwd, file);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) {
    // Outside the source root a relative URI would climb out of the repository; name the file absolutely.
    return { uri: pathToFileURL(file).href };
  }
  return {
    uri: relative.split(path.sep).map(encodeURIComponent).join("/"),
    uriBaseId: SOURCE_ROOT,
  };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}

function notification(problem: RunProblem, cwd: string): Sarif.Notification {
  const location: Sarif.Location = {
    physicalLocation: {
      artifactLocation: artifactLocationFor(path.resolve(cwd, problem.file), cwd),
      ...(problem.line !== undefined
        ? { region: { startLine: problem.line, startColumn: problem.column ?? 1 } }
        : {}),
    },
  };
  return { level: problem.level, message: { text: problem.message }, locations: [location] };
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== "")
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join("");
}
