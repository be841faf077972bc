// Choosing the briefing a question is about: BM25 scores per briefing, ranking them, the n-th of
// a series, how well a briefing's sections fit the question, and names misused as its venue.
import { isConcept, terms } from "../text/index.ts";
import { latest } from "./choose.ts";
import type { Mention } from "./entities.ts";
import type { Corpus, Entry } from "./entry.ts";
import { SlotList } from "./inverted-index.ts";
import { coverage, mentionTerms } from "./matching.ts";
import type { ParsedQuestion } from "./question.ts";

export type { TalksTime } from "./round-reference.ts";

import type { TalksTime } from "./round-reference.ts";
import { roundOrdinalsIn, statesLength } from "./text-patterns.ts";
import type { Section } from "./types.ts";
import { SECTION_WEIGHT, TUNING } from "./weights.ts";

/** Words before "in X" that make X a place: "talks in Warsaw", "what happened in Moscow". */
export const PLACE_VERBS =
  /^(talks?|meetings?|met|meet|held|happened|happen|place|sessions?|rounds?|negotiations?|summit|conference|consultations?)$/;

/** Sections that tell what happened or comes next, where a named place is a topic. */
export const TOLD_SECTIONS: ReadonlySet<Section> = new Set([
  "next_steps",
  "outcomes",
  "points",
  "background",
  "summary",
]);

/**
 * "The second round", "did the first round …": the n-th briefing by date of a series (briefings
 * of one format, at least two and at least n of them); of several series, the one the question's
 * words fit best, else the one with the latest round. Undefined without an ordinal or series.
 */
export function nthOfSeries(
  q: ParsedQuestion,
  pool: Entry[],
  briefScore: BriefingScores,
): Entry | undefined {
  const n = q.ordinal;
  if (n === undefined) return undefined;
  const series = new Map<string, Entry[]>();
  for (const e of pool) {
    const f = e.briefing.format?.toLowerCase();
    if (!f) continue;
    let list = series.get(f);
    if (!list) {
      list = [];
      series.set(f, list);
    }
    list.push(e);
  }
  let best: { list: Entry[]; score: number; last: string } | undefined;
  for (const list of series.values()) {
    if (list.length < Math.max(n, 2)) continue;
    let score = 0;
    let last = "";
    for (const e of list) {
      score = Math.max(score, briefScore.get(e.briefing.id) ?? 0);
      if (e.briefing.date > last) last = e.briefing.date;
    }
    if (!best || score > best.score || (score === best.score && last > best.last)) {
      best = { list, score, last };
    }
  }
  // "the first MRC summit" when another briefing fits the words far better than any series
  const top = briefScore.max;
  if (best && briefScore.size > 0 && best.score < TUNING.choice.seriesFloor * top) best = undefined;
  if (!best || (briefScore.size > 0 && best.score === 0)) {
    // "the 14th session", "the third round" beyond any series: a briefing whose next steps
    // announce it
    const numbered = q.words.find((w) => /^\d+(st|nd|rd|th)$/.test(w));
    const said = numbered ? new RegExp(`\\b${numbered}\\b`, "i") : undefined;
    // a briefing that is that round by its title is chosen by the words, as any other
    if (!said && pool.some((e) => roundOrdinalsIn(e.briefing.title).includes(n))) return undefined;
    return latest(
      pool.filter(
        (e) =>
          (briefScore.size === 0 || (briefScore.get(e.briefing.id) ?? 0) > 0) &&
          e.facts.some(
            (f) =>
              f.section === "next_steps" &&
              (said ? said.test(f.text) : roundOrdinalsIn(f.text).includes(n)),
          ),
      ),
    );
  }
  const sorted = [...best.list].sort((a, b) => a.briefing.date.localeCompare(b.briefing.date));
  const nth = announcingRound(q, n, sorted) ?? sorted[n - 1];
  // "the second round on decentralisation" when the series' second briefing is "the first
  // high-level meeting" by its own title: rounds of another kind, so the n-th by date is not the
  // round asked; a round that announces it in its next steps tells when it is
  const titled = nth ? roundOrdinalsIn(nth.briefing.title) : [];
  if (nth && titled.length > 0 && !titled.includes(n) && (q.kind === "when" || q.kind === "next")) {
    const announcing = sorted.filter((e) =>
      e.facts.some((f) => f.section === "next_steps" && roundOrdinalsIn(f.text).includes(n)),
    );
    if (announcing.length > 0) return latest(announcing);
  }
  return nth;
}

