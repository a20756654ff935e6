import { withoutCitedRecommendations } from "./recommendations";
import {
  readHeadingFieldLines,
  readTitleOverFieldList,
  readHeadingFieldList,
  readHeadingOverProse,
  readBareHeading,
  readOwnedHeading,
} from "./headingItems";
import type { Env, Token } from "markdown-it";
import type { ResolvedConfig } from "../config";
import type { ActionItem, Owner, ParseProblem, PostMortem, Section } from "../types";
import { linkReferencesOf } from "./linkReferences";
import { readBareParagraphs, readFieldedLine } from "./bareLines";
import {
  joinFieldParagraphs,
  onlyFieldLines,
  readFieldBlock,
  readTitledParagraph,
} from "./fieldBlocks";
import { readFollowUpContinuation, readLabelledLines } from "./labelledLines";
import { findBlame } from "./blame";
import { parseBlocks } from "./blockParser";
import { PSEUDO_LEVEL, pseudoActionSection, type Builder, type SectionContext } from "./builder";
import { slashDatesAreDayFirst, startOfUtcDay } from "./dates";
import { fileNameDate, firstHeading, metadataDate, titleDate } from "./documentDate";
import type { FieldContext } from "./fields";
import { readFrontMatter } from "./frontMatter";
import { isNotActionHeadingText } from "./headings";
import {
  acronymOwners,
  markOrganisationOwners,
  organisationNames,
  markInitialsOwners,
} from "./learnedGroups";
import { LineIndex, withLineFeeds } from "./lineIndex";
import { withPastedBullets } from "./pastedBullets";
import { withNarrowMarkerGaps } from "./spacedMarkers";
import { settleParticipleLeads } from "./status/listTense";
import { withoutDocumentQuote } from "./quotedDocument";
import { withShortcodeCharacters } from "./shortcodes";
import { withAsciiDocMarkup } from "./asciiDoc";
import {
  annotateLabelledItem,
  isDecisionRules,
  isReaderAdviceList,
  isFactList,
  isGapList,
  isLegend,
  isNameList,
  isNotesList,
} from "./listNonItems";
import { readList, readListNode } from "./lists";
import {
  readActionLabelGroups,
  readCommittedTitles,
  readLabelledListItems,
  readPromiseList,
  readLooseTasks,
} from "./looseLists";
import { readOwnerLedOverParts, readOwnerLedParagraph } from "./ownerLedLines";
import { toPlainText } from "./markdownText";
import {
  deadlineFromIntro,
  doneFromIntro,
  ownersFromIntro,
  releaseHoldsWork,
  verbLineOverList,
} from "./sectionIntro";
import { reportsDone } from "./status/grammar";
import {
  actionPageTitleIndex,
  isCapsHeading,
  leadingSectionLabel,
  isFollowUpIntroBefore,
  ownersOfLabelLine,
  pseudoHeadingTitle,
  italicActionHeadingTitle,
  italicNarrativeLabelTitle,
  sectionContext,
  SUMMARY_TAG,
} from "./sections";
import { optionHeadingLines } from "./optionHeadings";
import { withHtmlBody } from "./htmlBody";
import { readHtmlTableBlock } from "./htmlTable";
import type { TableRow } from "./table";
import { readTable, tableRows } from "./tableItems";

/**
 * An HTML heading alone in its block: "<h2>Action items</h2>", "<h3 id=\"next\">Next steps</h3>"; lines that
 * only close the list or paragraph before it ("</ul>") may open the block, since no blank line ends it there.
 */
const HTML_HEADING =
  /^((?:[ \t]*(?:<\/[a-z]+>[ \t]*)+\n)*)\s*<h([1-6])\b[^<>]*>\s*([^\n]{1,200}?)<\/h\2>\s*$/i;

const MAX_HEADING_DEPTH = 6;

/** The actions a "we will do the following:" paragraph introduces, outside any action heading. */
function followUpContext(
  section: SectionContext | undefined,
  owners: Owner[] = [],
): SectionContext {
  return pseudoActionSection(section?.title ?? "", owners);
}

