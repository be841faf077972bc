// The grader of issue 11's blind draft set (tests/fixtures/articles-blind): drafts each report with
// the drafter `briefbot draft` runs, and compares the draft with the facts the set's writer, who had
// not read src/draft, expected a careful reader to extract. Used by blind.test.ts and blind-report.ts.
//
// Comparison is lenient where wording may fairly differ: names, roles and sides are compared
// lower-cased, without accents, honorifics, possessive 's or punctuation, and match when one
// contains the other as whole words ("the prime minister of North Macedonia" matches "Prime
// Minister of North Macedonia (host)"; "General" does not match "Secretary-General"). A side or party
// also matches its initials ("EU", "U.S.", "TPLF") and the draft party's aliases.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseBriefing } from "../../src/briefing/index.ts";
import type { BriefingFile } from "../../src/briefing/schema.ts";
import {
  DraftError,
  draftBriefing,
  type ReviewMark,
  renderDraft,
  UNATTRIBUTED,
} from "../../src/draft/index.ts";

export const BLIND_DIR = join(import.meta.dirname, "..", "fixtures", "articles-blind");

/** One `NAME.expected.json`, as the set's writer handed it over. */
export interface BlindExpected {
  style: string;
  published: string | null;
  talks_date: string;
  location: string | null;
  people: Array<{ name: string; role: string | null; side: string | null }>;
  quotes: Array<{ speaker: string | null; starts: string; attributable: boolean }>;
  next_steps: Array<{ text_contains: string; date: string | null; end_date: string | null }>;
  parties: string[];
}

export interface BlindReport {
  name: string;
  text: string;
  expected: BlindExpected;
}

/**
 * The kinds of fact. The first five are the issue's "people, roles, quotes with speakers and
 * dates" (CORE_KINDS, the headline figure); the rest are counted in "all facts".
 */
export type FactKind =
  | "name"
  | "role"
  | "side"
  | "quote"
  | "date"
  | "location"
  | "next step"
  | "party";

export const CORE_KINDS: readonly FactKind[] = ["name", "role", "side", "quote", "date"];

export interface Fact {
  kind: FactKind;
  /** What was expected ("Josep Borrell: role EU foreign policy chief"). */
  what: string;
  right: boolean;
  /** What the draft has instead, when not right. */
  got?: string;
}

export type QuoteOutcome = "right" | "unattributed" | "misattributed" | "missing";

export interface QuoteGrade {
  starts: string;
  expected: string | null;
  drafted?: string;
  outcome: QuoteOutcome;
  /**
   * How the speaker was judged when it was not plainly the expected name: "name cut" (a part of the
   * expected speaker's name that fits nobody else expected: "Pierre" for Karine Jean-Pierre, right),
   * "ambiguous" (a part that fits several expected people: "Kim", misattributed).
   */
  note?: "name cut" | "ambiguous";
  /** The attribution path (rule) that credited the drafted quote's speaker, when one did. */
  rule?: string;
}

export interface ReportGrade {
  name: string;
  style: string;
  /** The date given as `--date` because the drafter found none (as the CLI would require). */
  dateOption?: string;
  /** Why the report could not be drafted at all (a DraftError even with --date). */
  failed?: string;
  /** Validation problems of the rendered draft (the project's own parser); empty when valid. */
  problems: string[];
  facts: Fact[];
  quotes: QuoteGrade[];
  /** Drafted participants that match no expected person (bylines, places, groups …). */
  extraPeople: string[];
  /** Drafted next steps that match no expected one (rule sentences, outcomes …). */
  extraSteps: string[];
}

export interface Totals {
  reports: number;
  invalid: number;
  core: { right: number; total: number };
  all: { right: number; total: number };
  byKind: Record<FactKind, { right: number; total: number }>;
  quotes: Record<QuoteOutcome, number> & { total: number };
  /** Quotes judged right with a cut name, and misattributed ones given to an ambiguous name part. */
  nameCut: number;
  ambiguous: number;
  /** Quotes with no speaker to credit (attributable: false) that the draft rightly left Unattributed. */
  openAsExpected: number;
  extraPeople: number;
  extraSteps: number;
  datesGiven: number;
}

export interface SetGrade {
  reports: ReportGrade[];
  total: Totals;
  byStyle: Map<string, Totals>;
}

/** The reports of the blind set, in file order. */
export function loadBlindSet(dir = BLIND_DIR): BlindReport[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, "");
      return {
        name,
        text: readFileSync(join(dir, file), "utf8"),
        expected: JSON.parse(
          readFileSync(join(dir, `${name}.expected.json`), "utf8"),
        ) as BlindExpected,
      };
    });
}

