// Deterministic generated post-mortems for the benchmarks: lint-bench (in-process lint), cli-bench
// (the CLI as a user runs it) and index-bench (through lint-bench) all measure the same documents.
//
//   generateWorkspace(dir, { files: 10000, seed: 20261124 })  writes dir/postmortems/NNN/incident-NNNNN.md
import * as fs from "node:fs";
import * as path from "node:path";

/** mulberry32: small, fast and the same on every machine. */
export function makeRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

const SERVICES = [
  "checkout",
  "payments",
  "auth",
  "search",
  "catalog",
  "inventory",
  "notifications",
  "billing",
  "gateway",
  "ledger",
  "shipping",
  "recommendations",
];
const COMPONENTS = [
  "primary database",
  "read replica",
  "Redis cluster",
  "Kafka consumer group",
  "load balancer",
  "DNS zone",
  "TLS certificate",
  "feature flag service",
  "CDN edge",
  "connection pool",
  "cron scheduler",
  "deploy pipeline",
];
const PEOPLE = [
  "Alice",
  "Bob",
  "Carol",
  "Dan",
  "Erin",
  "Frank",
  "Grace",
  "Heidi",
  "Ivan",
  "Judy",
  "Mallory",
  "Niaj",
  "Olivia",
  "Peggy",
  "Rupert",
  "Sybil",
  "Trent",
  "Victor",
  "Walter",
];
const HANDLES = ["@alice", "@bob-k", "@carol.s", "@dan", "@erin-ops", "@frank", "@grace-h"];
const GROUPS = [
  "the team",
  "SRE",
  "Platform team",
  "on-call",
  "@acme/infra",
  "ops",
  "everyone",
  "Backend",
];
const LEADERS = [
  "VP Engineering",
  "Engineering Manager",
  "CTO",
  "Director of Infrastructure",
  "Head of Platform",
];
const KEYS = ["PAY", "OPS", "INFRA", "AUTH", "SRCH", "CAT", "NET"];
const VERBS = [
  "add",
  "remove",
  "update",
  "deploy",
  "lower",
  "raise",
  "migrate",
  "document",
  "automate",
  "enable",
  "disable",
  "rotate",
  "replace",
  "split",
  "cap",
  "test",
];
const PROCESS_VERBS = [
  "Investigate",
  "Review",
  "Look into",
  "Explore",
  "Discuss",
  "Evaluate",
  "Consider",
  "Figure out",
  "Follow up on",
  "Assess",
];
const VAGUE = [
  "Improve monitoring",
  "Better documentation",
  "Enhance logging",
  "More tests",
  "Fix team ownership",
  "Address on-call fatigue",
  "Improve alerting",
  "Harden the system",
];
const DEADLINES = [
  "by 2026-12-15",
  "by 2026-03-01",
  "by end of sprint 14",
  "by Q1 2027",
  "by next Friday",
  "within 30 days",
  "by EOM",
  "(due 15 Jan 2027)",
  "by March 15",
  "before the next release",
];
const ACTION_HEADINGS = [
  "Action items",
  "Action Items",
  "Follow-ups",
  "Follow-up actions",
  "Remediation",
  "Corrective actions",
  "Next steps",
  "Preventive measures",
  "What we will do",
  "Action plan",
  "TODO",
  "1. Action items",
  "✅ Action items",
];
const SUBHEADINGS = [
  "Short-term",
  "Long-term (Q1 2027)",
  "Platform team",
  "Detection",
  "Mitigation follow-ups",
  "Prevention",
];
const WORDS =
  "the a request latency error rate spike replica lag queue depth timeout retry budget customer impact alert page dashboard deploy rollback traffic shard cache miss connection pool saturation region failover configuration change threshold capacity backlog".split(
    " ",
  );

function sentence(random, min = 8, max = 22) {
  const count = random.int(min, max);
  const words = [];
  for (let index = 0; index < count; index++) {
    words.push(random.pick(WORDS));
  }
  if (random.chance(0.3)) words.splice(random.int(0, words.length), 0, random.pick(SERVICES));
  if (random.chance(0.15))
    words.splice(
      random.int(0, words.length),
      0,
      `\`${random.pick(["max_connections", "ttl_seconds", "retry.backoff", "pool.size"])}\``,
    );
  if (random.chance(0.1))
    words.splice(
      random.int(0, words.length),
      0,
      `[runbook](https://wiki.example.com/runbooks/${random.pick(SERVICES)})`,
    );
  const text = words.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random, sentences = random.int(2, 5)) {
  const out = [];
  for (let index = 0; index < sentences; index++) out.push(sentence(random));
  return out.join(" ");
}

function isoDate(random, year = 2026) {
  return `${year}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
}

function ticket(random) {
  switch (random.int(0, 4)) {
    case 0:
      return `${random.pick(KEYS)}-${random.int(1, 9999)}`;
    case 1:
      return `https://github.com/acme/${random.pick(SERVICES)}/issues/${random.int(1, 5000)}`;
    case 2:
      return `[${random.pick(KEYS)}-${random.int(1, 999)}](https://acme.atlassian.net/browse/${random.pick(KEYS)}-${random.int(1, 999)})`;
    case 3:
      return `#${random.int(1, 4000)}`;
    default:
      return `https://linear.app/acme/issue/${random.pick(KEYS)}-${random.int(1, 999)}/fix`;
  }
}