/**
 * "when was the second round scheduled at the end of the first round": of a question that names
 * two rounds, asking when one is, the other round whose next steps announce it.
 */
function announcingRound(q: ParsedQuestion, n: number, sorted: Entry[]): Entry | undefined {
  if (q.kind !== "when" && q.kind !== "next") return undefined;
  const other = roundOrdinalsIn(q.text).find((m) => m !== n);
  const from = other === undefined ? undefined : sorted[other - 1];
  if (!from) return undefined;
  return from.facts.some((f) => f.section === "next_steps" && roundOrdinalsIn(f.text).includes(n))
    ? from
    : undefined;
}

/**
 * The scores of the briefings a question touched (by a word or a name): a few typed arrays,
 * never a map over the corpus. Only briefings with a positive score are in it.
 */
export class BriefingScores {
  /** The highest score (0 when none). */
  readonly max: number;

  constructor(
    readonly corpus: Corpus | undefined,
    /** Briefing slots (of the index) and their scores, position by position. */
    private readonly slots: Int32Array,
    private readonly scores: Float64Array,
  ) {
    let max = 0;
    for (let k = 0; k < scores.length; k++) max = Math.max(max, scores[k] as number);
    this.max = max;
  }

  static readonly EMPTY = new BriefingScores(undefined, new Int32Array(0), new Float64Array(0));

  /** Number of briefings scored. */
  get size(): number {
    return this.slots.length;
  }

  /** The score of a briefing (undefined when the question touched nothing of it). */
  get(id: string): number | undefined {
    if (!this.lookup) {
      this.lookup = new Map();
      for (let k = 0; k < this.slots.length; k++) {
        const e = this.corpus?.entryAt(this.slots[k] as number);
        if (e) this.lookup.set(e.briefing.id, k);
      }
    }
    const at = this.lookup.get(id);
    return at === undefined ? undefined : this.scores[at];
  }
  private lookup: Map<string, number> | undefined;

  /** Calls `visit` with the slot of every briefing scoring at least `ratio` of the best. */
  forEachAbove(ratio: number, visit: (slot: number, score: number) => void): void {
    if (this.max <= 0) return;
    const floor = this.max * ratio;
    for (let k = 0; k < this.slots.length; k++) {
      const s = this.scores[k] as number;
      if (s >= floor) visit(this.slots[k] as number, s);
    }
  }
}

/** Per index: the buffers scoring reuses from question to question (no garbage per question). */
interface Scratch {
  best: Float64Array[];
  touched: SlotList;
  owned: SlotList;
  /** Per briefing, the weight of the names it owns (see TUNING.words.ownName, ownPlace). */
  ownerCount: Float64Array;
  stamp: Int32Array;
  pool: Uint8Array;
  candidates: Uint8Array;
}
const scratches = new WeakMap<object, Scratch>();

function scratchFor(corpus: Corpus, terms: number): Scratch {
  const slots = corpus.index.slotCount;
  let s = scratches.get(corpus.index);
  if (!s || s.pool.length < slots) {
    const size = Math.max(64, slots * 2);
    s = {
      best: [],
      touched: new SlotList(),
      owned: new SlotList(),
      ownerCount: new Float64Array(size),
      stamp: new Int32Array(size),
      pool: new Uint8Array(size),
      candidates: new Uint8Array(size),
    };
    scratches.set(corpus.index, s);
  }
  s.touched.reset(s.pool.length);
  s.owned.reset(s.pool.length);
  while (s.best.length < terms) s.best.push(new Float64Array(s.pool.length));
  return s;
}

