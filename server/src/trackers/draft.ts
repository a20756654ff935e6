// What a pushed issue says: the action as its title; owner, deadline, a link back to the post-mortem
// and the incident summary in its body; and the marker that makes every push idempotent.
import type { Person } from "../core/config";
import { OUTCOME_VERBS, PROCESS_VERBS } from "../core/parse/lexicon";
import { stableHash } from "../core/parse/markdownText";
import type { ActionItem, PostMortem } from "../core/types";
import { DEFAULT_TRACKER_LABEL } from "./settings";
import type { IssueDraft, TrackerKind } from "./types";

export interface DraftContext {
  doc: PostMortem;
  /** The post-mortem's path inside its repository (forward slashes). */
  relativePath: string;
  permalink?: string;
  people: Person[];
  label?: string;
}

const SUMMARY_HEADING =
  /^(?:(?:incident |executive )?summary|overview|tl;?dr|what happened|description|abstract)\b/i;
const MAX_SUMMARY_CHARS = 600;
const MAX_TITLE_CHARS = 200;

/**
 * The token searched for before every create. An explicit `<!-- ft:ID -->` marker is used as written
 * (the author promises it is unique); otherwise the core's id (a hash of the action text) is qualified
 * by the document's path so two post-mortems with the same action stay two issues.
 */
export function markerFor(item: ActionItem, relativePath: string): string {
  return item.explicitId !== undefined
    ? `ft-${item.explicitId}`
    : `ft-${stableHash(relativePath)}-${item.id}`;
}

export function draftFor(item: ActionItem, kind: TrackerKind, ctx: DraftContext): IssueDraft {
  const marker = markerFor(item, ctx.relativePath);
  const owner = item.owners.find((candidate) => !candidate.isGroup) ?? item.owners[0];
  const person = owner === undefined ? undefined : findPerson(ctx.people, owner.name);
  const dueDate =
    item.deadline?.date === undefined ? undefined : item.deadline.date.toISOString().slice(0, 10);
  const title = ctx.doc.title ?? ctx.doc.frontMatter?.title ?? ctx.relativePath;
  const link =
    ctx.permalink === undefined
      ? `\`${ctx.relativePath}\``
      : `[${title}](${ctx.permalink}) (\`${ctx.relativePath}\`)`;
  const lines = [
    `**Owner:** ${owner === undefined ? "not named in the post-mortem" : owner.name}`,
    `**Due:** ${item.deadline === undefined ? "no deadline in the post-mortem" : dueDate !== undefined && dueDate !== item.deadline.text ? `${dueDate} (${item.deadline.text})` : item.deadline.text}`,
    `**Post-mortem:** ${link}`,
  ];
  const summary = incidentSummary(ctx.doc);
  const body = [
    lines.join("\n"),
    ...(summary === undefined ? [] : [`**Incident summary:** ${summary}`]),
    `Follow-Through action id: ${marker} (keep this line: it stops duplicate issues)`,
  ].join("\n\n");
  return {
    title: truncate(sentenceCase(item.text.trim() || item.raw.trim()), MAX_TITLE_CHARS),
    body,
    marker,
    labels: [ctx.label ?? DEFAULT_TRACKER_LABEL],
    assignee: person === undefined ? undefined : accountFor(person, kind),
    dueDate: kind === "github" ? undefined : dueDate,
  };
}

/**
 * "add a pool alert" becomes "Add a pool alert": an issue title reads as a sentence. Only a leading verb
 * is capitalised, so a title that starts with a name written in lower case ("kubectl …", "npm …") keeps it.
 */
export function sentenceCase(title: string): string {
  const first = /^[a-z]+/.exec(title)?.[0];
  if (first === undefined || !(OUTCOME_VERBS.has(first) || PROCESS_VERBS.has(first))) {
    return title;
  }
  return title[0].toUpperCase() + title.slice(1);
}

export function findPerson(people: Person[], name: string): Person | undefined {
  const wanted = name.replace(/^@/, "").toLowerCase();
  return people.find(
    (person) =>
      person.name.toLowerCase() === wanted ||
      person.aliases.some((alias) => alias.replace(/^@/, "").toLowerCase() === wanted) ||
      person.github?.toLowerCase() === wanted,
  );
}

function accountFor(person: Person, kind: TrackerKind): string | undefined {
  switch (kind) {
    case "github":
      return person.github;
    case "jira":
      return person.jira;
    case "linear":
      return person.linear;
    case "gitlab":
      return person.gitlab;
  }
}

/** The first paragraph under a Summary-like heading, or the document's first paragraph. */
export function incidentSummary(doc: PostMortem): string | undefined {
  const text = doc.text;
  const heading = doc.sections.find((section) =>
    SUMMARY_HEADING.test(section.title.replace(/^#+\s*/, "").trim()),
  );
  const start = heading?.span.end ?? doc.frontMatter?.span.end ?? 0;
  const rest = text.slice(start);
  const paragraph = rest
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .find((block) => block !== "" && !/^(?:#|---|\||<!--|[-*+] |\d+[.)] )/.test(block));
  if (paragraph === undefined) return undefined;
  return truncate(paragraph.replace(/\s*\r?\n\s*/g, " "), MAX_SUMMARY_CHARS);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
