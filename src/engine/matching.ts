// How well a briefing's facts match a question: the share of its words they cover, whether its
// names occur, and the words the person typed for a name (to quote back in an answer or decline).

import type { Briefing } from "../briefing/types.ts";
import { isStopWord, terms } from "../text/index.ts";
import { wordNet } from "../text/wordnet.ts";
import type { Mention } from "./entities.ts";
import { type Entry, listWords } from "./entry.ts";
import { entityKey, type Fact } from "./facts.ts";
import type { InvertedIndex } from "./inverted-index.ts";
import { asTyped, type ParsedQuestion } from "./question.ts";
import { TUNING } from "./weights.ts";
/** How much of the terms a quote covers, counting its speaker's role as part of it. */
export function quoteCoverage(index: InvertedIndex, words: readonly string[], f: Fact): number {
  if (words.length === 0) return 1;
  const role = f.participant?.role ? terms(f.participant.role) : [];
  let total = 0;
  let found = 0;
  for (const t of words) {
    const w = index.idf(t);
    total += w;
    if (index.score(t, f) > 0 || role.includes(t)) found += w;
  }
  return total === 0 ? 1 : found / total;
}

/** How much of the terms (weighted by rarity) the facts contain, 0..1. */
export function coverage(
  index: InvertedIndex,
  terms: readonly string[],
  facts: readonly Fact[],
): number {
  let total = 0;
  let found = 0;
  for (const t of terms) {
    const w = index.idf(t);
    total += w;
    if (facts.some((f) => index.score(t, f) > 0)) found += w;
  }
  return total === 0 ? 1 : found / total;
}

/** Whether a briefing has every name and most content words of the question. */
export function fits(index: InvertedIndex, q: ParsedQuestion, e: Entry): boolean {
  return (
    q.mentions.every((m) => mentionIn(index, q, m, e)) &&
    // a name written in capitals ("new start") is a name like any other: it must be there
    (q.namePhrases.length === 0 || coverage(index, q.namePhrases, e.facts) === 1) &&
    coversContent(index, q, e)
  );
}

/**
 * Whether a briefing holds enough of the question's content words: its plain words and the
 * place it names ("who headed the us team in vienna"), which is content like any other word
 * whether or not the place is one the briefings were held at.
 */
export function coversContent(index: InvertedIndex, q: ParsedQuestion, e: Entry): boolean {
  const places = q.mentions.filter((m) => m.kind === "place").flatMap((m) => mentionTerms(q, m));
  const content = places.length > 0 ? [...new Set([...q.hard, ...places])] : q.hard;
  return content.length === 0 || coverage(index, content, e.facts) >= TUNING.coverage.answer;
}

/** A name occurs in a briefing as one of its entities, or as words in its text. */
export function mentionIn(index: InvertedIndex, q: ParsedQuestion, m: Mention, e: Entry): boolean {
  return (
    e.names.some((n) => m.keys.includes(n.key)) ||
    coverage(index, mentionTerms(q, m), e.facts) === 1
  );
}

/**
 * The question with each side it names read as a side of this briefing: a side the reader took
 * for another briefing's ("governments" read as the Government of Mozambique) whose words name
 * exactly one side of this briefing ("Syrian government") is that side. The question itself when
 * nothing changes.
 */
export function sidesOf(q: ParsedQuestion, e: Entry): ParsedQuestion {
  let changed = false;
  const mentions = q.mentions.map((m) => {
    if (m.kind !== "party" || e.names.some((n) => m.keys.includes(n.key))) return m;
    const asked = mentionTerms(q, m);
    const keys = new Set(
      e.names
        .filter((n) => n.kind === "party" && asked.every((t) => n.terms.includes(t)))
        .map((n) => n.key),
    );
    if (keys.size !== 1) return m;
    changed = true;
    return { ...m, keys: [...keys] };
  });
  if (!changed) return q;
  // the typed question names the side as this briefing does
  const first = mentions.find((m) => m.kind === "party");
  const party = e.briefing.parties?.find((p) => first?.keys.includes(entityKey("party", p.name)));
  const typed = q.typed?.party && party ? { ...q.typed, party: party.name } : q.typed;
  return { ...q, mentions, ...(typed ? { typed } : {}) };
}

