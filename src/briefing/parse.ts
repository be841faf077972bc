// One briefing file's YAML text to a validated Briefing, or problems that each name file, line, column and field.
import { basename } from "node:path";
import { Composer, type CST, Document, LineCounter, Parser, visit, YAMLParseError } from "yaml";
import type { z } from "zod";
import { locate, type PathSegment, type Position, toPosition } from "./locate.ts";
import { readPlainYaml } from "./plain-yaml.ts";
import { BRIEFING_FIELDS, briefingFileSchema, FIELDS_BY_PLACE, slug } from "./schema.ts";
import { closestName, closestWord, type NameEntry } from "./suggest.ts";
import type { Briefing, BriefingProblem } from "./types.ts";

/** What parsing one file produced: the briefing when it is valid, and every problem found. */
export interface ParseResult {
  briefing?: Briefing;
  problems: BriefingProblem[];
}

/** A ParseResult plus where the file's `id` is written (for duplicate-id problems). */
export interface FileParseResult extends ParseResult {
  idAt?: Position;
}

/**
 * Parses and validates one briefing file. `file` is used for problem locations, for
 * `Briefing.file`, and (without its extension) as the id when the file sets none.
 * A briefing is returned only when there are no problems.
 */
export function parseBriefing(text: string, file: string): ParseResult {
  const { briefing, problems } = parseBriefingFile(text, file);
  return briefing ? { briefing, problems } : { problems };
}

/** {@link parseBriefing}, also returning the position of the `id` field. */
export function parseBriefingFile(written: string, file: string): FileParseResult {
  // YAML 1.2 ends a line at CR LF, LF or a lone CR (old Mac files, stray CRs); the yaml library
  // knows only the first two, and read a CR-only file as one comment line ("an empty file").
  const text = written.replace(/\r(?!\n)/g, "\n");
  return validPlainBriefing(text, file) ?? parseAndLocate(text, file);
}

/**
 * The happy path: a file in plain YAML (plain-yaml.ts) that is a valid briefing, without the
 * yaml library's syntax tree and positions. Undefined when the file is not plain or has any
 * problem: the full parse then finds and locates every problem.
 */
function validPlainBriefing(text: string, file: string): FileParseResult | undefined {
  const plain = readPlainYaml(text);
  if (!plain) return undefined;
  const raw = plain.value;
  const result = briefingFileSchema.safeParse(raw);
  if (
    !result.success ||
    endsBeforeStart(raw) ||
    stepDateProblems(raw).length > 0 ||
    unknownSpeakers(raw).length > 0
  )
    return undefined;
  const fileId = basename(file).replace(/\.ya?ml$/i, "");
  if (raw.id === undefined && !slug.safeParse(fileId).success) return undefined;
  const { id, ...content } = result.data;
  const briefing: Briefing = { id: id ?? fileId, ...content, file };
  return { briefing, problems: [], ...(plain.idAt ? { idAt: plain.idAt } : {}) };
}

/**
 * Parses with the yaml library's syntax tree, so every problem is given its line and column.
 * Exported for the tests that compare it with the happy path.
 */
