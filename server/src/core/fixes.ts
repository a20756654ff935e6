import type { Person } from "./config";
import { LineIndex } from "./parse/lineIndex";
import { DECISION_MAKER_ROLE, EVERYONE_WORDS, OWNER_COMMITMENTS } from "./parse/lexicon";
import type { ActionItem, FixData, InsertionPoint, Owner, Span } from "./types";

// What each fix writes, as plain text changes on offsets. The language server turns them into
// LSP edits; the fixture harness applies them and re-lints. One place decides the text.

export interface TextChange {
  start: number;
  end: number;
  newText: string;
}

export interface FixChoice {
  title: string;
  changes: TextChange[];
  isPreferred?: boolean;
  /** The text in `changes` a person overwrites (an editor with pickers asks for it instead). */
  placeholder?: string;
  /** How a picker lists the choice: "Priya Raman" / "the post-mortem's author". */
  label?: string;
  detail?: string;
}

export type FieldKind = "owner" | "deadline" | "status" | "tracker";

/** A placeholder a person overwrites; visible when rendered (unlike `<reason>`, which Markdown hides as HTML). */
export const REASON_PLACEHOLDER = "[reason]";
export const OWNER_PLACEHOLDER = "@owner";
export const DATE_PLACEHOLDER = "YYYY-MM-DD";

export interface FixContext {
  text: string;
  people: Person[];
  today: Date;
  /** Parses the document; only called for fixes that name action items by id. */
  actionItems(): ActionItem[];
  /** The text written for a deprioritisation reason; the editor leaves a placeholder to overwrite. */
  reason?: string;
  /** The post-mortem's author, offered as an owner when the roster does not list them. */
  author?: string;
  /** People who recently changed the post-mortem's folder (git log), offered after the roster. */
  recentAuthors?: string[];
}

const SUBFIELD_LABELS: Record<FieldKind, string> = {
  owner: "Owner",
  deadline: "Due",
  status: "Status",
  tracker: "Tracking",
};