// ---------------------------------------------------------------- comparing words

const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam"]);
const ARTICLES = new Set(["the", "a", "an", "its", "his", "her", "their"]);

/** Lower-case words without accents, possessive 's, punctuation (hyphens kept), honorifics. */
export function words(value: string): string[] {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/(\p{L})\.(?=\p{L}\.)/gu, "$1") // U.S. → US.
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .split(/\s+/)
    .filter((w) => w && w !== "-" && !HONORIFICS.has(w) && !ARTICLES.has(w));
}

function containsWords(hay: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++)
    if (needle.every((w, k) => hay[i + k] === w)) return true;
  return false;
}

/** Equal, or one contains the other as whole words. */
export function looseMatch(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  return containsWords(x, y) || containsWords(y, x);
}

const FILLERS = new Set(["of", "at", "to", "for", "in", "on", "and"]);

/**
 * A role against the expected one, for a person of side `side`: "Finland's president",
 * "President of Finland" and "Finnish President" are the same role. The side's name and its
 * demonym (a word sharing its first three letters with an ending like -ish, -ian, -ese) become one
 * token put first; "of", "at", "to" … are dropped; then whole-word containment either way.
 */
export function sameRole(drafted: string, expected: string, side: string | null): boolean {
  const sideWords = side ? words(side) : [];
  const token = sideWords.join("_");
  const norm = (role: string) => {
    let w = words(role);
    if (sideWords.length > 0) {
      const out: string[] = [];
      for (let i = 0; i < w.length; i++) {
        if (sideWords.every((x, k) => w[i + k] === x)) {
          out.push(token);
          i += sideWords.length - 1;
        } else if (sideWords.length === 1 && isDemonym(w[i] ?? "", sideWords[0] ?? "")) {
          out.push(token);
        } else out.push(w[i] ?? "");
      }
      // "R of SIDE …" → "SIDE R …"
      const at = out.findIndex((x, i) => x === "of" && out[i + 1] === token);
      if (at > 0) out.splice(0, out.length, token, ...out.slice(0, at), ...out.slice(at + 2));
      w = out;
    }
    return w.filter((x) => !FILLERS.has(x));
  };
  const x = norm(drafted);
  const y = norm(expected);
  return containsWords(x, y) || containsWords(y, x);
}

function isDemonym(word: string, country: string): boolean {
  return (
    word !== country &&
    country.length >= 4 &&
    word.slice(0, 3) === country.slice(0, 3) &&
    /(?:ish|ian|ese|ic|i|an|k)$/.test(word)
  );
}

const exactMatch = (a: string, b: string) => words(a).join(" ") === words(b).join(" ");

/** A person's name words without initials: "Donald J. Trump" is "Donald Trump". */
const nameWords = (value: string) => words(value).filter((w) => w.length > 1);
const sameNameExactly = (a: string, b: string) => nameWords(a).join(" ") === nameWords(b).join(" ");
const sameNameLoosely = (a: string, b: string) => {
  const x = nameWords(a);
  const y = nameWords(b);
  return containsWords(x, y) || containsWords(y, x);
};

/** "European Union" → "eu", "Tigray People's Liberation Front" → "tplf". */
function initials(value: string): string {
  const w = words(value).filter((x) => !["of", "and", "for"].includes(x));
  return w.length > 1 ? w.map((x) => x[0]).join("") : "";
}

/** A side or party name against an expected one, with initials and the draft's party aliases. */
function sameParty(drafted: string, expected: string, briefing: BriefingFile): boolean {
  const party = briefing.parties?.find((p) => exactMatch(p.name, drafted));
  const names = [drafted, ...(party?.aliases ?? [])];
  return names.some((n) => {
    if (looseMatch(n, expected)) return true;
    const w = words(n).join("");
    return w === initials(expected) || words(expected).join("") === initials(n);
  });
}

// ---------------------------------------------------------------- grading one report

type Participant = NonNullable<BriefingFile["participants"]>[number];

const namesOf = (p: Participant) => [p.name, ...(p.aliases ?? [])];

/**
 * Pairs each expected person with a drafted participant: an exact name (or alias) first, then a
 * name that contains or is contained in it, each participant used once.
 */
