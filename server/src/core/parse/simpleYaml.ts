// A reader for the flat front matter almost every post-mortem has (`key: value`, quoted strings,
// `[a, b]` and `- item` lists). Parsing YAML in full cost a quarter of a bare markdown-it parse per
// document; this reads the common shape in a fraction of that and returns undefined for anything
// else, which then goes to the `yaml` library. A test checks both agree on the subset.

export interface SimpleYaml {
  data: Record<string, unknown>;
  /** Offsets (relative to the YAML text) of each key's line: key start to value end. */
  spans: Map<string, { start: number; end: number }>;
}

// Greedy to the line's end, trailing blanks cut after: a lazy value tried the end at every character.
const KEY_LINE = /^([A-Za-z_][\w.-]*(?: [\w.-]+)*)[ \t]*:(?:[ \t]+(.*))?$/;
const TRAILING_BLANKS = /[ \t]+$/;
const LIST_ITEM = /^([ \t]+)-[ \t]+(.*?)[ \t]*$/;
const PLAIN_UNSAFE = /^[[\]{}&*!|>%@`'"#,?:-]|: | #|\t/;

function scalar(text: string): { value: unknown } | undefined {
  if (text === "") {
    return { value: null };
  }
  if (text.startsWith('"')) {
    return /^"[^"\\]*"$/.test(text) ? { value: text.slice(1, -1) } : undefined;
  }
  if (text.startsWith("'")) {
    return /^'[^']*'$/.test(text) ? { value: text.slice(1, -1) } : undefined;
  }
  if (PLAIN_UNSAFE.test(text) || text.endsWith(":")) {
    return undefined;
  }
  // Booleans, nulls and numbers all start with one of these; other text is a string as it stands.
  if (!MAY_BE_TYPED.test(text)) {
    return { value: text };
  }
  if (/^(?:true|True|TRUE)$/.test(text)) {
    return { value: true };
  }
  if (/^(?:false|False|FALSE)$/.test(text)) {
    return { value: false };
  }
  if (/^(?:null|Null|NULL|~)$/.test(text)) {
    return { value: null };
  }
  if (/^[-+]?\d+$/.test(text)) {
    return /^[-+]?0\d/.test(text) ? undefined : { value: Number(text) };
  }
  if (
    /^[-+]?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(text) ||
    /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(text) ||
    /^0[xo]/.test(text)
  ) {
    return undefined; // Numbers in other notations: leave them to the full parser.
  }
  return { value: text };
}

const MAY_BE_TYPED = /^[tTfFnN~+\-.\d]/;

function flowList(text: string): { value: unknown[] } | undefined {
  const inner = text.slice(1, -1).trim();
  if (inner === "") {
    return { value: [] };
  }
  const items: unknown[] = [];
  for (const part of inner.split(",")) {
    const item = scalar(part.trim());
    if (item === undefined || part.trim() === "") {
      return undefined;
    }
    items.push(item.value);
  }
  return { value: items };
}

export function readSimpleYaml(yaml: string): SimpleYaml | undefined {
  const data: Record<string, unknown> = {};
  const spans = new Map<string, { start: number; end: number }>();
  const lists = new Map<string, unknown[]>();
  let listKey: string | undefined;
  let offset = 0;
  for (const rawLine of yaml.split("\n")) {
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    const lineStart = offset;
    offset += rawLine.length + 1;
    if (line.trim() === "" || line.startsWith("#")) {
      continue;
    }
    const first = line.charCodeAt(0);
    const item = first === 0x20 || first === 0x09 ? LIST_ITEM.exec(line) : null;
    if (item !== null) {
      const value = listKey === undefined ? undefined : scalar(item[2]);
      if (value === undefined) {
        return undefined;
      }
      lists.get(listKey!)!.push(value.value);
      spans.get(listKey!)!.end = lineStart + line.length;
      continue;
    }
    const match = KEY_LINE.exec(line);
    if (match === null || match[1] in data) {
      return undefined;
    }
    const key = match[1];
    const text = match[2] === undefined ? "" : match[2].replace(TRAILING_BLANKS, "");
    spans.set(key, { start: lineStart, end: lineStart + line.trimEnd().length });
    listKey = undefined;
    if (text === "") {
      // A key followed by "- item" lines holds the list; alone, it is null.
      data[key] = null;
      listKey = key;
      lists.set(key, []);
      continue;
    }
    const value = text.startsWith("[") && text.endsWith("]") ? flowList(text) : scalar(text);
    if (value === undefined) {
      return undefined;
    }
    data[key] = value.value;
  }
  for (const [key, list] of lists) {
    if (list.length > 0) {
      data[key] = list;
    }
  }
  return { data, spans };
}