export function mentionTerms(q: ParsedQuestion, m: Mention): string[] {
  return q.terms.slice(m.from, m.to).map((t) => t.term);
}

/** The words the person typed for a name (after typo correction). */
export function mentionWords(q: ParsedQuestion, m: Mention | undefined): string {
  if (!m) return "anyone";
  const first = q.terms[m.from];
  const last = q.terms[m.to - 1];
  if (!first || !last) return "that";
  return q.words
    .slice(first.from, last.from + last.span)
    .map((w) => asTyped(w, q.text))
    .join(" ");
}

export function subjectWords(q: ParsedQuestion, which: readonly string[] = q.hard): string {
  const words = subjectList(q, which);
  return words.length ? listWords(words) : "that";
}

/** The question's words for its terms `which` (by default its content words), as typed. */
export function subjectList(q: ParsedQuestion, which: readonly string[] = q.hard): string[] {
  // a word read through WordNet is named as typed ("reduction", not the briefings' "cut")
  const typed = new Map((q.related ?? []).map((r) => [r.term, r.typed]));
  return q.terms
    .filter((t) => which.includes(t.term))
    .map((t) =>
      t.span === 1 && typed.has(t.term)
        ? (typed.get(t.term) as string)
        : q.words.slice(t.from, t.from + t.span).join(" "),
    );
}

/** The name terms inside an entity key (`party:iran` → `["iran"]`). */
export function nameTerms(key: string): string[] {
  return key.slice(key.indexOf(":") + 1).split(" ");
}

/** Auxiliaries before the doer of a verb: in "who did Sherman meet" Sherman is not the one asked. */
const AGENT_AUXILIARIES: ReadonlySet<string> = new Set([
  "did",
  "does",
  "do",
  "will",
  "has",
  "have",
]);

/** Whether the word at `wordIndex` is the doer after an auxiliary ("who did X meet"). */
export function isAgentAt(q: ParsedQuestion, wordIndex: number): boolean {
  return q.words.slice(Math.max(0, wordIndex - 2), wordIndex).some((w) => AGENT_AUXILIARIES.has(w));
}

/** Words before a side that make it the side of the person asked ("the host for Norway"). */
const OWN_SIDE_MARKERS: ReadonlySet<string> = new Set(["for", "from", "of", "representing"]);

/**
 * Whether the side a host question names is the one hosted, not the host's own: "who hosted the
 * Lebanese deputies" asks for their host, of another side ("who was the Saudi host", "the host
 * for Norway" name the host's own side).
 */
export function sideIsHosted(q: ParsedQuestion): boolean {
  if (q.typed?.role !== "host") return false;
  const party = q.mentions.find((m) => m.kind === "party");
  const first = party ? q.terms[party.from] : undefined;
  const host = q.terms.find((t) => t.term === "~host");
  if (!first || !host || first.from < host.from) return false;
  const before = q.words[first.from - 1];
  const marker = before === "the" ? q.words[first.from - 2] : before;
  return marker === undefined || !OWN_SIDE_MARKERS.has(marker);
}

/**
 * Whether a briefing's talks were held at a place: its location or title names it, or, when it
 * gives no location, its summary does ("signed … at Prague Castle").
 */
export function heldAt(b: Briefing, place: string): boolean {
  const lower = place.toLowerCase();
  const names = (text: string | undefined) => text?.toLowerCase().includes(lower) ?? false;
  return names(b.location) || names(b.title) || (!b.location?.trim() && names(b.summary));
}

/** Nouns of the texts talks adopt ("the Doha agreement", "the peace treaty"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "act",
  "accord",
  "accords",
  "agreement",
  "agreements",
  "charter",
  "communique",
  "consensus",
  "constitution",
  "convention",
  "declaration",
  "memorandum",
  "mou",
  "protocol",
  "resolution",
  "statement",
  "treaty",
]);

/**
 * Whether a side is named only as part of a text's name: "the Doha agreement", "the Egypt
 * Israel peace treaty" (other names and one more word may stand between).
 */