/**
 * Per briefing: the sum over question terms of the best BM25 of the term in one of its facts.
 * Rare terms (and names) are looked up in the index and fix the candidate briefings; common
 * terms are then scored only within those candidates. Every posting list is read once, as typed
 * arrays, into per-briefing maxima: a term in 50,000 facts costs well under a millisecond.
 * `pool` limits the briefings (undefined: all of them).
 */
export function scoreBriefings(
  corpus: Corpus,
  q: ParsedQuestion,
  pool: ReadonlySet<string> | undefined,
): BriefingScores {
  if (q.hard.length === 0 && q.mentions.length === 0 && q.namePhrases.length === 0)
    return BriefingScores.EMPTY;
  const index = corpus.index;
  const weights = new Map<string, number>();
  for (const t of q.soft) weights.set(t, TUNING.words.soft);
  for (const t of q.hard) weights.set(t, 1);
  // a name written in capitals ("New START") tells talks apart like any name
  for (const t of q.namePhrases) weights.set(t, TUNING.words.mention);
  for (const m of q.mentions) {
    for (let k = m.from; k < m.to; k++)
      weights.set(q.terms[k]?.term as string, TUNING.words.mention);
  }
  const byRarity = [...weights]
    .map(([term, w]) => ({ term, w, df: index.df(term) }))
    .filter((x) => x.df > 0)
    .sort((a, b) => a.df - b.df);
  const scratch = scratchFor(corpus, byRarity.length);
  const { best, touched, owned, ownerCount, stamp } = scratch;
  let allow: Uint8Array | undefined;
  if (pool) {
    allow = scratch.pool;
    allow.fill(0);
    for (const id of pool) {
      const slot = index.slotOf(id);
      if (slot !== undefined) allow[slot] = 1;
    }
  }
  // names owned by a briefing (participant, party, place, format) pick candidates too
  for (let m = 0; m < q.mentions.length; m++) {
    const mention = q.mentions[m] as Mention;
    const weight = mention.kind === "place" ? TUNING.words.ownPlace : TUNING.words.ownName;
    for (const key of mention.keys) {
      const owners = slotsOf(corpus, corpus.entityBriefings.get(key));
      for (let i = 0; i < owners.length; i++) {
        const slot = owners[i] as number;
        if (allow && allow[slot] !== 1) continue;
        if (stamp[slot] === m + 1 && owned.flag[slot] === 1) continue; // one count per mention
        stamp[slot] = m + 1;
        if (owned.flag[slot] !== 1) ownerCount[slot] = 0;
        owned.add(slot);
        ownerCount[slot] = (ownerCount[slot] as number) + weight;
      }
    }
  }
  let rare = 0;
  while (rare < byRarity.length && (byRarity[rare]?.df as number) <= TUNING.words.rareDf) rare++;
  for (let t = 0; t < rare; t++) {
    const { term, w } = byRarity[t] as { term: string; w: number };
    index.bestPerBriefing(term, w, best[t] as Float64Array, allow, touched);
  }
  const candidateCount = countUnion(touched, owned);
  if (candidateCount > 0 && candidateCount <= TUNING.words.maxCandidates) {
    const candidates = scratch.candidates;
    for (let i = 0; i < touched.size; i++) candidates[touched.list[i] as number] = 1;
    for (let i = 0; i < owned.size; i++) candidates[owned.list[i] as number] = 1;
    for (let t = rare; t < byRarity.length; t++) {
      const { term, w } = byRarity[t] as { term: string; w: number };
      index.bestPerBriefing(term, w, best[t] as Float64Array, candidates, touched);
    }
    for (let i = 0; i < touched.size; i++) candidates[touched.list[i] as number] = 0;
    for (let i = 0; i < owned.size; i++) candidates[owned.list[i] as number] = 0;
  } else {
    for (let t = rare; t < byRarity.length; t++) {
      const { term, w } = byRarity[t] as { term: string; w: number };
      if (w < 1 && rare > 0) continue; // a common soft word cannot tell briefings apart
      index.bestPerBriefing(term, w, best[t] as Float64Array, allow, touched);
    }
  }
  // the scored briefings: every one touched by a word, then those only owning a name
  for (let i = 0; i < owned.size; i++) touched.add(owned.list[i] as number);
  const slots = new Int32Array(touched.size);
  const scores = new Float64Array(touched.size);
  for (let i = 0; i < touched.size; i++) {
    const slot = touched.list[i] as number;
    // summed in the order of rarity, as each briefing's terms were first met
    let s = 0;
    for (let t = 0; t < byRarity.length; t++) {
      const b = best[t] as Float64Array;
      const v = b[slot] as number;
      if (v > 0) {
        s += v;
        b[slot] = 0;
      }
    }
    // a name that is one of the briefing's own participants, parties, place or format counts more
    if (owned.flag[slot] === 1) s += ownerCount[slot] as number;
    slots[i] = slot;
    scores[i] = s;
  }
  return new BriefingScores(corpus, slots, scores);
}

