import { set } from "./wordSet";

// Deadline words the readers share (the date patterns themselves are in parse/dates/).

/** Words that announce a deadline before its date: "by Friday", "due 2026-03-01", "NLT 12/18/2026". */
export const DEADLINE_LEADS = "by|due|before|until|eta|deadline|nlt|no later than";

/** Verbs that move a due date: "deferred to Q2 2027", "pushed out to March", "slipped to 2027". */
export const RESCHEDULE_VERBS = "deferred|postponed|moved|pushed|rescheduled|delayed|slipped";

/**
 * Verbs of a state that lasts ("keep the old key until the renewal", "pin the chart until the upgrade"):
 * "until" after them says how long it holds, not by when the work is due.
 */
export const HOLD_VERBS = set(`
keep | keeps | keeping | retain | retains | hold | holds | leave | leaves | maintain | maintains | preserve
| pause | paused | freeze | frozen | suspend | suspended | pin | pinned | stay | stays | remain | remains
| wait | waits | continue | continues | disable | disabled | block | blocked | lock | locked`);

/**
 * Participles that ask for a date when "by" follows ("needed by the launch", "done by the freeze"); after
 * any other ("caused by the release") "by" names who or what did it.
 */
export const DEADLINE_PARTICIPLES = set(`
needed | required | expected | scheduled | planned | wanted | promised | done | completed | finished | fixed
| resolved | shipped | deployed | merged | delivered | landed | implemented | ready`);

/**
 * Participles of a check that a step of the process passes through ("configs are tested before deployment",
 * "reviewed before release"): "before" a bare event after them tells the order of the steps, not a due date.
 */
export const CHECK_PARTICIPLES = set(`
tested | reviewed | validated | verified | checked | approved | scanned | audited | linted | inspected | signed`);

/**
 * Things that belong to a release ("update the package versions for v10.6.3", "release notes for 2.4"):
 * "for" a version after them says whose they are, not the release the work must ship in; after an event
 * word ("before cutting the release branch") they make the event a part's name, not a due date.
 */
export const RELEASE_PARTS = set(`
version | versions | notes | changelog | changelogs | tag | tags | package | packages | artifacts | artefacts
| binaries | builds | images | assets | branch | branches | docs | manifest | manifests | checksums | bundles`);

/** "Given the risk, no timeline has been set": the item says outright that it has no deadline yet. */
export const NO_TIMELINE_SET =
  /\bno\s+(?:(?:firm|fixed|target)\s+)?(?:timeline|time ?frame|target date|due date|date|eta|deadline)\s+(?:(?:has|have|had)\s+)?(?:yet\s+)?(?:been\s+)?(?:set|given|agreed|committed|fixed)\b/i;

/** Nouns that name the incident or an event like it: "the outage of 12 March" dates the event, not the work. */
export const INCIDENT_NOUNS =
  "outage|incident|failure|breach|crash|downtime|disruption|degradation|attack|compromise|leak";
