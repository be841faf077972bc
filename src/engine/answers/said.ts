// Answers "what did X say (about Y)": the quotes of the person, party or role asked about.

import { terms } from "../../text/index.ts";
import { PLACES } from "../../text/places.ts";
import { citeFact, quoteLine } from "../compose.ts";
import type { Draft } from "../entry.ts";
import { answered, listWords } from "../entry.ts";
import type { Fact } from "../facts.ts";
import { coverage, mentionWords, nameTerms, quoteCoverage, subjectWords } from "../matching.ts";
import { TUNING } from "../weights.ts";
import type { AnswerContext } from "./context.ts";

/** Capitals and seats of government, lower case: "about Jerusalem" names the city, not Israel. */
const SEATS: ReadonlySet<string> = new Set(
  PLACES.flatMap((p) => p.aliases).map((a) => a.toLowerCase()),
);

/** Concepts of a rank ("chief", "head", "chair", "host"): they say who, never what about. */
const RANK_TERMS: ReadonlySet<string> = new Set(["~lead", "~chair", "~host"]);

/** "What did X say about Y": the fitting quotes, else a position or an honest decline. */
export function answerSaid(c: AnswerContext): Draft {
  const {
    q,
    e,
    many,
    index,
    tag,
    subject,
    persons,
    parties,
    topic,
    aboutNames,
    inText,
    base,
    ranked,
    section,
    bySubject,
    decline,
    answerIn,
  } = c;
  let quotes = section("quotes");
  let about = topic;
  let speakerName: string | undefined;
  if (persons.size === 0 && topic.length > 0) {
    // "what did the German chancellor say": a role that names one participant
    const matched = (f: Fact) => topic.filter((t) => index.score(t, f) > 0).length;
    const byRole = bySubject(section("participants"))
      .map((f) => ({ f, c: coverage(index, topic, [f]), n: matched(f) }))
      .filter((x) => (x.c >= TUNING.coverage.speakerRole || x.n >= 2) && x.f.person)
      .sort((x, y) => y.n - x.n || y.c - x.c);
    const who = byRole[0];
    if (who && byRole.filter((x) => x.n === who.n && x.c === who.c).length === 1) {
      persons.add(who.f.person as string);
      speakerName = who.f.participant?.name;
      // "the EU foreign policy chief": a word of rank the role writes otherwise is no topic either
      about = topic.filter((t) => index.score(t, who.f) === 0 && !RANK_TERMS.has(t));
      // "what did the trade chief say about the weather": the unknown word was the topic
      if (about.length === 0 && q.unknown.length > 0) {
        return decline(`The briefings don't cover ${listWords(q.unknown)}.`);
      }
    }
  }
  if (persons.size > 0) quotes = quotes.filter((f) => f.person && persons.has(f.person));
  else if (parties.size > 0) quotes = quotes.filter((f) => f.party && parties.has(f.party));
  // a quote is found by its speaker's role too ("the envoy said about …"), but when the speaker
  // is named, the topic must be in the quote: "what did Begin say about Jerusalem" is not
  // answered by any quote of the Prime Minister of Israel
  const named = subject?.kind === "person";
  const isCity = (words: string) => {
    const w = words.toLowerCase();
    const possessive = new RegExp(`\\b${w.replace(/[^\p{L}\s]/gu, "")}['’]?s\\b`, "iu");
    return SEATS.has(w) && !possessive.test(q.text);
  };
  const fits = (f: Fact) => {
    if (!named) return quoteCoverage(index, about, f) >= TUNING.coverage.answer;
    // "about Jerusalem": the quote itself names the side (its speaker's side does not count),
    // unless it is the speaker's own ("what did Stoltenberg say about NATO principles")
    // unless it is the speaker's own side by its name ("what did Stoltenberg say about NATO
    // principles"); by another name ("Begin … about Jerusalem") it is a place asked about
    const inQuote = (n: (typeof aboutNames)[number]) => {
      // "what did Sadat say about Jerusalem": a capital typed after "about" is the city asked
      // about, which a quote on "Israelis" does not name; "about Tehran's role" is the government
      if (isCity(n.words)) return n.typed.every((t) => inText(f, t));
      if (f.party === undefined || !n.keys.includes(f.party)) {
        return n.terms.some((t) => inText(f, t));
      }
      const byName = n.keys.some((k) => nameTerms(k).join(" ") === n.typed.join(" "));
      return byName || n.typed.every((t) => inText(f, t));
    };
    if (!aboutNames.every(inQuote)) return false;
    // "secretary Rogers": words of the speaker's own role say who, not what about
    const role = f.participant?.role ? terms(f.participant.role) : [];
    const own = about.filter((t) => !role.includes(t));
    return coverage(index, own, [f]) >= TUNING.coverage.answer;
  };
  let fitting = quotes.filter(fits);
  // "what did Guterres say when Crans-Montana collapsed": no quote names the collapse, so the
  // clause only said which talks (this briefing has its words): any quote of the speaker's there
  if (fitting.length === 0 && c.whenWords.length > 0) {
    about = about.filter((t) => !c.whenWords.includes(t));
    fitting = quotes.filter(fits);
  }
  if (fitting.length === 0) {
    if (persons.size === 0) return answerIn({ ...q, kind: "position" }, e, many);
    // the person as the briefing names them, not as typed ("Gruschko")
    const known = section("participants").find((f) => f.person && persons.has(f.person));
    const who = known?.participant
      ? `${known.participant.name}${known.participant.role ? ` (${known.participant.role})` : ""}`
      : (speakerName ?? mentionWords(q, subject));
    const topicWords = [
      ...(about.length ? [subjectWords(q, about)] : []),
      ...aboutNames.map((n) => n.words),
    ];
    return decline(
      `The briefings have no quote from ${who}${topicWords.length ? ` about ${topicWords.join(", ")}` : ""}.`,
    );
  }
  const top = ranked(fitting, "said", about)
    .slice(0, about.length > 0 ? 1 : 3)
    .map((x) => x.f);
  return answered(top.map(quoteLine).join("\n") + tag, top.map(citeFact), base + 0.15);
}
