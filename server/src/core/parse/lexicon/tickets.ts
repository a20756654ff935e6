// What tickets are called in running text.

/** What a ticket is called before its number: "bug 1234", "PR #88", "case 55012". */
export const NUMBERED_TICKET_NOUNS =
  "bug|issue|ticket|pr|mr|pull request|merge request|case|story|task";

/** What a ticket is called, for "Created a ticket to …" (the ticket exists; the work is not done). */
export const TICKET_NOUNS = `${NUMBERED_TICKET_NOUNS}|epic|card|jira|request|rfc|proposal`;

/** What a reference's kind is called beside it: "(Epic HOOK-1)", "(Parent HOOK-2)" name no owner. */
export const REFERENCE_KINDS = new RegExp(
  `^(?:${TICKET_NOUNS}|parent|sub-?task|initiative|feature|incident|problem|change|spike|milestone|follow-?up)$`,
  "i",
);

/** Verbs that report a ticket filed, for "Created a ticket to …" (see TICKET_NOUNS). */
export const FILING_VERBS = "created|opened|filed|raised|logged|submitted|added|wrote";