function outcome(random) {
  const service = random.pick(SERVICES);
  const component = random.pick(COMPONENTS);
  return random.pick([
    `${random.pick(VERBS)} an alert for ${component} saturation above ${random.int(60, 95)}% on ${service}`,
    `${random.pick(VERBS)} the ${component} timeout from ${random.int(10, 60)}s to ${random.int(1, 9)}s in ${service}`,
    `${random.pick(VERBS)} the runbook for ${service} ${component} failover`,
    `${random.pick(VERBS)} \`${random.pick(["max_connections", "ttl_seconds", "pool.size"])}\` to ${random.int(10, 500)} on ${service}`,
    `${random.pick(VERBS)} a load test of ${service} at ${random.int(2, 10)}x peak traffic to CI`,
  ]);
}

/** The text of one action item, strong or weak in the ways real post-mortems are. */
function actionText(random) {
  const kind = random.int(0, 9);
  if (kind <= 3) return outcome(random);
  if (kind <= 5)
    return `${random.pick(PROCESS_VERBS)} ${random.pick(["why", "whether", ""])} ${random.pick(COMPONENTS)} ${random.pick(["failed", "is sized right", "needs retries", "alerts"])}`.replace(
      /\s+/g,
      " ",
    );
  if (kind <= 7) return random.pick(VAGUE);
  if (kind === 8)
    return `Could we alert on ${random.pick(COMPONENTS)} errors in ${random.pick(SERVICES)}?`;
  return `${random.pick(["Hire one more SRE", "Change the on-call rotation to 1 week in 4", "Assign ownership of the", "Fund a budget for"])} ${random.pick(SERVICES)} ${random.pick(["service", "platform", "rotation"])}`;
}

function owner(random) {
  const roll = random.next();
  if (roll < 0.45) return random.pick(PEOPLE);
  if (roll < 0.6) return random.pick(HANDLES);
  if (roll < 0.75) return random.pick(GROUPS);
  if (roll < 0.82) return random.pick(LEADERS);
  return undefined;
}

function statusPrefix(random) {
  const roll = random.next();
  if (roll < 0.12) return { box: "[x]", word: "DONE: " };
  if (roll < 0.16) return { box: "[-]", word: "Won't do: " };
  return { box: "[ ]", word: "" };
}

function actionSection(random) {
  const out = [];
  const level = random.pick(["##", "##", "###"]);
  out.push(`${level} ${random.pick(ACTION_HEADINGS)}`, "");
  const groups = random.chance(0.25) ? random.int(2, 3) : 1;
  for (let group = 0; group < groups; group++) {
    if (groups > 1) out.push(`${level}# ${random.pick(SUBHEADINGS)}`, "");
    const format = random.int(0, 6);
    const count = random.int(2, 9);
    if (format === 0) {
      out.push("| Action | Owner | Due | Ticket | Status |", "|---|---|---|---|---|");
      for (let index = 0; index < count; index++) {
        const who = owner(random) ?? "";
        out.push(
          `| ${actionText(random)} | ${who} | ${random.chance(0.6) ? isoDate(random) : ""} | ${random.chance(0.6) ? ticket(random) : ""} | ${random.pick(["Open", "Open", "In progress", "Done", "Won't do"])} |`,
        );
      }
    } else if (format === 1) {
      for (let index = 0; index < count; index++) {
        const status = statusPrefix(random);
        out.push(`- ${status.box} ${actionText(random)}`);
        if (random.chance(0.6)) out.push(`  - Owner: ${owner(random) ?? "TBD"}`);
        if (random.chance(0.5)) out.push(`  - Due: ${isoDate(random)}`);
        if (random.chance(0.5)) out.push(`  - Ticket: ${ticket(random)}`);
      }
    } else if (format === 2) {
      for (let index = 0; index < count; index++) {
        out.push(
          `${index + 1}. **${random.pick(["Alerting", "Capacity", "Runbooks", "Deploys", "Ownership"])}**: ${actionText(random)}${random.chance(0.5) ? ` (owner: ${owner(random) ?? "?"})` : ""}${random.chance(0.4) ? ` ${random.pick(DEADLINES)}` : ""}`,
        );
      }
    } else if (format === 3) {
      out.push(`- ${random.pick(["Monitoring", "Process", "Tooling"])}:`);
      for (let index = 0; index < count; index++) {
        out.push(
          `  - ${actionText(random)}${random.chance(0.5) ? ` — ${random.pick(PEOPLE)}` : ""}${random.chance(0.4) ? ` (${ticket(random)})` : ""}`,
        );
      }
    } else if (format === 4) {
      for (let index = 0; index < count; index++) {
        const who = owner(random);
        const status = statusPrefix(random);
        out.push(
          `- ${status.word}${who !== undefined ? `${who}: ` : ""}${actionText(random)}${random.chance(0.5) ? `, ${random.pick(DEADLINES)}` : ""}${random.chance(0.5) ? ` (${ticket(random)})` : ""}`,
        );
      }
    } else if (format === 5) {
      for (let index = 0; index < count; index++) {
        out.push(
          `- ${random.pick(PEOPLE)} to ${actionText(random).replace(/^./, (c) => c.toLowerCase())} ${random.pick(DEADLINES)}`,
        );
        if (random.chance(0.3))
          out.push(`  - Status: ${random.pick(["in progress", "blocked on vendor", "done"])}`);
      }
    } else {
      for (let index = 0; index < count; index++) {
        const struck = random.chance(0.2);
        const text = struck
          ? `~~${actionText(random)}~~${random.chance(0.7) ? " dropped because the service is being retired" : ""}`
          : actionText(random);
        out.push(`- [ ] ${text} ${random.chance(0.5) ? random.pick(HANDLES) : ""}`.trimEnd());
      }
    }
    out.push("");
  }
  return `${out.join("\n")}\n`;
}