export function parseAndLocate(text: string, file: string): FileParseResult {
  const lines = new LineCounter();
  const problem = (at: Position | undefined, path: readonly PathSegment[], message: string) =>
    makeProblem(file, at, path, message);

  // Parse to the syntax tree first (no recursion), and refuse deep nesting before composing it:
  // composing recurses once per level, and a stack overflow there can end the whole process.
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  const shape = shapeBeyond(tokens);
  if (shape) {
    const message =
      shape.kind === "deep"
        ? `lists and mappings are nested more than ${MAX_NESTING} levels deep here; a briefing needs 4 at most (the file, participants, one participant, its aliases)`
        : `this mapping has more than ${MAX_KEYS} keys; a briefing's mappings have ${BRIEFING_FIELDS.length} fields at most (remove the repeated or extra keys)`;
    return { problems: [problem(toPosition(lines, shape.offset), [], message)] };
  }
  const doc = composeOne(tokens, text.length);

  if (doc.errors.length > 0) {
    const listed = doc.errors.slice(0, MAX_PROBLEMS).map((e) => {
      const quoteStart = e.code === "MISSING_CHAR" ? openQuoteBefore(doc, e.pos[0]) : undefined;
      const message = `YAML syntax error: ${firstLine(e.message)}`;
      return quoteStart === undefined
        ? problem(toPosition(lines, e.pos[0]), [], message)
        : problem(
            toPosition(lines, quoteStart),
            [],
            `${message} (the quote opened here never closes)`,
          );
    });
    return { problems: [...listed, ...moreProblems(file, doc.errors.length - MAX_PROBLEMS)] };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml library's guard against the "billion laughs" alias bomb throws a ReferenceError.
    if (!(error instanceof ReferenceError)) throw error;
    return {
      problems: [
        problem(
          toPosition(lines, firstAliasOffset(doc) ?? 0),
          [],
          `YAML aliases (*name) here expand to too many copies of their values (the "billion laughs" pattern); write the values out instead of repeating aliases`,
        ),
      ],
    };
  }
  const source = text.split("\n");
  if (!isRecord(raw)) {
    const at = toPosition(lines, startOf(doc.contents) ?? 0);
    const found =
      raw === null || raw === undefined
        ? "an empty file"
        : describeValue(raw, restOfLine(source, at));
    return {
      problems: [
        problem(
          { line: 1, column: 1 },
          [],
          `expected a mapping of fields (title:, date:, summary:, sources: …), found ${found}`,
        ),
      ],
    };
  }

  const problems: BriefingProblem[] = [];
  // Each problem is described (located, quoted, given a hint) only while there is room to list
  // it: a file with 100,000 bad items costs no more than one with 20.
  let unlisted = 0;
  const result = briefingFileSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (problems.length >= MAX_PROBLEMS) unlisted++;
      else problems.push(...describeIssue(issue, raw, doc, lines, source, file));
    }
  }
  problems.push(...checkDates(raw, doc, lines, file));
  const speakers = checkSpeakers(raw, doc, lines, source, file, MAX_PROBLEMS);
  problems.push(...speakers.problems);
  unlisted += speakers.unlisted;

  const fileId = basename(file).replace(/\.ya?ml$/i, "");
  if (raw.id === undefined && !slug.safeParse(fileId).success) {
    problems.push(
      problem(
        { line: 1, column: 1 },
        ["id"],
        `no id given and the file name ${describeValue(fileId)} is not a valid id; add an id: line (a-z, 0-9 and -) or rename the file`,
      ),
    );
  }

  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  unlisted += Math.max(0, problems.length - MAX_PROBLEMS);
  problems.splice(MAX_PROBLEMS);
  problems.push(...moreProblems(file, unlisted));
  const idAt = raw.id === undefined ? undefined : locate(doc, lines, ["id"], "key");
  const withId = idAt ? { idAt } : {};
  if (problems.length > 0 || !result.success) return { problems, ...withId };

  const { id, ...content } = result.data;
  const briefing: Briefing = { id: id ?? fileId, ...content, file };
  return { briefing, problems, ...withId };
}

function describeIssue(
  issue: z.core.$ZodIssue,
  raw: Record<string, unknown>,
  doc: Document,
  lines: LineCounter,
  source: readonly string[],
  file: string,
): BriefingProblem[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== "symbol");
  const at = (p: readonly PathSegment[], target: "value" | "key" = "value") =>
    locate(doc, lines, p, target);

  if (issue.code === "unrecognized_keys") {
    const place = path.filter((s) => typeof s === "string").join(".");
    const allowed = FIELDS_BY_PLACE[place] ?? [];
    return issue.keys.map((key) => {
      const suggestion = closestWord(key, allowed);
      const hint = suggestion
        ? `did you mean "${suggestion}"?`
        : `expected one of: ${allowed.join(", ")}`;
      return makeProblem(file, at([...path, key], "key"), [...path, key], `unknown field; ${hint}`);
    });
  }

  const value = valueAt(raw, path);
  const parentPath = path.slice(0, -1);
  const shown = describeValue(value, restOfLine(source, at(path)));
  let message: string;
  if (issue.code === "invalid_type") {
    if (value === undefined) {
      const missing = REQUIRED_HINTS[String(path[path.length - 1])] ?? expectedText(issue.expected);
      return [makeProblem(file, at(parentPath), path, `is required (${missing})`)];
    }
    message =
      value === null && issue.expected === "string"
        ? "must not be empty"
        : `expected ${expectedText(issue.expected)}, found ${shown}${quoteHint(issue.expected, value)}`;
  } else if (issue.code === "too_small") {
    message = issue.origin === "string" ? "must not be empty" : issue.message;
  } else if (issue.message.startsWith("expected")) {
    message = `${issue.message}, found ${shown}`;
  } else {
    message = `${shown} ${issue.message}`;
  }
  return [makeProblem(file, at(path), path, message)];
}

