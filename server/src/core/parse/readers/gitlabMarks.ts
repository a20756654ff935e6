import { type Reading } from "./reading";

// GitLab's references written into an item, as its issue lists copy them: labels (~bug, ~"priority::1")
// are tags, not words of the action; a milestone (%"16.7", %Q1-2027) is the item's timebox; "/assign" is a
// quick action before the assignee's handle.

const LABEL = /(?<![\w~])~(?:"[^"\n]{1,60}"|[A-Za-z][\w:.-]{0,59})/g;
// A milestone stands apart, after a space or a bracket: "%C3%A9" inside a link's address is an escaped letter.
const MILESTONE = /(?<=^|[\s([])%(?:"([^"\n]{1,40})"|([A-Za-z\d][\w.-]{0,39}))/;
const SPACES = /^\s*/;
const ASSIGN = /(?<!\S)\/assign(?=\s+@)/;

export function readGitLabMarks(r: Reading): void {
  const { raw } = r;
  if (raw.includes("~")) {
    LABEL.lastIndex = 0;
    for (let m = LABEL.exec(raw); m !== null; m = LABEL.exec(raw)) {
      const end = m.index + m[0].length;
      r.removals.push({ start: m.index, end });
      if (raw.slice(r.pos, m.index).trim() === "") {
        // A label in front: the action (and any owner prefix) starts after it.
        r.pos = end + SPACES.exec(raw.slice(end))![0].length;
        r.ownerInsertAt = r.pos;
      }
    }
  }
  const assign = raw.includes("/assign") ? ASSIGN.exec(raw) : null;
  if (assign !== null) {
    // "/assign @hkim": the quick action is no word of the action; the mention after it names the owner.
    r.removals.push({ start: assign.index, end: assign.index + assign[0].length });
  }
  const milestone = raw.includes("%") ? MILESTONE.exec(raw) : null;
  if (milestone !== null) {
    const span = { start: milestone.index, end: milestone.index + milestone[0].length };
    r.deadlines.push({
      text: `milestone ${milestone[1] ?? milestone[2]}`,
      source: "text",
      span,
    });
    r.removals.push(span);
  }
}