function matchPeople(
  expected: BlindExpected["people"],
  participants: Participant[],
): Map<string, Participant> {
  const pairs = new Map<string, Participant>();
  const used = new Set<Participant>();
  for (const exact of [true, false])
    for (const person of expected) {
      if (pairs.has(person.name)) continue;
      const found = participants.find(
        (p) =>
          !used.has(p) &&
          namesOf(p).some((n) =>
            exact ? sameNameExactly(n, person.name) : sameNameLoosely(n, person.name),
          ),
      );
      if (found) {
        pairs.set(person.name, found);
        used.add(found);
      }
    }
  return pairs;
}

/** The quote text with typographic quotes and spacing made plain, for finding `starts`. */
const plain = (value: string) =>
  value
    .replace(/[’‘]/g, "'")
    .replace(/[“”„"]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** Drafts one report as `briefbot draft FILE` would, with `--date` only when the CLI demands it. */
export function draftReport(report: BlindReport): {
  briefing?: BriefingFile;
  yaml?: string;
  marks?: ReviewMark[];
  dateOption?: string;
  failed?: string;
} {
  const file = `${report.name}.txt`;
  try {
    const draft = draftBriefing(report.text, { file });
    return { briefing: draft.briefing, yaml: renderDraft(draft), marks: draft.marks };
  } catch (error) {
    if (!(error instanceof DraftError) || !/pass --date/.test(error.message))
      return { failed: String(error instanceof Error ? error.message : error) };
  }
  // What a person running the command would pass: the talks' date.
  const dateOption = report.expected.talks_date;
  try {
    const draft = draftBriefing(report.text, { file, date: dateOption });
    return { briefing: draft.briefing, yaml: renderDraft(draft), marks: draft.marks, dateOption };
  } catch (error) {
    return { dateOption, failed: String(error instanceof Error ? error.message : error) };
  }
}

export function gradeReport(report: BlindReport): ReportGrade {
  const want = report.expected;
  const drafted = draftReport(report);
  const grade: ReportGrade = {
    name: report.name,
    style: want.style,
    problems: [],
    facts: [],
    quotes: [],
    extraPeople: [],
    extraSteps: [],
  };
  if (drafted.dateOption) grade.dateOption = drafted.dateOption;
  if (drafted.failed || !drafted.briefing || drafted.yaml === undefined) {
    grade.failed = drafted.failed ?? "no draft";
    grade.problems.push(`not drafted: ${grade.failed}`);
  } else {
    grade.problems = parseBriefing(drafted.yaml, `${report.name}.yaml`).problems.map(
      (p) => `${p.path}: ${p.message}`,
    );
  }
  const b: BriefingFile = drafted.briefing ?? {
    title: "",
    date: "",
    summary: "",
    sources: [{ title: "" }],
  };
  const fact = (kind: FactKind, what: string, right: boolean, got?: string) => {
    const f: Fact = { kind, what, right };
    if (!right) f.got = got ?? "nothing";
    grade.facts.push(f);
  };

  // People: the name, then the role and side where the expected file gives them.
  const participants = (b.participants ?? []).filter((p) => p.name !== UNATTRIBUTED);
  const pairs = matchPeople(want.people, participants);
  for (const person of want.people) {
    const p = pairs.get(person.name);
    fact("name", person.name, p !== undefined);
    if (person.role)
      fact(
        "role",
        `${person.name}: ${person.role}`,
        p?.role !== undefined && sameRole(p.role, person.role, person.side),
        p ? (p.role ?? "no role") : "person missing",
      );
    if (person.side)
      fact(
        "side",
        `${person.name}: ${person.side}`,
        p?.side !== undefined && sameParty(p.side, person.side, b),
        p ? (p.side ?? "no side") : "person missing",
      );
  }
  const matched = new Set(pairs.values());
  grade.extraPeople = participants.filter((p) => !matched.has(p)).map((p) => p.name);

  // Quotes: found by their first words (or inside a longer drafted quote), then the speaker.
  const quotes = b.quotes ?? [];
  for (const q of want.quotes) {
    // The comma or full stop that ends a quote's first words belongs to the sentence: a drafted
    // quote may end without it ("We are under no illusions," is the quote "We are under no illusions").
    const starts = plain(q.starts).replace(/[,.;:]+$/, "");
    const got =
      quotes.find((x) => plain(x.text).startsWith(starts)) ??
      quotes.find((x) => plain(x.text).includes(starts));
    let outcome: QuoteOutcome;
    if (!got) outcome = "missing";
    else if (got.speaker === UNATTRIBUTED) outcome = q.attributable ? "unattributed" : "right";
    else if (!q.speaker) outcome = "misattributed";
    else outcome = sameSpeaker(got.speaker, q.speaker, want, pairs, b) ? "right" : "misattributed";
    let note: QuoteGrade["note"];
    if (got && q.speaker && outcome === "misattributed") {
      const fits = want.people.filter((p) => isNamePart(got.speaker, p.name));
      if (fits.length === 1 && fits[0]?.name === q.speaker) {
        outcome = "right";
        note = "name cut";
      } else if (fits.length > 1 && fits.some((p) => p.name === q.speaker)) note = "ambiguous";
    }
    const entry: QuoteGrade = { starts: q.starts, expected: q.speaker, outcome };
    if (note) entry.note = note;
    if (got) entry.drafted = got.speaker;
    const index = got ? quotes.indexOf(got) : -1;
    const rule = drafted.marks?.find((m) => m.path[0] === "quotes" && m.path[1] === index)?.rule;
    if (rule) entry.rule = rule;
    grade.quotes.push(entry);
    fact(
      "quote",
      `"${q.starts}…" by ${q.speaker ?? "nobody named"}`,
      outcome === "right",
      got ? `${outcome}: ${got.speaker}` : "quote missing",
    );
  }

  // Dates: the talks' date (not right when it had to be given), the publication date, next steps.
  fact(
    "date",
    `talks' date ${want.talks_date}`,
    !drafted.dateOption && b.date === want.talks_date,
    drafted.dateOption ? "none found (--date needed)" : b.date,
  );
  if (want.published) {
    const published = b.sources[0]?.published?.slice(0, 10);
    fact("date", `published ${want.published}`, published === want.published, published);
  }
  const steps = b.next_steps ?? [];
  const usedSteps = new Set<number>();
  for (const s of want.next_steps) {
    const needle = s.text_contains.toLowerCase();
    const index = steps.findIndex((x) => x.text.toLowerCase().includes(needle));
    const step = steps[index];
    if (step) usedSteps.add(index);
    fact("next step", `next step "${s.text_contains}"`, step !== undefined);
    if (s.date)
      fact(
        "date",
        `next step "${s.text_contains}" on ${s.date}`,
        step?.date === s.date,
        step ? (step.date ?? "no date") : "step missing",
      );
    if (s.end_date)
      fact(
        "date",
        `next step "${s.text_contains}" until ${s.end_date}`,
        step?.end_date === s.end_date,
        step ? (step.end_date ?? "no end date") : "step missing",
      );
  }
  grade.extraSteps = steps.filter((_, i) => !usedSteps.has(i)).map((s) => s.text);

  if (want.location)
    fact(
      "location",
      `location ${want.location}`,
      b.location !== undefined && looseMatch(b.location, want.location),
      b.location,
    );
  const parties = b.parties ?? [];
  for (const party of want.parties)
    fact(
      "party",
      `party ${party}`,
      parties.some((p) => sameParty(p.name, party, b)),
    );
  return grade;
}

/** Whether a drafted speaker is the expected one (a person through the people pairing, or a party). */
function sameSpeaker(
  drafted: string,
  expected: string,
  want: BlindExpected,
  pairs: Map<string, Participant>,
  b: BriefingFile,
): boolean {
  const isPerson = want.people.some((p) => p.name === expected);
  if (isPerson) {
    const paired = pairs.get(expected);
    if (paired) return namesOf(paired).some((n) => sameNameExactly(n, drafted));
    return sameNameLoosely(drafted, expected);
  }
  return sameParty(drafted, expected, b);
}

/** "Pierre" is part of "Karine Jean-Pierre", "Kim" of "Kim Jong Un" (hyphens split here). */
function isNamePart(part: string, name: string): boolean {
  const split = (v: string) => words(v).flatMap((w) => w.split("-"));
  return containsWords(split(name), split(part));
}

// ---------------------------------------------------------------- totals

const KINDS: readonly FactKind[] = [
  "name",
  "role",
  "side",
  "quote",
  "date",
  "location",
  "next step",
  "party",
];

function totalsOf(reports: ReportGrade[]): Totals {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { right: 0, total: 0 }])) as Record<
    FactKind,
    { right: number; total: number }
  >;
  const quotes = { right: 0, unattributed: 0, misattributed: 0, missing: 0, total: 0 };
  let extraPeople = 0;
  let extraSteps = 0;
  let nameCut = 0;
  let ambiguous = 0;
  let openAsExpected = 0;
  for (const r of reports) {
    for (const f of r.facts) {
      byKind[f.kind].total++;
      if (f.right) byKind[f.kind].right++;
    }
    for (const q of r.quotes) {
      quotes[q.outcome]++;
      quotes.total++;
      if (q.note === "name cut") nameCut++;
      if (q.note === "ambiguous") ambiguous++;
      if (q.expected === null && q.drafted === UNATTRIBUTED) openAsExpected++;
    }
    extraPeople += r.extraPeople.length;
    extraSteps += r.extraSteps.length;
  }
  const sum = (kinds: readonly FactKind[]) =>
    kinds.reduce(
      (acc, k) => ({ right: acc.right + byKind[k].right, total: acc.total + byKind[k].total }),
      { right: 0, total: 0 },
    );
  return {
    reports: reports.length,
    invalid: reports.filter((r) => r.problems.length > 0).length,
    core: sum(CORE_KINDS),
    all: sum(KINDS),
    byKind,
    quotes,
    nameCut,
    ambiguous,
    openAsExpected,
    extraPeople,
    extraSteps,
    datesGiven: reports.filter((r) => r.dateOption).length,
  };
}

