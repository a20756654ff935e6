import { isMap, isScalar, parseDocument, type Pair, type Node as YamlNode } from "yaml";
import type { FrontMatter, ParseProblem } from "../types";
import { parseDocumentDate } from "./dates";
import { readSimpleYaml, type SimpleYaml } from "./simpleYaml";

const STATUS_KEY = /^(?:status|state|postmortem[_-]?status|pm[_-]?status|review[_-]?status)$/i;

type Status = FrontMatter["status"];

function fromSimple(
  simple: SimpleYaml,
  yamlStart: number,
): { data: Record<string, unknown>; status: Status } {
  let status: Status;
  for (const [key, value] of Object.entries(simple.data)) {
    const span = simple.spans.get(key);
    const text = scalarText(value);
    if (STATUS_KEY.test(key) && span !== undefined && text !== undefined) {
      status = {
        value: text,
        span: { start: yamlStart + span.start, end: yamlStart + span.end },
      };
    }
  }
  return { data: simple.data, status };
}

function readFullYaml(
  yamlText: string,
  yamlStart: number,
  problems: ParseProblem[],
): { data: Record<string, unknown>; status: Status } {
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    problems.push({
      message: `Front matter is not valid YAML: ${error.message.split("\n")[0]}`,
      span: { start: yamlStart + error.pos[0], end: yamlStart + error.pos[1] },
    });
  }
  let data: Record<string, unknown> = {};
  try {
    const json = doc.toJS({ maxAliasCount: 50 }) as unknown;
    if (json !== null && typeof json === "object" && !Array.isArray(json)) {
      data = json as Record<string, unknown>;
    }
  } catch (error) {
    // Keep the empty data. Invalid YAML was reported above; an alias bomb parses cleanly and only
    // fails here, so it needs its own word.
    if (doc.errors.length === 0) {
      problems.push({
        message: `Front matter could not be read, so its keys are ignored: ${(error as Error).message}`,
        span: { start: yamlStart, end: yamlStart + yamlText.length },
      });
    }
  }
  let status: Status;
  const root = doc.contents;
  if (isMap(root)) {
    for (const pair of root.items as Pair<YamlNode, YamlNode>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (
        STATUS_KEY.test(key) &&
        isScalar(pair.value) &&
        pair.value.range !== undefined &&
        pair.value.range !== null
      ) {
        status = {
          value: String(pair.value.value),
          span: {
            start: yamlStart + pair.key.range![0],
            end: yamlStart + pair.value.range[1],
          },
        };
      }
    }
  }
  return { data, status };
}

const OPEN = /^(?:\uFEFF)?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** Splits YAML front matter off the top of a document. Never throws: bad YAML is a problem, not a crash. */
export function readFrontMatter(text: string): {
  frontMatter?: FrontMatter;
  bodyStart: number;
  problems: ParseProblem[];
} {
  const open = OPEN.exec(text);
  if (open === null) {
    return { bodyStart: 0, problems: [] };
  }
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (close === null) {
    // "---" then "status: closed" and no closing line: say so, or the keys are ignored without a word.
    const looksLikeYaml = /^[A-Za-z_][\w-]*:(?:\s|$)/.test(rest.split(/\r?\n/, 1)[0] ?? "");
    const problems: ParseProblem[] = looksLikeYaml
      ? [
          {
            message:
              "Front matter is not closed: add a line with --- after its last key; until then its keys (status, date …) are ignored.",
            span: { start: 0, end: open[0].trimEnd().length },
          },
        ]
      : [];
    return { bodyStart: 0, problems };
  }
  const yamlStart = open[0].length;
  const yamlText = rest.slice(0, close.index);
  const lineEnd = text.indexOf("\n", yamlStart + close.index);
  const bodyStart = lineEnd === -1 ? text.length : lineEnd + 1;
  const span = { start: 0, end: yamlStart + close.index + close[0].length };
  const problems: ParseProblem[] = [];
  const simple = readSimpleYaml(yamlText);
  const { data, status } =
    simple === undefined
      ? readFullYaml(yamlText, yamlStart, problems)
      : fromSimple(simple, yamlStart);
  const frontMatter: FrontMatter = { data, span, owners: [], services: [], status };
  // Keys lower-cased once; the first entry whose key is one of the names wins, in document order.
  const entries = Object.entries(data).map(([key, value]) => [key.toLowerCase(), value] as const);
  const get = (...keys: string[]): unknown => entries.find(([key]) => keys.includes(key))?.[1];
  frontMatter.date = parseDocumentDate(
    get(
      "date",
      "incident_date",
      "incident-date",
      "incidentdate",
      "occurred",
      "date_of_incident",
      "created",
      "published",
    ),
  );
  const title = get("title", "name", "incident");
  frontMatter.title = typeof title === "string" ? title : undefined;
  frontMatter.owners = stringList(
    get(
      "owners",
      "owner",
      "authors",
      "author",
      "participants",
      "incident_commander",
      "facilitator",
    ),
  );
  frontMatter.services = stringList(
    get("services", "service", "components", "component", "systems", "affected_services"),
  );
  frontMatter.tracker = get("tracker");
  const severity = get("severity", "sev", "priority", "level");
  frontMatter.severity = scalarText(severity);
  return { frontMatter, bodyStart, problems };
}

/** A scalar's text; a mapping, a list or null has none (it would read "[object Object]" or "null"). */
function scalarText(value: unknown): string | undefined {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : undefined;
}

function stringList(value: unknown): string[] {
  if (typeof value === "string") {
    return value.split(/\s*,\s*/).filter(Boolean);
  }
  if (Array.isArray(value)) {
    const names: string[] = [];
    for (const entry of value) {
      if (typeof entry === "string") {
        names.push(entry);
      } else if (typeof entry === "object" && entry !== null && "name" in entry) {
        names.push(String((entry as { name: unknown }).name));
      }
    }
    return names;
  }
  return [];
}
