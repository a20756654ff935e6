import { strict as assert } from "node:assert";
import { onlyItem } from "../support/actionSection";

// An owner reads the same wherever an item names it: in front with a colon or a dash, in brackets, after a
// dash, in an Owner field or cell, as the subject ("Ana to …", "Ana will …"), after "owned by" or
// "assigned to", after an arrow or in a closing comma list. Names in any script, with particles, initials,
// handles and hyphens; teams are groups.
const PEOPLE = [
  "Dana Okafor",
  "Nadia",
  "Mei Chen",
  "J. Smith",
  "Cormac Ó Briain",
  "Ana-María López",
  "Bram de Vries",
  "@kofi",
  "@alice.smith",
];
const TEAMS = ["the platform team", "Platform team", "SRE"];
const ACTIONS = ["add an alert on queue depth above 500", "cap the retry budget at 3 attempts"];

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const PLACES: Record<string, (owner: string, action: string) => string> = {
  "in front, with a colon": (o, a) => `- ${o}: ${a}`,
  "in front, in bold with a colon": (o, a) => `- **${o}**: ${a}`,
  "in front, in square brackets": (o, a) => `- [${o}] ${a}`,
  "in front, before a dash": (o, a) => `- ${o} — ${a}`,
  "in brackets at the end": (o, a) => `- ${capitalised(a)} (${o})`,
  "after a dash at the end": (o, a) => `- ${capitalised(a)} — ${o}`,
  "in an inline Owner field": (o, a) => `- ${capitalised(a)}. Owner: ${o}`,
  "in an Owner line under the item": (o, a) => `- ${capitalised(a)}\n  - Owner: ${o}`,
  "in a DRI field in brackets": (o, a) => `- ${capitalised(a)} (DRI: ${o})`,
  "in an Owner cell": (o, a) => `| Action | Owner |\n|---|---|\n| ${capitalised(a)} | ${o} |`,
  "as the subject, with 'to'": (o, a) => `- ${o} to ${a}`,
  "as the subject, with 'will'": (o, a) => `- ${o} will ${a}`,
  "after 'owned by'": (o, a) => `- ${capitalised(a)}, owned by ${o}`,
  "after 'assigned to'": (o, a) => `- ${capitalised(a)} — assigned to ${o}`,
};
/** An arrow or a closing comma list hands the item to a person; "→ Billing" or ", Redis" name things. */
const PLACES_FOR_PEOPLE: Record<string, (owner: string, action: string) => string> = {
  "after an arrow": (o, a) => `- ${capitalised(a)} → ${o}`,
  "in a closing comma list": (o, a) => `- ${capitalised(a)}, ${o}, 2027-01-15`,
};

function ownersOf(body: string): string {
  const read = onlyItem(body);
  if (typeof read === "string") {
    return read;
  }
  const { item } = read;
  return `${item.owners.map((owner) => `${owner.name}${owner.isGroup ? " (group)" : ""}`).join(", ")} | ${item.text}`;
}

function check(
  write: (owner: string, action: string) => string,
  owners: string[],
  group: boolean,
): string[] {
  const wrong: string[] = [];
  for (const owner of owners) {
    for (const action of ACTIONS) {
      const read = ownersOf(write(owner, action));
      const expected = `${owner}${group ? " (group)" : ""} | `;
      if (!read.startsWith(expected) || !read.toLowerCase().includes(action.slice(0, 20))) {
        wrong.push(`${JSON.stringify(write(owner, action))}: ${read}`);
      }
    }
  }
  return wrong;
}

describe("an owner reads the same wherever the item names it", () => {
  for (const [place, write] of Object.entries(PLACES)) {
    it(place, () => {
      // "The platform team will …" is a group as subject, but the subject readers need a capital or an acronym.
      const teamsHere =
        place.includes("subject") || place.includes("before a dash")
          ? TEAMS.filter((team) => /^[A-Z]/.test(team))
          : TEAMS;
      assert.deepEqual([...check(write, PEOPLE, false), ...check(write, teamsHere, true)], []);
    });
  }
  for (const [place, write] of Object.entries(PLACES_FOR_PEOPLE)) {
    it(place, () => assert.deepEqual(check(write, PEOPLE, false), []));
  }
});

const MORE_TEAMS = [
  "the SRE team",
  "platform-team",
  "@acme/platform",
  "DBA",
  "Infra",
  "Ops",
  "DevOps",
  "NetOps",
  "Engineering",
  "Customer Support",
  "Payments team",
  "On-call",
  "Backend",
  "QA",
  "Legal",
  "Leadership",
  "Mgmt",
  "Team Phoenix",
  "Squad Alpha",
  "ML Platform",
  "Helpdesk",
];
const TEAM_PLACES = [
  "in front, with a colon",
  "in front, in square brackets",
  "in brackets at the end",
  "after a dash at the end",
  "in an inline Owner field",
  "in an Owner cell",
];

describe("a team is a group wherever the item names it", () => {
  for (const place of TEAM_PLACES) {
    it(place, () => {
      const wrong = MORE_TEAMS.map((team) => [team, ownersOf(PLACES[place](team, ACTIONS[0]))])
        .filter(([team, read]) => !read.startsWith(`${team} (group) | `))
        .map(([team, read]) => `${team}: ${read}`);
      assert.deepEqual(wrong, []);
    });
  }
});