/** Per set of briefing ids (an entity's briefings): their slots, until a slot changes. */
const slotCache = new WeakMap<ReadonlySet<string>, { generation: number; slots: Int32Array }>();
const NO_SLOTS = new Int32Array(0);

/** The index slots of a set of briefing ids, cached with the index's slot generation. */
function slotsOf(corpus: Corpus, ids: ReadonlySet<string> | undefined): Int32Array {
  if (!ids) return NO_SLOTS;
  const generation = corpus.index.slotGeneration;
  const hit = slotCache.get(ids);
  if (hit && hit.generation === generation) return hit.slots;
  const slots: number[] = [];
  for (const id of ids) {
    const slot = corpus.index.slotOf(id);
    if (slot !== undefined) slots.push(slot);
  }
  const typed = Int32Array.from(slots);
  slotCache.set(ids, { generation, slots: typed });
  return typed;
}

/** Size of the union of two slot lists. */
function countUnion(a: SlotList, b: SlotList): number {
  let n = a.size;
  for (let i = 0; i < b.size; i++) if (a.flag[b.list[i] as number] !== 1) n++;
  return n;
}

/** A scored briefing: its slot, score and date (YYYYMMDD as a number). */
interface Ranked {
  slot: number;
  s: number;
  d: number;
}

/** The orders a choice of briefings can take among those scoring about equally. */
export type RankOrder = "rank" | "newest" | "oldest";

/**
 * Briefings scoring at least `ratio` of the best: the first `limit` of them in `order` (by rank:
 * best first, equal scores newest first, then by id; newest or oldest first, then by rank), and
 * how many there are in all. Keeps only `limit` at a time and compares numbers (a briefing's
 * entry is read only to break a tie by id), so thousands of equally scored briefings cost one
 * pass, never a sort of all of them.
 */
export function topScored(
  scores: BriefingScores,
  ratio: number,
  limit: number,
  order: RankOrder = "rank",
): { top: Entry[]; count: number } {
  const corpus = scores.corpus;
  if (!corpus) return { top: [], count: 0 };
  const byId = (a: Ranked, b: Ranked) =>
    (corpus.entryAt(a.slot) as Entry).briefing.id.localeCompare(
      (corpus.entryAt(b.slot) as Entry).briefing.id,
    );
  const cmp =
    order === "rank"
      ? (a: Ranked, b: Ranked) => b.s - a.s || b.d - a.d || byId(a, b)
      : order === "newest"
        ? (a: Ranked, b: Ranked) => b.d - a.d || b.s - a.s || byId(a, b)
        : (a: Ranked, b: Ranked) => a.d - b.d || b.s - a.s || byId(a, b);
  const kept: Ranked[] = [];
  let count = 0;
  // one probe compared for every briefing; only a briefing kept gets an object of its own
  const probe: Ranked = { slot: 0, s: 0, d: 0 };
  scores.forEachAbove(ratio, (slot, s) => {
    count++;
    probe.slot = slot;
    probe.s = s;
    probe.d = corpus.dateAt(slot);
    if (kept.length === limit && cmp(probe, kept[limit - 1] as Ranked) >= 0) return;
    const x = { ...probe };
    let at = kept.length;
    while (at > 0 && cmp(x, kept[at - 1] as Ranked) < 0) at--;
    kept.splice(at, 0, x);
    if (kept.length > limit) kept.pop();
  });
  return { top: kept.map((x) => corpus.entryAt(x.slot) as Entry), count };
}