/** What to write for a missing required field, where "text" would say too little. */
const REQUIRED_HINTS: Record<string, string> = {
  date: "a date as YYYY-MM-DD",
  sources: "a list with at least one source",
};

/** Where a quoted scalar that runs to `offset` without its closing quote begins. */
function openQuoteBefore(doc: Document, offset: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      if (quoted && node.range && node.range[0] < offset && node.range[1] >= offset) {
        start = node.range[0];
      }
    },
  });
  return start;
}

function checkDates(
  raw: Record<string, unknown>,
  doc: Document,
  lines: LineCounter,
  file: string,
): BriefingProblem[] {
  const problems = stepDateProblems(raw).map(({ path, message }) =>
    makeProblem(file, locate(doc, lines, path), path, message),
  );
  if (!endsBeforeStart(raw)) return problems;
  const { date, end_date: end } = raw;
  return [
    makeProblem(
      file,
      locate(doc, lines, ["end_date"]),
      ["end_date"],
      `${end} is before date ${date}; expected the last day of the talks, on or after ${date}`,
    ),
    ...problems,
  ];
}

/**
 * A next step's `end_date` is the last day of a step over several days: it needs the step's
 * first day (`date`) and may not be before it. Badly written dates are the schema's to report.
 */
function stepDateProblems(
  raw: Record<string, unknown>,
): Array<{ path: PathSegment[]; message: string }> {
  const found: Array<{ path: PathSegment[]; message: string }> = [];
  asArray(raw.next_steps).forEach((step, i) => {
    if (!isRecord(step) || !wellFormedDay(step.end_date)) return;
    const path: PathSegment[] = ["next_steps", i, "end_date"];
    if (step.date === undefined)
      found.push({
        path,
        message: `${step.end_date} has no first day; add the step's date (its first day) or remove end_date`,
      });
    else if (wellFormedDay(step.date) && step.end_date < step.date)
      found.push({
        path,
        message: `${step.end_date} is before the step's date ${step.date}; expected its last day, on or after ${step.date}`,
      });
  });
  return found;
}

const wellFormedDay = (v: unknown): v is string =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** True when both dates are well formed and `end_date` is before `date`. */
function endsBeforeStart(raw: Record<string, unknown>): boolean {
  const { date, end_date: end } = raw;
  const wellFormed = (v: unknown): v is string =>
    typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
  return wellFormed(date) && wellFormed(end) && end < date;
}

/** Every spelling of a participant's or party's name (and aliases), with the name it stands for. */
function speakerNames(raw: Record<string, unknown>): NameEntry[] {
  const entries: NameEntry[] = [];
  for (const person of [...asArray(raw.participants), ...asArray(raw.parties)]) {
    if (!isRecord(person) || typeof person.name !== "string") continue;
    entries.push({ spelling: person.name, canonical: person.name });
    for (const alias of asArray(person.aliases)) {
      if (typeof alias === "string") entries.push({ spelling: alias, canonical: person.name });
    }
  }
  return entries;
}

