// A heading typed in a hurry still names its section: "Acton items", "Follwo-ups", "Next Setps", "Moving Foward",
// "ActionItems", "Action_items". Only the words an action heading is made of are corrected, and only by
// one letter added, dropped, changed or swapped; the real words that close to one ("Auction", "Fellow") stay.

const HEADING_WORDS = [
  "action",
  "actions",
  "items",
  "follow",
  "followups",
  "remediation",
  "remediations",
  "corrective",
  "preventive",
  "preventative",
  "countermeasures",
  "improvements",
  "steps",
  "forward",
];

const REAL_WORDS = new Set([
  "auction",
  "auctions",
  "faction",
  "factions",
  "fellow",
  "fellows",
  "stops",
  "stems",
]);

// Documents repeat their headings ("Timeline", "Impact", "Root cause"): each is corrected once.
const corrections = new Map<string, string | undefined>();
const MAX_REMEMBERED = 2000;

/** The heading with camel case, underscores and one-letter typos of heading words undone; undefined if nothing changed. */
export function correctedHeading(plain: string): string | undefined {
  if (corrections.has(plain)) {
    return corrections.get(plain);
  }
  const corrected = correct(plain);
  if (corrections.size >= MAX_REMEMBERED) {
    corrections.clear();
  }
  corrections.set(plain, corrected);
  return corrected;
}

function correct(plain: string): string | undefined {
  let text = plain.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_/g, " ");
  let changed = text !== plain;
  text = text.replace(/[A-Za-z]{5,}/g, (word) => {
    const lower = word.toLowerCase();
    const fixed =
      HEADING_WORDS.includes(lower) || REAL_WORDS.has(lower)
        ? undefined
        : nearestHeadingWord(lower);
    if (fixed === undefined) {
      return word;
    }
    changed = true;
    return fixed;
  });
  return changed ? text : undefined;
}

function nearestHeadingWord(word: string): string | undefined {
  return HEADING_WORDS.find(
    (candidate) => Math.abs(candidate.length - word.length) <= 1 && oneEditApart(word, candidate),
  );
}

/** True when one insertion, deletion, substitution or swap of neighbours turns `a` into `b`. */
function oneEditApart(a: string, b: string): boolean {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    start++;
  }
  const restA = a.slice(start);
  const restB = b.slice(start);
  return (
    restA.slice(1) === restB.slice(1) ||
    restA.slice(1) === restB ||
    restA === restB.slice(1) ||
    (restA.length >= 2 &&
      restA[0] === restB[1] &&
      restA[1] === restB[0] &&
      restA.slice(2) === restB.slice(2))
  );
}