function timeline(random) {
  const out = ["## Timeline", ""];
  const count = random.int(4, 16);
  const asTable = random.chance(0.35);
  if (asTable) out.push("| Time (UTC) | Event |", "|---|---|");
  let minute = random.int(0, 600);
  for (let index = 0; index < count; index++) {
    minute += random.int(1, 25);
    const time = `${String(Math.floor(minute / 60) % 24).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
    const event = sentence(random, 6, 16);
    out.push(asTable ? `| ${time} | ${event} |` : `- **${time}** ${event}`);
  }
  out.push("");
  return `${out.join("\n")}\n`;
}

export function postMortem(random, index) {
  const service = random.pick(SERVICES);
  const title = `${random.pick(["Post-mortem", "Postmortem", "Incident review", "Incident report", "RCA", "PIR"])}: ${service} ${random.pick(["outage", "degradation", "elevated errors", "data delay", "partial outage"])} #${index}`;
  const targetBytes = Math.min(
    60_000,
    Math.round(600 + -Math.log(1 - random.next() * 0.999) * 2600),
  );
  const parts = [];
  if (random.chance(0.7)) {
    parts.push(
      [
        "---",
        `title: "${title}"`,
        `date: ${isoDate(random)}`,
        `status: ${random.pick(["draft", "in review", "published", "closed", "resolved"])}`,
        `severity: SEV${random.int(1, 4)}`,
        `services: [${service}, ${random.pick(SERVICES)}]`,
        `owners: [${random.pick(PEOPLE).toLowerCase()}]`,
        "---",
        "",
      ].join("\n"),
    );
  } else {
    parts.push(`Date: ${isoDate(random)}\n\n`);
  }
  parts.push(`# ${title}\n\n`);
  parts.push(`## Summary\n\n${paragraph(random)}\n\n`);
  parts.push(
    `## Impact\n\n- ${sentence(random)}\n- ${random.int(1, 90)}% of requests failed for ${random.int(3, 240)} minutes.\n\n`,
  );
  parts.push(timeline(random));
  parts.push(`## Root cause\n\n${paragraph(random)}\n\n`);
  if (random.chance(0.3)) parts.push("```yaml\npool:\n  size: 10\n  timeout: 30s\n```\n\n");
  if (random.chance(0.2))
    parts.push(
      `## Lessons learned\n\n${random.pick(PEOPLE)} should have checked the dashboard. ${paragraph(random, 2)}\n\n`,
    );
  parts.push(actionSection(random));
  if (random.chance(0.2))
    parts.push(`Action item: ${random.pick(PEOPLE)} to ${outcome(random)} (${ticket(random)})\n\n`);
  let size = parts.reduce((sum, part) => sum + part.length, 0);
  // Long post-mortems are long in their prose: more analysis, more timeline, appendices.
  while (size < targetBytes) {
    const extra = random.chance(0.3)
      ? timeline(random)
      : `## ${random.pick(["Analysis", "Appendix", "Contributing factors", "What went well", "Detection"])}\n\n${paragraph(random, random.int(3, 8))}\n\n`;
    parts.splice(parts.length - 1, 0, extra);
    size += extra.length;
  }
  return parts.join("");
}

export function generateWorkspace(dir, { files, seed }) {
  const random = makeRandom(seed);
  fs.rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  for (let index = 0; index < files; index++) {
    const folder = path.join(dir, "postmortems", String(Math.floor(index / 100)).padStart(3, "0"));
    if (index % 100 === 0) fs.mkdirSync(folder, { recursive: true });
    const text = postMortem(random, index);
    fs.writeFileSync(path.join(folder, `incident-${String(index).padStart(5, "0")}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

/** The Markdown files under `dir`, depth first, each folder's entries in name order. */
export function markdownFiles(dir) {
  const files = [];
  const visit = (folder) => {
    for (const entry of fs
      .readdirSync(folder, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith(".md")) files.push(full);
    }
  };
  visit(dir);
  return files;
}

export function readWorkspace(dir) {
  return markdownFiles(dir).map((file) => fs.readFileSync(file, "utf8"));
}