export function parsePostMortem(
  document: string,
  config: ResolvedConfig,
  fileName?: string,
): PostMortem {
  // ":white_check_mark:" read as "✅", "• " as "- ", a page quoted whole as if unquoted and "== Title" as
  // "## Title", at the same offsets; the model keeps the document's own text.
  const text = withAsciiDocMarkup(
    withHtmlBody(
      withPastedBullets(withoutDocumentQuote(withLineFeeds(withShortcodeCharacters(document)))),
    ),
  );
  const lines = new LineIndex(text);
  const problems: ParseProblem[] = [];
  const { frontMatter, bodyStart, problems: frontMatterProblems } = readFrontMatter(text);
  problems.push(...frontMatterProblems);
  const bodyStartLine = lines.positionAt(bodyStart).line;
  const source = bodyStart === 0 ? text : "\n".repeat(bodyStartLine) + text.slice(bodyStart);

  let tokens: Token[];
  const env: Env = {};
  try {
    tokens = parseBlocks(withNarrowMarkerGaps(source), env);
  } catch (error) {
    problems.push({
      message: `Markdown could not be parsed: ${(error as Error).message}`,
      span: { start: 0, end: 0 },
    });
    tokens = [];
  }

  const title = frontMatter?.title ?? firstHeading(tokens);
  const date =
    frontMatter?.date ??
    metadataDate(lines, bodyStartLine) ??
    fileNameDate(fileName) ??
    titleDate(title);
  const people = config.people;
  const ctx: FieldContext = {
    people,
    groups: config.groups,
    reference: date ?? startOfUtcDay(new Date()),
    dayFirst: slashDatesAreDayFirst(text),
    documentDate: date,
    trackerKeys: config.trackerKeys,
    linkReferences: linkReferencesOf(env),
    processVerbs: config.processVerbs,
    pastTenseMeansDone: true,
  };
  const builder: Builder = {
    text,
    lines,
    ctx,
    ctxPastTenseOpen: { ...ctx, pastTenseMeansDone: false },
    actions: [],
    ids: new Set(),
    idChains: new Map(),
  };
  const sections: Section[] = [];
  const excludedLines = new Set<number>();
  for (let line = 0; line < bodyStartLine; line++) {
    excludedLines.add(line);
  }

  const stack: SectionContext[] = [];
  const current = (): SectionContext | undefined => stack[stack.length - 1];
  const inActionSection = (): boolean => current()?.isAction === true;
  // "We will make the following changes:" over a table outside an action heading: its rows are the actions,
  // whatever its columns say, Markdown or HTML.
  const introducedTable = (index: number): SectionContext | undefined =>
    !inActionSection() && isFollowUpIntroBefore(tokens, index, current())
      ? followUpContext(current())
      : undefined;
  let pendingParagraphs: [number, number][] = [];
  // The rows of an HTML table read so far, while a blank line has split it into several blocks.
  let htmlTable: TableRow[] | undefined;
  let htmlTableContext: SectionContext | undefined;
  // The last "Action point: …" line read outside an action section, for a list right under it.
  let labelledAbove: { item: ActionItem; lastLine: number } | undefined;
  // The last list a "… we will do the following:" paragraph introduced, for a "Finally, we will …" after it.
  let followUpList: { context: SectionContext; lastLine: number } | undefined;
  const popSection = (): void => {
    const section = stack.pop();
    // The intro is the plan when its sub-sections list nothing still to do (only "### Done already").
    if (
      section?.intro !== undefined &&
      section.released !== true &&
      !builder.actions
        .slice(section.intro.actionsBefore)
        .some((action) => action.status.state === "open")
    ) {
      readBareParagraphs(builder, section.intro.paragraphs, section);
    }
  };
  const flushParagraphs = (): void => {
    const section = current();
    if (section?.isAction === true && !section.hasStructuredItems) {
      // Under "### 2. Add a dead-letter queue", a paragraph of field lines makes the heading the action.
      const fieldLines = pendingParagraphs.find((map) =>
        readHeadingFieldLines(builder, map, section),
      );
      if (fieldLines === undefined && !readHeadingOverProse(builder, pendingParagraphs, section)) {
        readBareParagraphs(builder, pendingParagraphs, section);
      }
    } else if (section?.isAction === true) {
      // Beside a list, a paragraph is prose, but an "Action item: …" line, a title over field lines, "We will also
      // …" or a verb-led line with its own "Owner: …" sentence is still an item.
      for (const map of joinFieldParagraphs(builder, pendingParagraphs)) {
        if (
          !readFieldBlock(builder, map, section) &&
          !readTitledParagraph(builder, map, section, true) &&
          readFollowUpContinuation(builder, map, section) === undefined &&
          !readOwnerLedParagraph(builder, map, section) &&
          !readFieldedLine(builder, map, section)
        ) {
          readLabelledLines(builder, map, section);
        }
      }
    }
    pendingParagraphs = [];
  };

  // A heading, "#" or "<h2>", closes the sections at its level and below and opens its own.
  // "### Add a lag alert" with nothing under it before the next heading at its level: the heading is the action.
  const readEmptySection = (endLine: number): void => {
    const section = current();
    const from = section?.headingLine;
    if (section === undefined || from === undefined || pendingParagraphs.length > 0) {
      return;
    }
    for (let line = from + 1; line < endLine; line++) {
      if (lines.lineText(line).trim() !== "") {
        return;
      }
    }
    readBareHeading(builder, section);
  };
  const pageTitleAt = actionPageTitleIndex(tokens);
  const optionHeadings = optionHeadingLines(tokens);
  const openHeading = (level: number, title: string, line: number, pageTitle = false): void => {
    const parent = current();
    if (parent !== undefined && level <= parent.level) {
      readEmptySection(line);
    }
    if (
      parent?.isAction === true &&
      !parent.hasStructuredItems &&
      level > parent.level &&
      pendingParagraphs.length > 0 &&
      parent.intro === undefined
    ) {
      // Text between an action heading and its first sub-heading introduces the sub-sections ("The fix
      // shipped in 3.1.2." over "### Short term"): it is read as items only if they list none.
      parent.intro = { paragraphs: pendingParagraphs, actionsBefore: builder.actions.length };
      parent.released = pendingParagraphs.some(([from, to]) =>
        releaseHoldsWork(builder.text.slice(lines.lineStart(from), lines.lineEnd(to - 1))),
      );
      pendingParagraphs = [];
    } else {
      flushParagraphs();
    }
    while (stack.length > 0 && stack[stack.length - 1].level >= level) {
      popSection();
    }
    const section = sectionContext(builder, title, level, line, current(), {
      headingLine: line,
      pageTitle,
      optionsOnly: optionHeadings.has(line),
    });
    const isAction = section.isAction;
    stack.push(section);
    const start = lines.lineStart(line);
    sections.push({
      title,
      level,
      span: { start, end: lines.lineEnd(line) },
      isActionSection: isAction,
    });
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === "fence" || token.type === "code_block" || token.type === "html_block") {
      if (token.map !== null) {
        for (let line = token.map[0]; line < token.map[1]; line++) {
          excludedLines.add(line);
        }
      }
      if (token.type === "html_block" && token.map !== null && token.content.includes("<t")) {
        // An HTML table is read as a Markdown one is, its intro included.
        if (htmlTable === undefined) {
          htmlTableContext = introducedTable(i);
        }
        const read = readHtmlTableBlock(
          builder,
          token.map,
          htmlTable,
          htmlTableContext ?? current(),
          inActionSection() || htmlTableContext !== undefined,
        );
        htmlTable = read.pending;
        if (read.added > 0 && htmlTableContext !== undefined) {
          followUpList = { context: htmlTableContext, lastLine: token.map[1] - 1 };
        }
      }
      const htmlHeading =
        token.type === "html_block" && token.map !== null ? HTML_HEADING.exec(token.content) : null;
      if (htmlHeading !== null && token.map !== null) {
        // "<h2>Action items</h2>" (HTML exports): a heading like "## Action items".
        const title = toPlainText(htmlHeading[3].replace(/<[^<>]*>/g, " ")).trim();
        const line = token.map[0] + htmlHeading[1].split("\n").length - 1;
        openHeading(Math.min(Number(htmlHeading[2]), MAX_HEADING_DEPTH), title, line);
        continue;
      }
      if (token.type === "html_block" && token.map !== null) {
        // "<details><summary>Follow-up actions</summary>" (GitLab and GitHub issues): the summary is a heading
        // for the Markdown inside the block, and "</details>" ends it.
        const summary = SUMMARY_TAG.exec(token.content);
        const closes = /<\/details>/i.test(token.content);
        if (summary !== null || (closes && current()?.fromSummary === true)) {
          flushParagraphs();
          while (
            stack.length > 0 &&
            stack[stack.length - 1].level >= PSEUDO_LEVEL &&
            stack[stack.length - 1].fromSummary === true
          ) {
            popSection();
          }
        }
        if (summary !== null && !(closes && summary.index < token.content.search(/<\/details>/i))) {
          const title = toPlainText(
            summary[1]
              .replace(/<[^>]+>/g, " ")
              .replace(/\s*\(\d+\)\s*$/, "")
              .trim(),
          );
          stack.push(
            sectionContext(builder, title, PSEUDO_LEVEL, token.map[0], current(), {
              fromSummary: true,
            }),
          );
        }
      }
      continue;
    }
    if (token.type === "heading_open" && token.map !== null) {
      const level = Math.min(Number(token.tag.slice(1)), MAX_HEADING_DEPTH);
      openHeading(
        level,
        toPlainText(tokens[i + 1]?.content ?? ""),
        token.map[0],
        i === pageTitleAt,
      );
      i += 2;
      continue;
    }
    if (
      (token.type === "bullet_list_open" || token.type === "ordered_list_open") &&
      token.map !== null
    ) {
      const followUpIntro = isFollowUpIntroBefore(tokens, i, current());
      const listStart = i;
      const { nodes, end, lastLine: listLastLine } = readList(tokens, i);
      i = end;
      const section = current();
      if (section?.single === true) {
        // "**Action taken:**", a paragraph, then a list: the list is what the paragraph's action consists of.
        flushParagraphs();
        if (section.singleItem !== undefined) {
          annotateLabelledItem(builder, nodes, section.singleItem);
          continue;
        }
      }
      // "These are the follow-ups for the platform team to implement:" over the list names their owner.
      const introduced =
        tokens[listStart - 1]?.type === "paragraph_close"
          ? ownersFromIntro(tokens[listStart - 2]?.content ?? "", builder.ctx)
          : undefined;
      if (section?.isAction === true) {
        const intro =
          tokens[listStart - 1]?.type === "paragraph_close"
            ? tokens[listStart - 2]?.content
            : undefined;
        if (
          isLegend(builder, nodes, intro) ||
          isNameList(builder, nodes) ||
          isFactList(builder, nodes, intro) ||
          isNotesList(builder, nodes, intro) ||
          isReaderAdviceList(builder, nodes, intro) ||
          isDecisionRules(builder, nodes) ||
          isGapList(builder, nodes)
        ) {
          continue;
        }
        if (introduced !== undefined && section.owners.length === 0) {
          section.owners = introduced;
        }
        if (intro !== undefined && section.deadline === undefined) {
          section.deadline = deadlineFromIntro(intro, builder.ctx.reference, builder.ctx.dayFirst);
        }
        if (readHeadingFieldList(builder, nodes, section)) {
          continue;
        }
        // "**CA-1** — Reconcile the ledger nightly" over "- Owner: …", "- Target date: …": the line is the action.
        const title = pendingParagraphs[pendingParagraphs.length - 1];
        if (
          title !== undefined &&
          tokens[listStart - 1]?.type === "paragraph_close" &&
          readTitleOverFieldList(builder, nodes, section, title, token.map[0])
        ) {
          pendingParagraphs.pop();
          continue;
        }
        // "**Ana** Add dashboards for:" over "- the ingest queue": the owned line is the action.
        if (
          title !== undefined &&
          tokens[listStart - 1]?.type === "paragraph_close" &&
          readOwnerLedOverParts(builder, nodes, section, title, token.map[0])
        ) {
          pendingParagraphs.pop();
          section.hasStructuredItems = true;
          continue;
        }
        const before = builder.actions.length;
        // "We have already made the following changes:" marks this list done, not the section's later lists;
        // "Mei Chen" on a line of its own over it makes her the owner of this list only.
        const introLine = tokens[listStart - 3]?.map?.[0];
        const labelOwners =
          intro !== undefined && introduced === undefined && introLine !== undefined
            ? ownersOfLabelLine(builder, intro, introLine, section)
            : [];
        const done = intro !== undefined && !section.done && doneFromIntro(intro);
        // Under "Learnings / next steps" a sentence that gives the list an owner ("@dana is going to write
        // two documents:") says the list is work, not lessons.
        const ownedWork = introduced !== undefined && section.mixed === true;
        // "The following will be picked up by Jonas:" under "### Platform team": the sentence right over
        // the list names its owner more closely than the heading does.
        const listOwners =
          labelOwners.length > 0
            ? labelOwners
            : introduced !== undefined && section.owners !== introduced
              ? introduced
              : undefined;
        const listSection =
          done || listOwners !== undefined || ownedWork
            ? {
                ...section,
                done: section.done || done,
                owners: listOwners ?? section.owners,
                mixed: section.mixed === true && !ownedWork,
              }
            : section;
        const lentVerb = intro === undefined ? undefined : verbLineOverList(intro, builder.ctx);
        for (const node of nodes) {
          readListNode(builder, node, listSection, lentVerb);
        }
        settleParticipleLeads(builder.actions.slice(before));
        if (builder.actions.length > before) {
          section.hasStructuredItems = true;
        }
      } else if (
        followUpIntro &&
        (section === undefined || !isNotActionHeadingText(section.title))
      ) {
        // "We are taking the following actions to prevent a recurrence:" over a list: the list is the actions;
        // "The following fixes were implemented:" reports them finished, as it does under an action heading.
        const followUp = followUpContext(section, introduced);
        const intro = tokens[listStart - 2]?.content ?? "";
        const context = doneFromIntro(intro) ? { ...followUp, done: true } : followUp;
        for (const node of nodes) {
          readListNode(builder, node, context);
        }
        followUpList = { context, lastLine: listLastLine };
        continue;
      } else {
        if (
          labelledAbove !== undefined &&
          tokens[listStart - 1]?.type === "paragraph_close" &&
          token.map[0] <= labelledAbove.lastLine + 2
        ) {
          annotateLabelledItem(builder, nodes, labelledAbove.item);
        }
        if (
          readOwnedHeading(builder, nodes, section) ||
          readCommittedTitles(builder, nodes, section) ||
          readPromiseList(
            builder,
            nodes,
            section,
            tokens[listStart - 1]?.type === "paragraph_close"
              ? tokens[listStart - 2]?.content
              : undefined,
          )
        ) {
          continue;
        }
        const labelGroups = readActionLabelGroups(builder, nodes, section);
        readLabelledListItems(builder, nodes, section, labelGroups);
        if (!sections.some((s) => s.isActionSection)) {
          readLooseTasks(builder, nodes, section, labelGroups);
        }
      }
      continue;
    }
    if (token.type === "table_open" && token.map !== null) {
      let end = i;
      while (end < tokens.length && tokens[end].type !== "table_close") {
        end++;
      }
      const section = current();
      const inAction = inActionSection();
      const context = introducedTable(i);
      const added = readTable(
        builder,
        tableRows(builder, tokens, i, end, inAction || context !== undefined),
        context ?? section,
        inAction || context !== undefined,
      );
      if (added > 0 && section !== undefined) {
        section.hasStructuredItems = true;
      }
      if (added > 0 && context !== undefined && token.map !== null) {
        // "We will also …" after the table goes on with its actions, as after a list.
        followUpList = { context, lastLine: token.map[1] - 1 };
      }
      i = end;
      continue;
    }
    if (token.type === "paragraph_open" && token.map !== null && token.level === 0) {
      const content = tokens[i + 1]?.content ?? "";
      const label =
        pseudoHeadingTitle(content) ??
        italicActionHeadingTitle(content) ??
        (inActionSection() ? italicNarrativeLabelTitle(content) : undefined);
      const caps = label === undefined && isCapsHeading(content);
      // "**Add the alert**" over a paragraph of field lines is an action's title, not a heading.
      const titlesFields =
        label !== undefined &&
        inActionSection() &&
        tokens[i + 3]?.type === "paragraph_open" &&
        tokens[i + 3].map !== null &&
        onlyFieldLines(builder, tokens[i + 3].map as [number, number]);
      const oneLine = token.map[1] - token.map[0] === 1;
      if ((label !== undefined || caps) && oneLine && !titlesFields) {
        // A bold line on its own ("**Follow-up actions:**"), or an ALL-CAPS one ("REMEDIATION AND PREVENTION"),
        // acts as a heading one level down.
        flushParagraphs();
        while (stack.length > 0 && stack[stack.length - 1].level >= PSEUDO_LEVEL) {
          popSection();
        }
        const title = label ?? toPlainText(content.trim().replace(/:$/, ""));
        // A bold line keeps its line: over a list of its fields it is the action's title.
        const headingLine = label !== undefined ? token.map[0] : undefined;
        stack.push(
          sectionContext(builder, title, PSEUDO_LEVEL, token.map[0], current(), { headingLine }),
        );
        continue;
      }
      // "**Lessons learned**" with the section's lines right below it, no blank line between.
      const leading = oneLine ? undefined : leadingSectionLabel(builder, token.map[0]);
      let map: [number, number] = token.map;
      if (leading !== undefined) {
        flushParagraphs();
        while (stack.length > 0 && stack[stack.length - 1].level >= PSEUDO_LEVEL) {
          popSection();
        }
        stack.push(
          sectionContext(builder, leading, PSEUDO_LEVEL, map[0], current(), {
            headingLine: map[0],
          }),
        );
        map = [map[0] + 1, map[1]];
      }
      if (inActionSection()) {
        pendingParagraphs.push(map);
      } else {
        const afterList =
          tokens[i - 1]?.type === "bullet_list_close" ||
          tokens[i - 1]?.type === "ordered_list_close" ||
          tokens[i - 1]?.type === "table_close" ||
          tokens[i - 1]?.type === "html_block";
        const continued =
          afterList &&
          leading === undefined &&
          followUpList !== undefined &&
          map[0] <= followUpList.lastLine + 2
            ? followUpList
            : undefined;
        labelledAbove =
          (continued !== undefined
            ? readFollowUpContinuation(builder, map, continued.context)
            : undefined) ?? readLabelledLines(builder, map, current());
      }
    }
  }
  readEmptySection(lines.lineCount);
  flushParagraphs();
  while (stack.length > 0) {
    popSection();
  }

  builder.actions = withoutCitedRecommendations(builder.actions);
  const blame = findBlame(
    text,
    excludedLines,
    lines,
    people.map((p) => p.name.split(/\s+/)[0]),
  );
  markOrganisationOwners(
    builder.actions,
    organisationNames(text, people, acronymOwners(builder.actions)),
  );
  markInitialsOwners(builder.actions, text);
  markReportedDone(builder.actions);
  return {
    text: document,
    frontMatter,
    title,
    date,
    sections,
    actions: builder.actions,
    blame,
    problems,
    positionAt: (offset) => lines.positionAt(offset),
    offsetAt: (position) => lines.offsetAt(position),
  };
}

/** "Action point: create the list" with "This has been done." right under it: the line reports the item done. */
function markReportedDone(actions: ActionItem[]): void {
  for (const action of actions) {
    const first = action.annotations?.[0];
    if (
      first === undefined ||
      action.status.state !== "open" ||
      (action.status.evidence !== "default" && action.status.inferred !== true)
    ) {
      continue;
    }
    const reported = reportsDone(first.text);
    if (reported !== undefined) {
      action.status = { ...reported, span: first.span };
    }
  }
}