/** The first `limit` briefings scoring at least `ratio` of the best, best first. */
export function rankScored(scores: BriefingScores, ratio: number, limit: number): Entry[] {
  return topScored(scores, ratio, limit).top;
}

/**
 * How well one fact of the sections the question asks for matches its words, 0..1.5: the
 * share of content words (names other than the subject included) in the best fact, plus half
 * the share of its shaping words ("demand", "begin"); facts by the subject only, if it has one.
 * For "how long", whether the briefing states the talks' own length.
 */
export function sectionFit(corpus: Corpus, q: ParsedQuestion, e: Entry): number {
  const subject = q.mentions.find((m) => m.kind === "person" || m.kind === "party");
  const keys = new Set(subject?.keys ?? []);
  const content = [
    ...new Set([
      ...q.hard,
      ...q.mentions
        .filter((m) => !m.keys.some((k) => keys.has(k)))
        .flatMap((m) => mentionTerms(q, m)),
    ]),
  ];
  // a quote's context counts ("what did X say after the first day"): plain words too
  const shaping = q.soft.filter(
    (t) =>
      (isConcept(t) || q.kind === "said") && t !== "~meet" && t !== "~say" && t !== "~duration",
  );
  const howLong = q.kind === "howlong";
  if (content.length === 0 && shaping.length === 0 && !howLong) return 0;
  // words in the briefing's title, place or format are met by every one of its facts
  const head = e.facts.filter(
    (f) => f.section === "title" || f.section === "location" || f.section === "format",
  );
  let total = 0;
  let given = 0;
  const open: { t: string; w: number }[] = [];
  for (const t of content) {
    const w = corpus.index.idf(t);
    total += w;
    if (head.some((f) => corpus.index.score(t, f) > 0)) given += w;
    else open.push({ t, w });
  }
  const weights = SECTION_WEIGHT[q.kind];
  let best = 0;
  for (const f of e.facts) {
    if ((weights[f.section] ?? 0) < 1) continue;
    if (howLong && (f.section === "summary" || !statesLength(f.text))) continue;
    const own = (f.person && keys.has(f.person)) || (f.party && keys.has(f.party));
    if (subject && (f.section === "quotes" || f.section === "parties") && !own) continue;
    let found = given;
    for (const { t, w } of open) if (corpus.index.score(t, f) > 0) found += w;
    let fit = total > 0 ? found / total : 0;
    if (shaping.length > 0) {
      let met = 0;
      for (const t of shaping) if (corpus.index.score(t, f) > 0) met++;
      fit += (TUNING.choice.shapingFit * met) / shaping.length;
    }
    if (fit > best) best = fit;
  }
  if (howLong && best === 0) {
    // "how long did the round last": a briefing that states the talks' own length
    const b = e.briefing;
    if (b.end_date !== undefined && b.end_date !== b.date) return TUNING.choice.multiDayFit;
    const told = e.facts.filter(
      (f) => f.section !== "quotes" && statesLength(f.text) && corpus.index.score("~meet", f) > 0,
    );
    // a point of its own says it more surely than a sentence of the summary
    return told.some((f) => f.section !== "summary")
      ? TUNING.choice.statedLengthFit
      : told.length > 0
        ? TUNING.choice.summaryLengthFit
        : 0;
  }
  return best;
}