export function gradeBlindSet(reports = loadBlindSet()): SetGrade {
  const graded = reports.map(gradeReport);
  const byStyle = new Map<string, Totals>();
  for (const style of [...new Set(graded.map((r) => r.style))])
    byStyle.set(style, totalsOf(graded.filter((r) => r.style === style)));
  return { reports: graded, total: totalsOf(graded), byStyle };
}

// ---------------------------------------------------------------- printing

const pct = (n: number, d: number) => (d === 0 ? "–" : `${((n / d) * 100).toFixed(1)}%`);

/** One line of figures: facts right, quotes misattributed, Unattributed, invalid drafts. */
export function figuresLine(t: Totals): string {
  const q = t.quotes;
  return [
    `facts right ${t.core.right}/${t.core.total} (${pct(t.core.right, t.core.total)})`,
    `all facts ${t.all.right}/${t.all.total} (${pct(t.all.right, t.all.total)})`,
    `quotes misattributed ${q.misattributed}/${q.total} (${pct(q.misattributed, q.total)})`,
    `Unattributed ${q.unattributed}`,
    `missing ${q.missing}`,
    `drafts invalid ${t.invalid}`,
  ].join(", ");
}

/** The whole report: per draft, per style and in total; with `details`, every fact not right. */
export function formatGrade(grade: SetGrade, details = false): string {
  const lines: string[] = [];
  for (const r of grade.reports) {
    const t = totalsOf([r]);
    lines.push(`${r.name} (${r.style})${r.dateOption ? ` [--date ${r.dateOption}]` : ""}`);
    lines.push(`  ${figuresLine(t)}`);
    if (r.problems.length > 0) lines.push(...r.problems.map((p) => `  INVALID ${p}`));
    if (!details) continue;
    for (const q of r.quotes.filter((x) => x.outcome === "misattributed"))
      lines.push(
        `  MISATTRIBUTED "${q.starts}…" by ${q.expected ?? "nobody named"} → ${q.drafted}${q.note ? ` (${q.note})` : ""}`,
      );
    for (const q of r.quotes.filter((x) => x.note === "name cut"))
      lines.push(`  right, name cut: "${q.starts}…" by ${q.expected} → ${q.drafted}`);
    for (const f of r.facts.filter((x) => !x.right && x.kind !== "quote"))
      lines.push(`  wrong ${f.kind}: ${f.what} (draft: ${f.got})`);
    for (const q of r.quotes.filter((x) => x.outcome === "unattributed" || x.outcome === "missing"))
      lines.push(`  ${q.outcome} "${q.starts}…" by ${q.expected}`);
    if (r.extraPeople.length > 0) lines.push(`  extra people: ${r.extraPeople.join("; ")}`);
    for (const s of r.extraSteps) lines.push(`  extra next step: ${s.slice(0, 100)}`);
  }
  lines.push("", "per style:");
  for (const [style, t] of grade.byStyle) lines.push(`  ${style}: ${figuresLine(t)}`);
  const t = grade.total;
  lines.push("", "by kind of fact:");
  for (const [kind, n] of Object.entries(t.byKind))
    lines.push(`  ${kind}: ${n.right}/${n.total} (${pct(n.right, n.total)})`);
  lines.push(
    "",
    `total (${t.reports} reports, --date given for ${t.datesGiven}): ${figuresLine(t)}`,
    `  quotes with no speaker to credit left Unattributed (right) ${t.openAsExpected}`,
    `  quotes right with a cut name ${t.nameCut}, misattributed to an ambiguous name part ${t.ambiguous}`,
    `  extra people ${t.extraPeople}, extra next steps ${t.extraSteps}`,
  );
  return lines.join("\n");
}
