// Fields an item writes inline ("Owner: Alice", "Due: 2026-03-01"), by what they hold. FIELD_KEYS joins
// them; a key that is not an owner, deadline, tracker, status or reason is read so its value is no action.
// With the misspellings of "assignee" and "owner" that come up most ("Assigne:", "Onwer:").
export const OWNER_FIELD_KEYS =
  "owners?|owner\\(s\\)|(?:action|proposed|suggested|tentative|interim) owner|owned by|assignees?|assigne|assign|asignee|assginee|onwer|ownr|assigned(?: to)?|dris?|who|responsible|poc|point of contact|point person|driver|accountable|lead|champion|steward|opr|team";

/** The owner keys that may open an item ("**Owner:** Alice - add …") or a bracket ("(owner: Alice)"). */
export const LEADING_OWNER_KEYS = "owners?|owner\\(s\\)|assignees?|dris?|assigned to|who|steward";

// A ticket tool's timebox fields ("Sprint: Payments 47", "Cycle: 58") say when the work is planned.
export const DEADLINE_FIELD_KEYS =
  "due(?: date)?|deadline|eta|target(?: date)?|by when|when|sprint|iteration|cycle|milestone";

export const TRACKER_FIELD_KEYS =
  "tickets?|bugs?|issues?|tracking|jira|tracker|links?|linked(?: issues?| tickets?)?|prs?|github|gitlab|linear";

export const STATUS_FIELD_KEYS = "status|state";

export const REASON_FIELD_KEYS = "reason|rationale|why|notes?";

// With the fields a ticket tool prints under an issue ("Reporter:", "Fix version:", "Resolution:").
const OTHER_FIELD_KEYS =
  "priority|type|severity|sev|category|area|estimate|effort|size|reporter|fix versions?|affects versions?|components?|labels?|epic(?: link)?|story points|resolution";

/** Keys whose value describes the action a heading names: "### Action Item #1: …" over "- Description: …". */
export const DESCRIPTION_FIELD_KEYS = "description|details|acceptance criteria|definition of done";

/** Table columns that say when a row's action is done ("| Success criteria |", "| Done when |"): a vague title is judged by them. */
export const CRITERIA_COLUMN =
  /^(?:(?:success|acceptance|exit|done|completion) criteria|definition of done|done when|success (?:measures?|metrics?)|measures? of success)$/;

export const FIELD_KEYS = [
  OWNER_FIELD_KEYS,
  DEADLINE_FIELD_KEYS,
  TRACKER_FIELD_KEYS,
  STATUS_FIELD_KEYS,
  REASON_FIELD_KEYS,
  OTHER_FIELD_KEYS,
  DESCRIPTION_FIELD_KEYS,
].join("|");

/** A field's key standing alone ("DRI", "Assignee", "Due"): a label, never a name. */
export const FIELD_KEY_ONLY = new RegExp(`^(?:${FIELD_KEYS})$`, "i");
