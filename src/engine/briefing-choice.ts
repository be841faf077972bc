// Choosing the briefing a question is about: BM25 scores per briefing, ranking them, the n-th of
// a series, how well a briefing's sections fit the question, and names misused as its venue.
import { isConcept, terms } from "../text/index.ts";
import { latest } from "./choose.ts";
import type { Mention } from "./entities.ts";
import type { Corpus, Entry } from "./entry.ts";
import { coverage, mentionTerms } from "./matching.ts";
import type { ParsedQuestion } from "./question.ts";
import { DURATION_TEXT } from "./text-patterns.ts";
import type { Section } from "./types.ts";
import { MENTION_WEIGHT, SECTION_WEIGHT, SOFT_WEIGHT } from "./weights.ts";

/** Terms in at most this many facts are looked up through the index. */
export const RARE_DF = 5000;

/** Up to this many candidate briefings, common terms are scored briefing by briefing. */
export const MAX_CANDIDATES = 400;

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
  briefScore: Map<string, number>,
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
  let top = 0;
  for (const v of briefScore.values()) top = Math.max(top, v);
  if (best && briefScore.size > 0 && best.score < 0.6 * top) best = undefined;
  if (!best || (briefScore.size > 0 && best.score === 0)) {
    // "the 14th session" beyond any series: a briefing whose next steps announce it
    const numbered = q.words.find((w) => /^\d+(st|nd|rd|th)$/.test(w));
    if (!numbered) return undefined;
    const said = new RegExp(`\\b${numbered}\\b`, "i");
    return latest(
      pool.filter(
        (e) =>
          (briefScore.size === 0 || (briefScore.get(e.briefing.id) ?? 0) > 0) &&
          e.facts.some((f) => f.section === "next_steps" && said.test(f.text)),
      ),
    );
  }
  const sorted = [...best.list].sort((a, b) => a.briefing.date.localeCompare(b.briefing.date));
  return sorted[n - 1];
}

/**
 * Per briefing: the sum over question terms of the best BM25 of the term in one of its facts.
 * Rare terms (and names) are looked up in the index and fix the candidate briefings; common
 * terms are then scored only within those candidates, so a question costs little however
 * many briefings there are.
 */
export function scoreBriefings(
  corpus: Corpus,
  q: ParsedQuestion,
  inPool: (id: string) => boolean,
): Map<string, number> {
  const briefScore = new Map<string, number>();
  if (q.hard.length === 0 && q.mentions.length === 0) return briefScore;
  const weights = new Map<string, number>();
  for (const t of q.soft) weights.set(t, SOFT_WEIGHT);
  for (const t of q.hard) weights.set(t, 1);
  for (const m of q.mentions) {
    for (let k = m.from; k < m.to; k++) weights.set(q.terms[k]?.term as string, MENTION_WEIGHT);
  }
  const byRarity = [...weights]
    .map(([term, w]) => ({ term, w, df: corpus.index.df(term) }))
    .filter((x) => x.df > 0)
    .sort((a, b) => a.df - b.df);
  const perBriefing = new Map<string, Map<string, number>>();
  const note = (id: string, term: string, s: number) => {
    let perTerm = perBriefing.get(id);
    if (!perTerm) {
      perTerm = new Map();
      perBriefing.set(id, perTerm);
    }
    if ((perTerm.get(term) ?? 0) < s) perTerm.set(term, s);
  };
  // names owned by a briefing (participant, party, place, format) pick candidates too
  const owners = new Map<string, number>();
  for (const m of q.mentions) {
    const ids = new Set(m.keys.flatMap((k) => [...(corpus.entityBriefings.get(k) ?? [])]));
    for (const id of ids) if (inPool(id)) owners.set(id, (owners.get(id) ?? 0) + 1);
  }
  const rare = byRarity.filter((x) => x.df <= RARE_DF);
  const common = byRarity.filter((x) => x.df > RARE_DF);
  for (const { term, w } of rare) {
    corpus.index.forEachPosting(term, (f, s) => {
      if (inPool(f.briefing.id)) note(f.briefing.id, term, w * s);
    });
  }
  const candidates = new Set([...perBriefing.keys(), ...owners.keys()]);
  if (candidates.size > 0 && candidates.size <= MAX_CANDIDATES) {
    for (const id of candidates) {
      const entry = corpus.entries.get(id);
      if (!entry) continue;
      for (const { term, w } of common) {
        for (const f of entry.facts) {
          const s = corpus.index.score(term, f);
          if (s > 0) note(id, term, w * s);
        }
      }
    }
  } else {
    for (const { term, w } of common) {
      if (w < 1 && rare.length > 0) continue; // a common soft word cannot tell briefings apart
      corpus.index.forEachPosting(term, (f, s) => {
        if (inPool(f.briefing.id)) note(f.briefing.id, term, w * s);
      });
    }
  }
  for (const [id, perTerm] of perBriefing) {
    let s = 0;
    for (const v of perTerm.values()) s += v;
    briefScore.set(id, s);
  }
  // a name that is one of the briefing's own participants, parties, place or format counts double
  for (const [id, count] of owners) {
    briefScore.set(id, (briefScore.get(id) ?? 0) + count * MENTION_WEIGHT * 2);
  }
  return briefScore;
}

/**
 * Briefings scoring at least `ratio` of the best, best first; equal scores newest first.
 * Only scored briefings can rank, so this walks the scores (a few hundred at most), never the
 * whole corpus; every scored briefing is in the question's pool (see scoreBriefings).
 */
export function rankScored(corpus: Corpus, scores: Map<string, number>, ratio: number): Entry[] {
  let max = 0;
  for (const v of scores.values()) max = Math.max(max, v);
  if (max <= 0) return [];
  const ranked: { e: Entry; s: number }[] = [];
  for (const [id, s] of scores) {
    const e = corpus.entries.get(id);
    if (e && s >= max * ratio) ranked.push({ e, s });
  }
  return ranked
    .sort(
      (a, b) =>
        b.s - a.s ||
        b.e.briefing.date.localeCompare(a.e.briefing.date) ||
        a.e.briefing.id.localeCompare(b.e.briefing.id),
    )
    .map((x) => x.e);
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
    if (howLong && (f.section === "summary" || !DURATION_TEXT.test(f.text))) continue;
    const own = (f.person && keys.has(f.person)) || (f.party && keys.has(f.party));
    if (subject && (f.section === "quotes" || f.section === "parties") && !own) continue;
    let found = given;
    for (const { t, w } of open) if (corpus.index.score(t, f) > 0) found += w;
    let fit = total > 0 ? found / total : 0;
    if (shaping.length > 0) {
      fit += (0.5 * shaping.filter((t) => corpus.index.score(t, f) > 0).length) / shaping.length;
    }
    if (fit > best) best = fit;
  }
  if (howLong && best === 0) {
    // "how long did the round last": a briefing that states the talks' own length
    const b = e.briefing;
    if (b.end_date !== undefined && b.end_date !== b.date) return 0.5;
    const told = e.facts.filter(
      (f) =>
        f.section !== "quotes" && DURATION_TEXT.test(f.text) && corpus.index.score("~meet", f) > 0,
    );
    // a point of its own says it more surely than a sentence of the summary
    return told.some((f) => f.section !== "summary") ? 0.4 : told.length > 0 ? 0.2 : 0;
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