/**
 * Names the question uses as the place of the talks ("the talks in Warsaw") that are not where
 * this briefing's talks were held, nor a place its facts mention (a next round "in London").
 */
export function misplaced(corpus: Corpus, q: ParsedQuestion, e: Entry): Mention[] {
  const head = e.facts.filter((f) => f.section === "location" || f.section === "title");
  const told = e.facts.filter((f) => TOLD_SECTIONS.has(f.section));
  return q.mentions.filter((m) => {
    const at = q.terms[m.from]?.from ?? 0;
    if (
      m.kind === "place" ||
      !["in", "at"].includes(q.words[at - 1] ?? "") ||
      !PLACE_VERBS.test(q.words[at - 2] ?? "")
    )
      return false;
    const words = mentionTerms(q, m);
    if (coverage(corpus.index, words, head) >= 1) return false;
    // the place written out in what happened or comes next: a topic, not the talks' venue
    return !told.some((f) => words.every((t) => terms(f.text).includes(t)));
  });
}

const MONTH_NAMES =
  "january|february|march|april|may|june|july|august|september|october|november|december";

/** "the april round", "the 2005 round", "the march 2022 talks": a time naming the talks. */
const TIME_BEFORE_TALKS = new RegExp(
  `\\bthe\\s+(?:(${MONTH_NAMES})\\s+)?((?:19|20)\\d\\d\\s+)?(?:[\\w-]+\\s+){0,2}?(?:round|talks|meeting|session|summit|conference|negotiations|dialogue|statement|declaration)\\b`,
  "gi",
);

/** A time that starts or bounds a period is not when the talks were ("since 2019", "before 2005"). */
const PERIOD_WORDS = /\b(since|before|after|until|till|by)\s+$/i;

/**
 * The times the question names its talks by: a month or year written right before a word for
 * talks ("the april round", "the 2005 round", "the march 2022 talks"). A month after "in" is a
 * day the reader already holds (`q.days`), which filters the briefings itself.
 */
export function talksTimes(
  q: Pick<ParsedQuestion, "text" | "days"> & { talksAt?: readonly TalksTime[] },
): TalksTime[] {
  if (q.days.length > 0) return [];
  // "the july mtg", "the feb and july rounds": read with the question's round references
  const times: TalksTime[] = [...(q.talksAt ?? [])];
  for (const m of q.text.toLowerCase().matchAll(TIME_BEFORE_TALKS)) {
    const month = m[1] ? MONTH_NAMES.split("|").indexOf(m[1]) + 1 : undefined;
    const year = m[2] ? Number(m[2]) : undefined;
    if (month !== undefined || year !== undefined) {
      times.push({ ...(month !== undefined && { month }), ...(year !== undefined && { year }) });
    }
  }
  return times;
}

/**
 * The years a question names anywhere, unless they start or bound a period ("since 2019"):
 * among briefings that fit about equally, those held then.
 */
export function yearsAsked(q: Pick<ParsedQuestion, "text" | "days">): TalksTime[] {
  if (q.days.length > 0) return [];
  const lower = q.text.toLowerCase();
  const years: TalksTime[] = [];
  for (const m of lower.matchAll(/\b(?:19|20)\d\d\b/g)) {
    const year = Number(m[0]);
    if (PERIOD_WORDS.test(lower.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (!years.some((t) => t.year === year)) years.push({ year });
  }
  return years;
}

/** Whether a briefing's days fall in one of the times asked. */
export function heldIn(
  b: { date: string; end_date?: string | undefined },
  times: readonly TalksTime[],
): boolean {
  const from = b.date;
  const to = b.end_date ?? b.date;
  return times.some((t) => {
    for (const day of [from, to]) {
      const year = Number(day.slice(0, 4));
      const month = Number(day.slice(5, 7));
      if ((t.year === undefined || t.year === year) && (t.month === undefined || t.month === month))
        return true;
    }
    return false;
  });
}
