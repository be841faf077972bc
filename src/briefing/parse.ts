// One briefing file's YAML text to a validated Briefing, or problems that each name file, line, column and field.
import { basename } from "node:path";
import { type Document, LineCounter, parseDocument, visit } from "yaml";
import type { z } from "zod";
import { locate, type PathSegment, type Position, toPosition } from "./locate.ts";
import { briefingFileSchema, FIELDS_BY_PLACE, slug } from "./schema.ts";
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
export function parseBriefingFile(text: string, file: string): FileParseResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const problem = (at: Position | undefined, path: readonly PathSegment[], message: string) =>
    makeProblem(file, at, path, message);

  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const quoteStart = e.code === "MISSING_CHAR" ? openQuoteBefore(doc, e.pos[0]) : undefined;
        const message = `YAML syntax error: ${firstLine(e.message)}`;
        return quoteStart === undefined
          ? problem(toPosition(lines, e.pos[0]), [], message)
          : problem(
              toPosition(lines, quoteStart),
              [],
              `${message} (the quote opened here never closes)`,
            );
      }),
    };
  }
  const raw: unknown = doc.toJS();
  if (!isRecord(raw)) {
    const found = raw === null || raw === undefined ? "an empty file" : describeValue(raw);
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
  const result = briefingFileSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push(...describeIssue(issue, raw, doc, lines, file));
  }
  problems.push(...checkDates(raw, doc, lines, file));
  problems.push(...checkSpeakers(raw, doc, lines, file));

  const fileId = basename(file).replace(/\.ya?ml$/i, "");
  if (raw.id === undefined && !slug.safeParse(fileId).success) {
    problems.push(
      problem(
        { line: 1, column: 1 },
        ["id"],
        `no id given and the file name "${fileId}" is not a valid id; add an id: line (a-z, 0-9 and -) or rename the file`,
      ),
    );
  }

  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
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
  let message: string;
  if (issue.code === "invalid_type") {
    if (value === undefined) {
      const missing = REQUIRED_HINTS[String(path[path.length - 1])] ?? expectedText(issue.expected);
      return [makeProblem(file, at(parentPath), path, `is required (${missing})`)];
    }
    message =
      value === null && issue.expected === "string"
        ? "must not be empty"
        : `expected ${expectedText(issue.expected)}, found ${describeValue(value)}${quoteHint(issue.expected, value)}`;
  } else if (issue.code === "too_small") {
    message = issue.origin === "string" ? "must not be empty" : issue.message;
  } else if (issue.message.startsWith("expected")) {
    message = `${issue.message}, found ${describeValue(value)}`;
  } else {
    message = `${describeValue(value)} ${issue.message}`;
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
  const { date, end_date: end } = raw;
  const wellFormed = (v: unknown): v is string =>
    typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
  if (!wellFormed(date) || !wellFormed(end) || end >= date) return [];
  return [
    makeProblem(
      file,
      locate(doc, lines, ["end_date"]),
      ["end_date"],
      `${end} is before date ${date}; expected the last day of the talks, on or after ${date}`,
    ),
  ];
}

function checkSpeakers(
  raw: Record<string, unknown>,
  doc: Document,
  lines: LineCounter,
  file: string,
): BriefingProblem[] {
  if (!Array.isArray(raw.quotes)) return [];
  const entries: NameEntry[] = [];
  for (const person of [...asArray(raw.participants), ...asArray(raw.parties)]) {
    if (!isRecord(person) || typeof person.name !== "string") continue;
    entries.push({ spelling: person.name, canonical: person.name });
    for (const alias of asArray(person.aliases)) {
      if (typeof alias === "string") entries.push({ spelling: alias, canonical: person.name });
    }
  }
  const known = new Set(entries.map((e) => normalizeName(e.spelling)));
  const problems: BriefingProblem[] = [];
  raw.quotes.forEach((quote, index) => {
    if (!isRecord(quote) || typeof quote.speaker !== "string" || !quote.speaker.trim()) return;
    if (known.has(normalizeName(quote.speaker))) return;
    const path = ["quotes", index, "speaker"];
    const suggestion = closestName(quote.speaker, entries);
    const hint = suggestion
      ? `did you mean "${suggestion}"?`
      : entries.length === 0
        ? "add the speaker under participants or parties"
        : `expected the name or an alias of one of: ${listNames(entries)}`;
    problems.push(
      makeProblem(
        file,
        locate(doc, lines, path),
        path,
        `"${quote.speaker}" names no participant or party; ${hint}`,
      ),
    );
  });
  return problems;
}

/** Speakers match names and aliases ignoring case and runs of spaces. */
export function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

function listNames(entries: readonly NameEntry[]): string {
  const names = [...new Set(entries.map((e) => e.canonical))];
  const shown = names.slice(0, 6).join(", ");
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

/** How a YAML value reads to someone who wrote it. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
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
  return text.split("\n")[0] ?? text;
}