/** The indexes of the quotes whose speaker names no participant or party. */
function unknownSpeakers(raw: Record<string, unknown>, entries = speakerNames(raw)): number[] {
  if (!Array.isArray(raw.quotes)) return [];
  const known = new Set(entries.map((e) => normalizeName(e.spelling)));
  const unknown: number[] = [];
  raw.quotes.forEach((quote, index) => {
    if (!isRecord(quote) || typeof quote.speaker !== "string" || !quote.speaker.trim()) return;
    if (!known.has(normalizeName(quote.speaker))) unknown.push(index);
  });
  return unknown;
}

function checkSpeakers(
  raw: Record<string, unknown>,
  doc: Document,
  lines: LineCounter,
  source: readonly string[],
  file: string,
  budget: number,
): { problems: BriefingProblem[]; unlisted: number } {
  if (!Array.isArray(raw.quotes)) return { problems: [], unlisted: 0 };
  const entries = speakerNames(raw);
  const problems: BriefingProblem[] = [];
  let unlisted = 0;
  for (const index of unknownSpeakers(raw, entries)) {
    const quote = raw.quotes[index] as { speaker: string };
    if (problems.length >= budget) {
      unlisted++;
      continue;
    }
    const path = ["quotes", index, "speaker"];
    const at = locate(doc, lines, path);
    const suggestion = closestName(quote.speaker, entries);
    const hint = suggestion
      ? `did you mean ${describeValue(suggestion, NAME_ROOM)}?`
      : entries.length === 0
        ? "add the speaker under participants or parties"
        : `expected the name or an alias of one of: ${listNames(entries)}`;
    problems.push(
      makeProblem(
        file,
        at,
        path,
        `${describeValue(quote.speaker, restOfLine(source, at))} names no participant or party; ${hint}`,
      ),
    );
  }
  return { problems, unlisted };
}

/** Speakers match names and aliases ignoring case and runs of spaces. */
export function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

function listNames(entries: readonly NameEntry[]): string {
  const names = [...new Set(entries.map((e) => e.canonical))];
  const shown = names
    .slice(0, 6)
    .map((name) => shorten(name, NAME_ROOM))
    .join(", ");
  return names.length > 6 ? `${shown}, …` : shown;
}

/** `quotes[2].speaker` from `["quotes", 2, "speaker"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

function makeProblem(
  file: string,
  at: Position | undefined,
  path: readonly PathSegment[],
  message: string,
): BriefingProblem {
  return at
    ? { file, line: at.line, column: at.column, path: formatPath(path), message }
    : { file, path: formatPath(path), message };
}

/** YAML reads `2022` or `true` as a number or yes/no; quoting makes it text. */
function quoteHint(expected: string, value: unknown): string {
  const scalar = typeof value === "number" || typeof value === "boolean";
  return expected === "string" && scalar ? "; put it in quotes to make it text" : "";
}

function expectedText(expected: string): string {
  if (expected === "string") return "text";
  if (expected === "array") return "a list";
  if (expected === "object") return "a mapping of fields";
  return `a ${expected}`;
}

/**
 * How a YAML value reads to someone who wrote it. Text is quoted from its first line only, and at
 * most `room` characters of it (the rest of the offending source line, when the caller knows it),
 * so a message never carries more of a file than the line it points at.
 */
export function describeValue(value: unknown, room = 57): string {
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(shorten(value, room));
  if (typeof value === "number") return `a number (${value})`;
  if (typeof value === "boolean") return `a yes/no value (${value})`;
  if (Array.isArray(value)) return "a list";
  if (isRecord(value)) return "a mapping";
  return typeof value;
}

function valueAt(raw: unknown, path: readonly PathSegment[]): unknown {
  let node = raw;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === "number") node = node[segment];
    else if (isRecord(node)) node = node[String(segment)];
    else return undefined;
  }
  return node;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function firstLine(text: string): string {
  return shorten(text, 200, 200);
}

/**
 * The first line of `text`, cut to `room` characters (at least 1, at most `cap`) with "..." when
 * anything was left out.
 */
function shorten(text: string, room: number, cap = 57): string {
  const line = text.split("\n", 1)[0] ?? "";
  const max = Math.max(1, Math.min(room, cap));
  if (line.length <= max && line.length === text.length) return text;
  return `${[...line].slice(0, max).join("")}...`;
}