function namesADocument(q: ParsedQuestion, m: Mention): boolean {
  const last = q.terms[m.to - 1];
  if (!last) return false;
  const inName = (i: number) =>
    q.mentions.some((o) => {
      const a = q.terms[o.from];
      const b = q.terms[o.to - 1];
      return a !== undefined && b !== undefined && a.from <= i && i < b.from + b.span;
    });
  let i = last.from + last.span;
  while (i < q.words.length && (inName(i) || q.words[i] === "and")) i++;
  const next = q.words[i] ?? "";
  if (DOCUMENT_NOUNS.has(next)) return true;
  if (!isStopWord(next) && DOCUMENT_NOUNS.has(q.words[i + 1] ?? "")) return true;
  // "the Maputo signing": the head of the phrase the side opens, after "the", is a thing; not
  // "the Soviet defence minister", whose head is a person
  const first = q.terms[m.from];
  let start = (first?.from ?? 0) - 1;
  while (start >= 0 && (inName(start) || q.words[start] === "and")) start--;
  // "for the EU": the side marked as the person's own
  if (q.words[start] !== "the" || OWN_SIDE_MARKERS.has(q.words[start - 1] ?? "")) return false;
  if (isStopWord(next)) return false;
  let head = i;
  while (head + 1 < q.words.length && !isStopWord(q.words[head + 1] ?? "")) head++;
  return head < q.words.length && isThingNoun(q.words[head] ?? "");
}

/** Nouns for a side's people, whatever WordNet files them under ("the Iranian side"). */
const SIDE_WORDS: ReadonlySet<string> = new Set(["side", "sides", "camp", "negotiators"]);
/** WordNet's lexicographer files of nouns for people and groups (noun.person, noun.group). */
const PEOPLE_FILES: ReadonlySet<number> = new Set([18, 14]);

/**
 * Whether a word is a noun for a thing, not for people or a group ("the Maputo signing", "the
 * US offer": the side names what was signed or offered; "the US envoy", "the Saudi team" name
 * whose person is asked).
 */
function isThingNoun(word: string): boolean {
  if (word.length < 3 || isStopWord(word) || SIDE_WORDS.has(word)) return false;
  const entry = wordNet().lookUp(word, [], ["noun"]);
  const first = entry?.senses[0]?.lexFile;
  return first !== undefined && !PEOPLE_FILES.has(first);
}

/** The mentions of a "between A and B" phrase: the sides someone went between. */
export function mentionsBetween(q: ParsedQuestion): Mention[] {
  const at = q.words.indexOf("between");
  if (at < 0) return [];
  const startingAt = (i: number) =>
    q.mentions.find((m) => m.kind === "party" && q.terms[m.from]?.from === i);
  const endOf = (m: Mention) => {
    const last = q.terms[m.to - 1];
    return last ? last.from + last.span : -1;
  };
  const skipThe = (i: number) => (q.words[i] === "the" ? i + 1 : i);
  const first = startingAt(skipThe(at + 1));
  if (!first) return [];
  const and = endOf(first);
  if (q.words[and] !== "and") return [first];
  const second = startingAt(skipThe(and + 1));
  return second ? [first, second] : [first];
}

/**
 * Whether a side a who-question names is no side of the person asked: it names the talks ("who
 * headed the Saudi team in the China talks") or is one of the sides someone went between ("who
 * mediated between Tehran and Washington").
 */
export function namesNoSide(q: ParsedQuestion, m: Mention): boolean {
  if (m.kind !== "party" || q.kind !== "who") return false;
  const own = mentionTerms(q, m);
  if (own.length > 0 && own.every((t) => q.talkNames.includes(t))) return true;
  if (namesADocument(q, m)) return true;
  // "the Tunis round of the LPDF": the forum whose round it is
  const at = q.terms[m.from]?.from ?? 0;
  const of = q.words[at - 1] === "the" ? at - 2 : at - 1;
  const before = q.terms.find((t) => t.from + t.span === of);
  if (q.words[of] === "of" && before?.term === "~meet") return true;
  return mentionsBetween(q).includes(m);
}