export function eolOf(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

function inlineText(kind: FieldKind, value: string, position: "prefix" | "suffix"): string {
  switch (kind) {
    case "owner":
      return position === "prefix" ? `${value}: ` : ` (owner: ${value})`;
    case "deadline":
      return position === "prefix" ? `(due: ${value}) ` : ` (due: ${value})`;
    case "status":
      return position === "prefix" ? `Deprioritized — ${value}: ` : ` — deprioritized: ${value}`;
    case "tracker":
      return position === "prefix" ? `(${value}) ` : ` (${value})`;
  }
}

/** One change writing `value` as the `kind` field at `at`, in the item's own convention. */
export function fieldChange(
  text: string,
  at: InsertionPoint,
  kind: FieldKind,
  value: string,
): TextChange {
  switch (at.kind) {
    case "prefix":
    case "suffix":
      return { start: at.offset, end: at.offset, newText: inlineText(kind, value, at.kind) };
    case "cell":
      return {
        start: at.span.start,
        end: at.span.end,
        newText: kind === "status" ? ` Deprioritized: ${value} ` : ` ${value} `,
      };
    case "subfield": {
      const eol = eolOf(text);
      const line = `${at.indent}${at.bullet} ${SUBFIELD_LABELS[kind]}: ${kind === "status" ? `deprioritized — ${value}` : value}`;
      // The offset may be the start of the line after the item or the end of the item's last line.
      const atLineStart = at.offset === 0 || text[at.offset - 1] === "\n";
      return {
        start: at.offset,
        end: at.offset,
        newText: atLineStart ? `${line}${eol}` : `${eol}${line}`,
      };
    }
  }
}

/** Offset of the first line after the front matter (0 when there is none). */
export function afterFrontMatter(text: string): number {
  const opening = /^---[ \t]*\r?\n/.exec(text);
  if (opening === null) {
    return 0;
  }
  const match = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m.exec(text.slice(opening[0].length));
  return match === null ? 0 : opening[0].length + match.index + match[0].length;
}

const BLOCK_START = /^\s{0,3}(?:[-*+]\s|\d{1,9}[.)]\s|#{1,6}(?:\s|$)|>|\||```|~~~|<!--)/;

/**
 * "Disable RULE for this line": a `disable-next-line` comment on its own line above, with the line's
 * indentation; for a table row or a line inside a paragraph (where a comment line would split the
 * block) a `disable-line` comment at the end of the line instead.
 */
export function disableLineChange(text: string, line: number, rule: string): TextChange {
  const lines = new LineIndex(text);
  const lineText = lines.lineText(line);
  const previousLine = line > 0 ? lines.lineText(line - 1) : "";
  const isTableRow = /^\s*\|/.test(lineText);
  const isParagraphContinuation =
    previousLine.trim() !== "" &&
    !BLOCK_START.test(lineText) &&
    !/^\s*(?:```|~~~)/.test(previousLine);
  if (isTableRow || isParagraphContinuation) {
    const end = lines.lineEnd(line);
    return { start: end, end, newText: ` <!-- follow-through-disable-line ${rule} -->` };
  }
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? "";
  const start = lines.lineStart(line);
  return {
    start,
    end: start,
    newText: `${indent}<!-- follow-through-disable-next-line ${rule} -->${eolOf(text)}`,
  };
}

/** "Disable RULE for this file": a `disable-file` comment (it also covers the front matter) at the top, after the front matter. */
export function disableFileChange(text: string, rule: string): TextChange {
  const offset = afterFrontMatter(text);
  const eol = eolOf(text);
  const needsLeadingEol = offset > 0 && offset === text.length && !text.endsWith("\n");
  return {
    start: offset,
    end: offset,
    newText: `${needsLeadingEol ? eol : ""}<!-- follow-through-disable-file ${rule} -->${eol}`,
  };
}

export interface DeadlineChoice {
  label: string;
  /** YYYY-MM-DD. */
  date: string;
}

function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

/**
 * End of this week (the coming Friday, today on a Friday), end of next week, end of this month, counted
 * from the user's own calendar day: a deadline counted from an old post-mortem's date would already be past.
 */
export function deadlineChoices(today: Date): DeadlineChoice[] {
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const thisFriday = new Date(
    day.getFullYear(),
    day.getMonth(),
    day.getDate() + ((5 - day.getDay() + 7) % 7),
  );
  const nextFriday = new Date(
    thisFriday.getFullYear(),
    thisFriday.getMonth(),
    thisFriday.getDate() + 7,
  );
  const endOfMonth = new Date(day.getFullYear(), day.getMonth() + 1, 0);
  const choices: DeadlineChoice[] = [
    { label: "end of this week", date: localIsoDate(thisFriday) },
    { label: "end of next week", date: localIsoDate(nextFriday) },
    { label: "end of month", date: localIsoDate(endOfMonth) },
  ];
  // Near the end of a month two choices can fall on the same day; offer it once.
  return choices.filter(
    (choice, index) => choices.findIndex((kept) => kept.date === choice.date) === index,
  );
}

/** "Review" -> "Lower", "review" -> "lower". */
function matchCase(written: string, suggestion: string): string {
  const first = written.charAt(0);
  if (first !== "" && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
  }
  return suggestion;
}

interface OwnerCandidate {
  name: string;
  /** Said in the quick fix's title: where a name not on the roster comes from. */
  source?: string;
  /** Said only in a picker: why the name ranks where it does. */
  detail?: string;
}

/**
 * The people an owner fix offers, likeliest first: for a systemic action the roster's leaders; the
 * post-mortem's author; people who already own actions in it, most first; the rest of the roster;
 * recent authors of the folder.
 */
function ownerCandidates(ctx: FixContext, decisionMaker = false): OwnerCandidate[] {
  const candidates: OwnerCandidate[] = [];
  const rostered = (name: string): boolean =>
    ctx.people.some((person) => person.name.toLowerCase() === name.toLowerCase());
  const add = (candidate: OwnerCandidate): void => {
    if (
      candidate.name.trim() !== "" &&
      !candidates.some((known) => known.name.toLowerCase() === candidate.name.toLowerCase())
    ) {
      candidates.push(candidate);
    }
  };
  if (decisionMaker) {
    ctx.people
      .filter(isLeader)
      .forEach((person) => add({ name: person.name, detail: person.role }));
  }
  if (ctx.author !== undefined) {
    const why = "the post-mortem's author";
    add({ name: ctx.author, source: rostered(ctx.author) ? undefined : why, detail: why });
  }
  for (const [name, count] of coOwners(ctx, decisionMaker)) {
    const why = `owns ${count} action${count === 1 ? "" : "s"} here`;
    add({ name, source: rostered(name) ? undefined : why, detail: why });
  }
  ctx.people.forEach((person) => add({ name: person.name, detail: person.role }));
  for (const name of ctx.recentAuthors ?? []) {
    add({ name, source: "recently edited this folder", detail: "recently edited this folder" });
  }
  return candidates;
}

/** Written like a person's name ("Mei Lin", "Tomás"), not a handle or a role ("alice", "On-call engineer"). */
const PERSON_NAME = /^\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,3}$/u;

/** People who own actions in the post-mortem, with how many, most first; leaders only when one is needed. */
function coOwners(ctx: FixContext, decisionMaker: boolean): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of ctx.actionItems()) {
    for (const owner of item.owners) {
      if (
        !owner.isGroup &&
        PERSON_NAME.test(owner.name) &&
        (!decisionMaker || owner.isDecisionMaker)
      ) {
        counts.set(owner.name, (counts.get(owner.name) ?? 0) + 1);
      }
    }
  }
  // Map keeps first appearance order; a stable sort keeps it among equals.
  return [...counts].sort((a, b) => b[1] - a[1]);
}

function isLeader(person: Person): boolean {
  return person.role !== undefined && DECISION_MAKER_ROLE.test(person.role);
}

/** The group an item names as its owner ("Payments team: …", "SRE to …"), when it names no person. */
function groupOwnerOf(item: ActionItem | undefined): (Owner & { span: Span }) | undefined {
  const first = item?.owners[0];
  if (
    item === undefined ||
    first?.span === undefined ||
    !item.owners.every((owner) => owner.isGroup)
  ) {
    return undefined;
  }
  return { ...first, span: first.span };
}

/**
 * A person for a group owner: before a colon or in an Owner cell the group stays as where the person
 * sits ("Kwame Mensah (Payments team): …"); elsewhere the name takes the group's place ("Mei Lin should …",
 * "(owner: Mei Lin)", "[Mei Lin]"), where "Name (Group)" would not read as one owner. Undefined when the
 * group's name is not in its span (the fix then inserts as for a missing owner).
 */
export function ownerForGroupChange(
  text: string,
  group: Owner & { span: Span },
  name: string,
): TextChange | undefined {
  const written = text.slice(group.span.start, group.span.end);
  const at = written.toLowerCase().indexOf(group.name.toLowerCase());
  if (at === -1) {
    return undefined;
  }
  const start = group.span.start + at;
  const end = start + group.name.length;
  const keepGroup = group.source === "cell" || /^\s*:/.test(text.slice(end, group.span.end + 1));
  return { start, end, newText: keepGroup ? `${name} (${text.slice(start, end)})` : name };
}

// The subjects that mean everyone, as the parser reads them (EVERYONE_WORDS in parse/lexicon/groups.ts),
// before the commitment a name can take over (OWNER_COMMITMENTS): "We will add …" -> "Mei Lin will add …".
const EVERYONE_SUBJECT = new RegExp(
  String.raw`^(?:${EVERYONE_WORDS})(?=\s+(?:${OWNER_COMMITMENTS})\b)`,
  "i",
);

/** A person in place of a subject that means everyone, which the parser reads as no owner. */
function ownerForEveryoneChange(
  text: string,
  item: ActionItem,
  name: string,
): TextChange | undefined {
  if (item.subjectIsEveryone !== true) {
    return undefined;
  }
  const subject = EVERYONE_SUBJECT.exec(text.slice(item.textSpan.start, item.textSpan.end));
  return subject === null
    ? undefined
    : { start: item.textSpan.start, end: item.textSpan.start + subject[0].length, newText: name };
}

/** The choices a finding's fix offers, preferred first where one is clearly right. */
export function fixChoices(fix: FixData, ctx: FixContext, actionId?: string): FixChoice[] {
  const { text } = ctx;
  const reason = ctx.reason ?? REASON_PLACEHOLDER;
  switch (fix.kind) {
    case "insertOwner": {
      const item =
        actionId === undefined
          ? undefined
          : ctx.actionItems().find((candidate) => candidate.id === actionId);
      const group = groupOwnerOf(item);
      const write = (name: string): TextChange =>
        (group === undefined ? undefined : ownerForGroupChange(text, group, name)) ??
        (item === undefined ? undefined : ownerForEveryoneChange(text, item, name)) ??
        fieldChange(text, fix.at, "owner", name);
      const choices: FixChoice[] = ownerCandidates(ctx, fix.decisionMaker === true).map(
        (candidate, index) => ({
          title:
            candidate.source === undefined
              ? `Assign to ${candidate.name}`
              : `Assign to ${candidate.name} (${candidate.source})`,
          label: candidate.name,
          detail: candidate.detail,
          changes: [write(candidate.name)],
          isPreferred: index === 0,
        }),
      );
      choices.push({
        title: "Assign owner…",
        changes: [write(OWNER_PLACEHOLDER)],
        placeholder: OWNER_PLACEHOLDER,
      });
      return choices;
    }
    case "replaceVerb": {
      const written = text.slice(fix.span.start, fix.span.end);
      const verb = fix.verb !== "" ? fix.verb : written;
      const choices: FixChoice[] = fix.suggestions.map((suggestion) => ({
        title: `Replace '${verb}' with '${suggestion}'`,
        changes: [
          { start: fix.span.start, end: fix.span.end, newText: matchCase(written, suggestion) },
        ],
      }));
      const decision = decisionChoice(fix.span, written, ctx, actionId);
      return decision === undefined ? choices : [...choices, decision];
    }
    case "insertDeadline": {
      const choices: FixChoice[] = deadlineChoices(ctx.today).map((choice, index) => ({
        title: `Add deadline: ${choice.label} (${choice.date})`,
        label: choice.label,
        detail: choice.date,
        changes: [fieldChange(text, fix.at, "deadline", choice.date)],
        isPreferred: index === 0,
      }));
      choices.push({
        title: "Add deadline…",
        changes: [fieldChange(text, fix.at, "deadline", DATE_PLACEHOLDER)],
        placeholder: DATE_PLACEHOLDER,
      });
      return choices;
    }
    case "markDeprioritized":
      return [
        {
          title: "Deprioritize with reason…",
          changes: [fieldChange(text, fix.at, "status", reason)],
        },
      ];
    case "deprioritizeOpenActions": {
      const wanted = new Set(fix.actionIds);
      const changes = ctx
        .actionItems()
        .filter(
          (item) =>
            wanted.has(item.id) && item.status.state === "open" && item.insert.status !== undefined,
        )
        .map((item) => fieldChange(text, item.insert.status!, "status", reason));
      if (changes.length === 0) {
        return [];
      }
      const title =
        changes.length === 1
          ? "Deprioritize the open action with reason…"
          : `Deprioritize the ${changes.length} open actions with reason…`;
      return [{ title, changes }];
    }
    case "pushToTracker":
    case "none":
      // "Push to tracker" arrives with the tracker commands in the client.
      return [];
  }
}

/**
 * "Turn into a decision": when the review is the point, the deliverable is its decision, by a date.
 * "Review alerting thresholds" becomes "Decide on alerting thresholds (due: …)".
 */
function decisionChoice(
  span: { start: number; end: number },
  written: string,
  ctx: FixContext,
  actionId: string | undefined,
): FixChoice | undefined {
  const item =
    actionId === undefined
      ? undefined
      : ctx.actionItems().find((candidate) => candidate.id === actionId);
  if (item === undefined) {
    return undefined;
  }
  const next = /^\s*(\w+)/.exec(ctx.text.slice(span.end))?.[1]?.toLowerCase() ?? "";
  const decide = /^(?:whether|if|how|what|which|who|when|on|between)$/.test(next)
    ? "decide"
    : "decide on";
  const changes: TextChange[] = [
    { start: span.start, end: span.end, newText: matchCase(written, decide) },
  ];
  let title = "Turn into a decision";
  if (item.deadline === undefined) {
    const by = deadlineChoices(ctx.today)[1] ?? deadlineChoices(ctx.today)[0];
    changes.push(fieldChange(ctx.text, item.insert.deadline, "deadline", by.date));
    title = `Turn into a decision: ${decide} … by ${by.date}`;
  }
  return { title, changes };
}

/** Applies non-overlapping changes to a text (any order). */
export function applyChanges(text: string, changes: TextChange[]): string {
  let out = text;
  for (const change of [...changes].sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, change.start) + change.newText + out.slice(change.end);
  }
  return out;
}