/** How many characters of the source line `at` points into remain from there on. */
function restOfLine(source: readonly string[], at: Position): number {
  const line = source[at.line - 1] ?? "";
  return line.length - (at.column - 1);
}

/** The last problem of a file with more than {@link MAX_PROBLEMS}: how many were not listed. */
function moreProblems(file: string, count: number): BriefingProblem[] {
  if (count <= 0) return [];
  const more = count === 1 ? "1 more problem" : `${count.toLocaleString("en")} more problems`;
  return [
    {
      file,
      path: "",
      message: `and ${more} in this file (only the first ${MAX_PROBLEMS} are listed); fix these first`,
    },
  ];
}

/** How long a name from the file may be when a message suggests it. */
const NAME_ROOM = 40;

/** Deeper nesting than this is refused before the YAML is composed (a briefing needs 4). */
const MAX_NESTING = 32;

/** How many alias expansions a file may make (the yaml library's own default, made explicit). */
const MAX_ALIAS_COUNT = 100;

/**
 * How many keys one mapping may have before the YAML is composed: the widest mapping of a briefing
 * has 16 fields, and composing checks each key against every earlier one of its mapping, so a
 * 1 MB file of 100,000 keys would take minutes.
 */
const MAX_KEYS = 64;

/** How many problems one file lists; the rest are counted in one last problem. */
const MAX_PROBLEMS = 20;

/**
 * The offset of the first collection nested deeper than {@link MAX_NESTING}, or of the first key
 * past {@link MAX_KEYS} in one mapping, walking the syntax tree with an explicit stack (a
 * recursive walk would itself overflow on the files this guards against).
 */
function shapeBeyond(
  tokens: readonly CST.Token[],
): { kind: "deep" | "wide"; offset: number } | undefined {
  const stack: [unknown, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== "object") continue;
    const type = (node as { type?: unknown }).type;
    const collection = type === "block-map" || type === "block-seq" || type === "flow-collection";
    const level = depth + (collection ? 1 : 0);
    const offset = (node as { offset?: number }).offset ?? 0;
    if (level > MAX_NESTING) return { kind: "deep", offset };
    const wide = type === "block-map" || type === "flow-collection" ? widthBeyond(node) : undefined;
    if (wide !== undefined) return { kind: "wide", offset: wide };
    for (const child of Object.values(node)) {
      if (child !== null && typeof child === "object") stack.push([child, level]);
    }
  }
  return undefined;
}

/** The offset of the key past {@link MAX_KEYS} in a block mapping or a flow mapping (`{…}`). */
function widthBeyond(node: object): number | undefined {
  if ((node as CST.BlockMap).type === "block-map") {
    const items = (node as CST.BlockMap).items;
    if (items.length <= MAX_KEYS) return undefined;
    const item = items[MAX_KEYS];
    return item?.key?.offset ?? item?.start[0]?.offset ?? (node as CST.BlockMap).offset;
  }
  const flow = node as CST.FlowCollection;
  if (flow.start.source !== "{") return undefined;
  let keys = 1;
  for (const item of flow.items) {
    for (const token of item.start) {
      if (token.type === "comma" && ++keys > MAX_KEYS) return token.offset;
    }
  }
  return undefined;
}

/** Composes the first YAML document of the tokens, as `parseDocument` does (more are an error). */
function composeOne(tokens: readonly CST.Token[], length: number): Document {
  // The yaml library makes an Error for each syntax error; capturing a stack for each is most of
  // the cost of composing a file of garbage, and no message shows one.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return composeFirst(tokens, length);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function composeFirst(tokens: readonly CST.Token[], length: number): Document {
  const composer = new Composer({ prettyErrors: false });
  let doc: Document | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) {
      doc = next;
      continue;
    }
    doc.errors.push(
      new YAMLParseError(
        [next.range[0], next.range[1]],
        "MULTIPLE_DOCS",
        "Source contains multiple documents; a briefing is one document (remove the --- line)",
      ),
    );
    break;
  }
  return doc ?? new Document();
}

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function startOf(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] } | null)?.range?.[0];
}
