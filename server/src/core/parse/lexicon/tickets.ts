// What tickets are called in running text, and the words shaped like a project key ("UTF-8") that name none.

/** What a ticket is called before its number: "bug 1234", "PR #88", "case 55012". */
export const NUMBERED_TICKET_NOUNS =
  "bug|issue|ticket|pr|mr|pull request|merge request|case|story|task";

/** A tracker's word written where its ticket should be, with no number: "bug none", "issue TBD", "Jira". */
export const UNNUMBERED_TICKET_WORDS = String.raw`bugs?|issues?|tickets?|jira|pr|card`;

/** What a ticket is called, for "Created a ticket to …" (the ticket exists; the work is not done). */
export const TICKET_NOUNS = `${NUMBERED_TICKET_NOUNS}|epic|card|jira|request|rfc|proposal`;

/** What a reference's kind is called beside it: "(Epic HOOK-1)", "(Parent HOOK-2)" name no owner. */
export const REFERENCE_KINDS = new RegExp(
  `^(?:${TICKET_NOUNS}|parent|sub-?task|initiative|feature|incident|problem|change|spike|milestone|follow-?up)$`,
  "i",
);

/** What a numbered document is called before its number ("runbook RB-114"): a document, not a ticket. */
export const NUMBERED_DOCUMENT_NOUNS =
  "runbook|playbook|sop|adr|design doc|kb|kb article|policy|procedure|standard";

/** Verbs that report a ticket filed, for "Created a ticket to …" (see TICKET_NOUNS). */
export const FILING_VERBS = "created|opened|filed|raised|logged|submitted|added|wrote";

/** Keys that number a page's own corrective and preventive actions ("CA-1", "PA-2", "FU-3"), not a project's tickets. */
export const ACTION_LABEL_KEYS = "CA|PA|CAPA|FU|REC";

// Words that precede a dash and a number without naming a ticket ("UTF-8", "SHA-256", "Q-3"), among them
// the numbered standards of blockchains ("ERC-20", "EIP-1559", "BIP-32") as "RFC" and "ISO" are. "API",
// "SDK", "SSO" are left out: they are common Jira project keys ("API-12").
export const NOT_A_PROJECT_KEY = new Set([
  "SHA",
  "ERC",
  "EIP",
  "BIP",
  "UTF",
  "ISO",
  "TLS",
  "SSL",
  "HTTP",
  "MD",
  "AES",
  "RSA",
  "CVE",
  "CWE",
  "RFC",
  "GPT",
  "IPV",
  "COVID",
  "SOC",
  "PCI",
  "HIPAA",
  "ECMA",
  "IEEE",
  "US",
  "EU",
  "UTC",
  "GMT",
  "PST",
  "EST",
  "CET",
  "ES",
  "TS",
  "PY",
  "SEV",
  "P",
  "IE",
  "AZ",
  "X",
  "SCSI",
  "DDR",
  "USB",
  "PCIE",
  "RAID",
  "GP",
  "GPU",
  "CPU",
  "NVME",
  "HTTPS",
  "H",
  "IP",
  "K",
  "T",
  "M",
  "E",
  "R",
  "N",
  "PRE",
  "POST",
  "LTS",
  "ARM",
  "AMD",
  "INTEL",
  "RHEL",
  "MAC",
  "WIN",
  "OS",
  "IOS",
  "NODE",
  "JAVA",
  "CPP",
  "C",
  "GO",
  "PHP",
  "SQL",
  "NOSQL",
  "EC",
  "GCE",
  "GKE",
  "EKS",
  "AKS",
  "S",
  "FY",
  "Q",
  "W",
  "V",
  "TOP",
  "LEVEL",
  "TIER",
  "STEP",
  "PHASE",
  "ROUND",
  "SPRINT",
  "WEEK",
  "DAY",
  "PRIO",
  // Action-item numbering ("AI-1: …", "ACTION-2"), not a project.
  "AI",
  "ACTION",
  "ITEM",
  "TODO",
  "FIXME",
  // Error codes ("ERR-4102", "ORA-12154") and standards ("PEP-8", "IEC-62443") share the shape too.
  "ERR",
  "ERROR",
  "ORA",
  "WARN",
  "EXIT",
  "PEP",
  "IEC",
  "DIN",
  "FIPS",
  "NIST",
  // The incident the write-up is about ("INC-2041"), not where its follow-up work is tracked.
  "INC",
]);
