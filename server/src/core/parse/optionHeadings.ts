import type { Token } from "markdown-it";
import { headingWords, isActionHeadingText } from "./headings";
import { toPlainText } from "./markdownText";

// "### Possible improvements" and "#### What we could do …" beside "### Actions", or "## Mitigations" beside
// "## Action items": when a page has a section of its agreed actions, a sibling heading that only offers
// options, recommendations or mitigations lists ideas the review weighed, not the work it took on. On a page
// with no such section, those headings still hold its follow-ups.

/** Words that make a heading's list a set of options rather than agreed work. */
const OPTIONS =
  /\b(?:could|might|possible|potential|ideas?|suggestions?|suggested|options?|brainstorm(?:ing|ed)?|recommendations?|recommended)\b|^mitigations$/i;

/** Words that title the page's agreed work. */
const AGREED =
  /\b(?:action items?|actions|action points?|actionables?|follow[- ]?ups?|follow[- ]?up (?:actions?|items?|tasks?)|next steps?|todos?|to[- ]do|corrective actions?|remediation (?:items?|actions?|plan)|action plan)\b/i;

interface Heading {
  line: number;
  level: number;
  options: boolean;
  agreed: boolean;
}

/** Whether anything but headings follows the heading at `at` before the next heading of its level or above. */
function holdsText(tokens: Token[], at: number, level: number): boolean {
  for (let next = at + 3; next < tokens.length; next++) {
    const token = tokens[next];
    if (token.type === "heading_open") {
      if (Number(token.tag.slice(1)) <= level) {
        return false;
      }
      next += 2;
    } else {
      return true;
    }
  }
  return false;
}

function headingsOf(tokens: Token[]): Heading[] {
  const headings: Heading[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    if (token.type !== "heading_open" || token.map === null) {
      continue;
    }
    const words = headingWords(toPlainText(tokens[at + 1]?.content ?? ""));
    const level = Number(token.tag.slice(1));
    const action = isActionHeadingText(words);
    const options = action && OPTIONS.test(words);
    headings.push({
      line: token.map[0],
      level,
      options,
      // An empty "## Action items" left from a template agrees to nothing.
      agreed: action && !options && AGREED.test(words) && holdsText(tokens, at, level),
    });
  }
  return headings;
}

/** Lines of the headings that only offer options beside a section of agreed actions; empty when there is none. */
export function optionHeadingLines(tokens: Token[]): Set<number> {
  const lines = new Set<number>();
  if (!tokens.some((token) => token.type === "heading_open")) {
    return lines;
  }
  const headings = headingsOf(tokens);
  if (!headings.some((heading) => heading.agreed)) {
    return lines;
  }
  const ancestors: Heading[] = [];
  headings.forEach((heading, index) => {
    while (ancestors.length > 0 && ancestors[ancestors.length - 1].level >= heading.level) {
      ancestors.pop();
    }
    if (heading.options && !ancestors.some((above) => above.agreed)) {
      // Options that hold the agreed list themselves ("## Ideas" over "### Agreed actions") keep their section.
      let end = index + 1;
      while (end < headings.length && headings[end].level > heading.level) {
        end++;
      }
      if (!headings.slice(index + 1, end).some((below) => below.agreed)) {
        lines.add(heading.line);
      }
    }
    ancestors.push(heading);
  });
  return lines;
}
