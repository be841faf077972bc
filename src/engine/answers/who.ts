// Answers "who …": the parties, the participants, the one whose role fits, or who came before.
import { MONTHS } from "../../text/dates.ts";
import {
  AUXILIARIES,
  country,
  isConcept,
  isStopWord,
  isVerbOrModifier,
  terms,
} from "../../text/index.ts";
import { isStateToken } from "../../text/places.ts";
import { isPersonNoun, wordNet } from "../../text/wordnet.ts";
import { citeBriefing, citeFact, factLine, participantLine, quoteLine } from "../compose.ts";
import { askedTimes, heldWithin, holdsWhoVerb, statesAsIs } from "../constraints.ts";
import type { Mention } from "../entities.ts";
import type { Draft } from "../entry.ts";
import { answered, listWords } from "../entry.ts";
import { entityKey, type Fact } from "../facts.ts";
import {
  coverage,
  isAgentAt,
  mentionsBetween,
  mentionTerms,
  mentionWords,
  nameTerms,
  sideIsHosted,
  subjectWords,
} from "../matching.ts";
import { asTyped } from "../question.ts";
import { namesSomeoneElse } from "../text-patterns.ts";
import type { Role } from "../typed-question.ts";
import { TUNING } from "../weights.ts";
import type { AnswerContext } from "./context.ts";

/** Titles of office a who-question may ask about; the briefing must use the word itself. */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  "president presidents vice-president premier king queen prince princess emperor pope governor mayor senator chancellor ceo ambassador admiral commander".split(
    " ",
  ),
);
/** Abbreviated titles and the words of their long form. */
const TITLE_FORMS: Record<string, string[]> = {
  ceo: ["chief", "executive"],
};

/** Whether the party named is the one acting ("who did X talk to"), not the side asked about. */
function partyIsAgent(q: AnswerContext["q"]): boolean {
  const party = q.mentions.find((m) => m.kind === "party");
  const first = party ? q.terms[party.from] : undefined;
  if (!first) return false;
  return isAgentAt(q, first.from);
}

/** Words of a role as participants' roles write it, by the role a who-question asks about. */
const ROLE_TEXT: Partial<Record<Role, readonly string[]>> = {
  lead: ["head", "lead", "led", "chief"],
  // "presided", "presiding": not "President", a title
  chair: ["chair", "presided", "presides", "presiding", "moderat"],
  host: ["host"],
};
/**
 * Words that make a title a lower rank of it: a "Vice President" is not the president asked
 * about, nor a "Deputy Chair" the chair, unless the question says so too.
 */
const RANK_WORDS: ReadonlySet<string> = new Set(["vice", "deputy", "under", "assistant"]);

/**
 * Whether a role's words hold one of the words asked (by prefix: "chair" holds "chairman")
 * other than as a lower rank of it ("Vice President" holds no "president" unless the question
 * asks "vice president").
 */
function roleHolds(
  roleWords: readonly string[],
  asked: readonly string[],
  questionWords: readonly string[],
): boolean {
  return roleWords.some(
    (w, i) =>
      asked.some((r) => w.startsWith(r)) &&
      !(RANK_WORDS.has(roleWords[i - 1] ?? "") && !questionWords.includes(roleWords[i - 1] ?? "")),
  );
}

/** The lower-case words of a role as written ("Vice-President" is "vice", "president"). */
function wordsOfRole(role: string | undefined): string[] {
  return (role ?? "").toLowerCase().split(/[^\p{L}]+/u);
}

/** Whether a participant's role has a title asked only as a lower rank of it ("Vice President"). */
function onlyLowerRank(
  f: Fact,
  titles: readonly string[],
  questionWords: readonly string[],
): boolean {
  if (titles.length === 0) return false;
  const roleWords = wordsOfRole(f.participant?.role);
  const has = roleWords.some((w) => titles.some((t) => w.startsWith(t)));
  return has && !roleHolds(roleWords, titles, questionWords);
}

/**
 * Words that make a role one of the talks ("head of the delegation", not "Head of the Office"; a
 * negotiating panel is a side's delegation).
 */
const OF_THE_TALKS = ["delegation", "negotiat", "team", "talks", "panel"];

/** Terms of roles and sides that a role question names besides the role itself. */
const ROLE_TERMS: ReadonlySet<string> = new Set(
  terms(
    "head headed heads lead leads led leader chief chair chaired chairs host hosted hosts team delegation side negotiator negotiators",
  ),
);

/**
 * The participants whose role holds the role asked about, best those whose role is one of the
 * talks; at most two, else none (the role does not tell them apart).
 */
function holdersOfRole(c: AnswerContext, people: Fact[]): Fact[] {
  const role = c.q.typed?.role;
  const words = role ? ROLE_TEXT[role] : undefined;
  if (!words || c.q.count || partyIsAgent(c.q)) return [];
  const guest = c.parties.size > 0 && sideIsHosted(c.q);
  const pool = guest
    ? people.filter((f) => f.party === undefined || !c.parties.has(f.party))
    : c.parties.size > 0
      ? people.filter((f) => f.party !== undefined && c.parties.has(f.party))
      : people;
  const scored = pool
    .map((f) => {
      // each part of a role on its own: "panel member; head of the working committee" heads no panel
      const parts = (f.participant?.role ?? "")
        .toLowerCase()
        .split(/[;,]/)
        .map((part) => part.split(/[^\p{L}]+/u));
      const has = (ws: readonly string[], stems: readonly string[] | undefined) =>
        ws.some((w) => stems?.some((r) => w.startsWith(r)) ?? false);
      // the chair of a side's delegation or panel is the one who heads it
      const holdsIn = (ws: readonly string[]) =>
        roleHolds(ws, words, c.q.words) ||
        (role === "lead" && has(ws, OF_THE_TALKS) && has(ws, ROLE_TEXT.chair));
      const holds = parts.some(holdsIn);
      const ofTalks = parts.some((ws) => holdsIn(ws) && has(ws, OF_THE_TALKS));
      return { f, s: holds ? (ofTalks ? 2 : 1) : 0 };
    })
    .filter((x) => x.s > 0);
  const top = Math.max(0, ...scored.map((x) => x.s));
  const best = scored.filter((x) => x.s === top).map((x) => x.f);
  if (best.length > 2) return [];
  // "who chaired the security council meeting": what else the question names must be theirs
  const rest = c.topic.filter((t) => !ROLE_TERMS.has(t));
  if (rest.length > 0 && c.topical(best, rest).length === 0) return [];
  return best;
}

/**
 * "who headed the FMLN negotiating commission": with a role asked (heading, chairing, hosting),
 * the words of the phrase right after the side that the question asks about, its body headed
 * ("commission"), up to the role word ("the Pakistani army chief"); none when the side ends the
 * phrase or its people are the body ("delegation").
 */
function bodyOfSide(c: AnswerContext): { terms: string[]; words: string } {
  const none = { terms: [], words: "" };
  const { q, topic } = c;
  const role = q.typed?.role;
  if (!role || !ROLE_TEXT[role]) return none;
  const party = q.mentions.find((m) => m.kind === "party");
  const last = party ? q.terms[party.to - 1] : undefined;
  if (!last) return none;
  const body: string[] = [];
  let end = last.from + last.span;
  for (let at = last.from + last.span; ; ) {
    const t = q.terms.find((x) => x.from === at);
    // the role word ends the phrase ("the South Korean leader met Kim"); a participle
    // qualifies the next word ("negotiating commission")
    const word = q.words[at] ?? "";
    if (!t || isStopWord(word) || (ROLE_TERMS.has(t.term) && !word.endsWith("ing"))) break;
    // a word the briefings lack names a body nobody's role has ("the Ostmark ports commission")
    if (topic.includes(t.term) || q.unknown.includes(asTyped(word, q.text))) body.push(t.term);
    at = t.from + t.span;
    end = at;
  }
  return { terms: body, words: q.words.slice(last.from + last.span, end).join(" ") };
}

/** Nouns for a side's people: the word before one names the side ("Maduro's delegation"). */
const SIDE_NOUNS: ReadonlySet<string> = new Set(["delegation", "team", "side", "negotiators"]);

/**
 * The parties of the briefing that the word before a side noun names by one of their other names
 * ("Maduro government" for "Maduro's delegation"), when the question names no party that way.
 */
function sideByOtherName(c: AnswerContext): { keys: Set<string>; term?: string } {
  const { q, b } = c;
  const at = q.words.findIndex((w, i) => i > 0 && SIDE_NOUNS.has(w));
  const word = q.words[at - 1];
  if (at < 1 || word === undefined || isStopWord(word)) return { keys: new Set() };
  const t = q.terms.find((x) => x.from === at - 1 && x.span === 1);
  const k = t ? q.terms.indexOf(t) : -1;
  if (!t || q.mentions.some((m) => m.from <= k && k < m.to)) return { keys: new Set() };
  const keys = new Set<string>();
  for (const p of b.parties ?? []) {
    if ((p.aliases ?? []).some((a) => terms(a).includes(t.term)))
      keys.add(entityKey("party", p.name));
  }
  return keys.size === 1 ? { keys, term: t.term } : { keys: new Set() };
}

/** Words that link the person asked to the one wanted ("the deputy of Kang", "adviser to X"). */
const RELATION_LINKS: ReadonlySet<string> = new Set(["of", "to"]);

/**
 * "who was Kang Sok-ju's deputy", "who was the adviser to Samardžić": a person named with a word
 * of role joined to them ("X's deputy", "deputy of X") asks for someone of that person's own
 * side whose role has the word and whose role the person's own lacks (the head is not their own
 * deputy). At most two, else none; a person who is no participant, or of no side, relates to
 * nobody here.
 */
function relatedOfSameSide(
  c: AnswerContext,
  people: readonly Fact[],
): { people: Fact[]; word: string } | undefined {
  const { q, subject, topic, index } = c;
  if (subject?.kind !== "person" || q.count || q.yesNo) return undefined;
  const own = people.find((f) => f.person !== undefined && subject.keys.includes(f.person));
  if (!own?.party) return undefined;
  const first = q.terms[subject.from];
  const last = q.terms[subject.to - 1];
  if (!first || !last) return undefined;
  // the words of role joined to the person: "Kim's top nuclear negotiator", "deputy of Kang"
  const isRoleWord = (t: (typeof q.terms)[number] | undefined) =>
    t !== undefined &&
    (topic.includes(t.term) || q.soft.includes(t.term)) &&
    // "Kang's counterpart" is whom he met (see metBy), not one of his own side
    !COUNTERPART.has(q.words[t.from] ?? "") &&
    !MEETING_WORDS.has(q.words[t.from] ?? "");
  const after: (typeof q.terms)[number][] = [];
  for (let at = last.from + last.span; ; ) {
    const t = q.terms.find((x) => x.from === at);
    if (!t || !isRoleWord(t)) break;
    after.push(t);
    at = t.from + t.span;
  }
  const linkAt = q.words[first.from - 1] === "the" ? first.from - 2 : first.from - 1;
  const before: (typeof q.terms)[number][] = [];
  if (after.length === 0 && RELATION_LINKS.has(q.words[linkAt] ?? "")) {
    for (let end = linkAt; ; ) {
      const t = q.terms.find((x) => x.from + x.span === end);
      if (!t || !isRoleWord(t)) break;
      before.unshift(t);
      end = t.from;
    }
  }
  const phrase = after.length > 0 ? after : before;
  // the noun of the phrase: the last word after the name, the word before "of"
  const head = phrase.at(-1);
  if (!head) return undefined;
  const holds = (f: Fact) => phrase.every((t) => index.score(t.term, f) > 0);
  // no role of the briefing has the words: not a relation this reading can tell
  if (holds(own) || !people.some((f) => f !== own && f.party === own.party && holds(f)))
    return undefined;
  // "deputy head of the US delegation" is the deputy of the delegation's head, not of the
  // President: what the role says the word is of must be the person's own role or name
  const theirs = new Set(terms(`${own.participant?.role ?? ""} ${own.participant?.name ?? ""}`));
  const relatesTo = (f: Fact) =>
    (f.participant?.role ?? "").split(/[;,]/).some((part) => {
      const words = terms(part);
      const at = words.indexOf(head.term);
      return at >= 0 && words.slice(at + 1).every((w) => theirs.has(w));
    });
  const related = people.filter(
    (f) => f !== own && f.party === own.party && holds(f) && relatesTo(f),
  );
  const word = phrase.map((t) => q.words.slice(t.from, t.from + t.span).join(" ")).join(" ");
  return related.length <= 2 ? { people: related, word } : undefined;
}

/** "Who negotiated for X", "who attended": participants, parties or an earlier mediator. */
/** Positions of a side read as its role, at most: more are a list of demands, not a role. */
const MAX_ROLE_POSITIONS = 2;

export function answerWho(c: AnswerContext): Draft {
  const {
    q,
    e,
    b,
    index,
    tag,
    subject,
    parties,
    topic,
    base,
    inText,
    ranked,
    section,
    topical,
    bySubject,
    decline,
  } = c;
  const met = metBy(c);
  // "who was president of COP3": a "Vice President" is no answer to a title asked without "vice"
  const titles = q.words.filter((w) => TITLE_WORDS.has(w));
  // "who signed for Sudan": the state marked as the side, where no side of the briefing is
  // named so, is one every person answering must name in their side or role
  const forState = parties.size === 0 ? stateMarkedFor(q) : undefined;
  const people = section("participants").filter(
    (f) =>
      !(f.person && met.has(f.person)) &&
      !onlyLowerRank(f, titles, q.words) &&
      (forState === undefined || index.score(forState, f) > 0),
  );
  if (forState !== undefined && people.length === 0) {
    return decline(`The briefings name nobody who took part for ${asTyped(forState, q.text)}.`);
  }
  // "which countries took part" is the parties; "which countries were on the commission" is not
  if (q.partiesList && !subject && topic.length === 0 && b.parties?.length) {
    const names = b.parties.map((p) => p.name);
    return answered(
      `Parties: ${names.join(", ")}.${tag}`,
      names.map((n) => citeBriefing(b, "parties", n)),
      base + 0.1,
    );
  }
  // "who did Brahimi meet from the US and Russia": the people of those sides a line says he met
  const metFrom = metFromSides(c, people);
  if (metFrom) {
    return answered(
      factLine(metFrom.line) + tag,
      [metFrom.line, ...metFrom.people].map(citeFact),
      base,
    );
  }
  // "who signed the 1992 ceasefire", "who met Kim in June 1994": of a time the talks are not
  // of, the people asked about are in a line telling of that time, not among the participants
  const then = askedTimes(q);
  if (then.length > 0 && !heldWithin(b, then)) {
    // the time is the line's own, whatever words it is written next to
    // (and the people and sides asked about: "who met Brecht" asks of the line naming Brecht)
    const named = q.mentions.flatMap((m) => mentionTerms(q, m));
    const undated = [...new Set([...topic, ...named])].filter(
      (t) => !/^\d{4}$/.test(t) && !MONTH_TERMS.has(t),
    );
    const line = doerInText(
      { ...c, topic: undated },
      (f) =>
        TOLD_IN.has(f.section) &&
        f.section !== "parties" &&
        statesAsIs(f.text, then) &&
        // the people and sides asked about are in it, with the act asked and someone else
        q.mentions.every((m) => coverage(index, mentionTerms(q, m), [f]) === 1) &&
        holdsWhoVerb(q, f, index) &&
        namesSomeoneElse(f.text, q.words),
    );
    if (line) return answered(factLine(line) + tag, [citeFact(line)], base);
  }
  // "who mediated before the AU got involved": someone in the background, not a participant
  if (q.past && !q.previous && !q.latest) {
    const asked = [...new Set(q.terms.map((t) => t.term))].filter(
      (t) => t !== "~meet" && !isStopWord(t),
    );
    // "who worked on the committee before Pedersen": whom or what it was before need not be in
    // the line, but every word asked before "before" must
    const at = q.words.findIndex((w) => w === "before" || w === "prior");
    const main = [
      ...new Set(
        q.terms.filter((t) => t.from < at && !t.term.startsWith("~meet")).map((t) => t.term),
      ),
    ].filter((t) => !isStopWord(t) && asked.includes(t));
    const earlier = section("background")
      .map((f) => ({ f, n: asked.filter((t) => inText(f, t)).length }))
      .filter((x) => x.n > 0 && main.every((t) => inText(x.f, t)))
      .sort((x, y) => y.n - x.n || x.f.id - y.f.id);
    if (earlier[0]) return answered(factLine(earlier[0].f) + tag, [citeFact(earlier[0].f)], base);
  }
  // "who is the president of X": a title no role or text of the briefing has is not there
  // "which presidents": the title in the singular too
  const hasTitle = (w: string) =>
    e.words.includes(w) ||
    (w.endsWith("s") && e.words.includes(w.slice(0, -1))) ||
    (TITLE_FORMS[w]?.every((part) => e.words.includes(part)) ?? false);
  if (titles.length > 0 && !titles.every(hasTitle)) {
    return decline(`The briefings don't say who is ${listWords(titles)}.`);
  }
  // "minsk II host?", "who chaired it": the one whose role it is, before everyone who took part
  const holders = !subject && topic.length === 0 ? holdersOfRole(c, people) : [];
  if (holders.length > 0) {
    return answered(holders.map(participantLine).join("; ") + tag, holders.map(citeFact), base);
  }
  // "who mediated between Tehran and Washington": the one whose role is the doer of the act
  const act = actAsked(q);
  const doers = act ? doersOf(c, people, act) : [];
  if (doers.length > 0 && topic.length === 0) {
    return answered(doers.map(participantLine).join("; ") + tag, doers.map(citeFact), base);
  }
  if (!subject && topic.length === 0) {
    const list = people.map(participantLine);
    if (list.length === 0) return decline("The briefing lists no participants.");
    return answered(`Participants: ${list.join("; ")}.${tag}`, people.map(citeFact), 0.8);
  }
  // "who was Kang's deputy": the one of the person's own side whose role is the word asked
  const ofTheirSide = relatedOfSameSide(c, people);
  if (ofTheirSide && ofTheirSide.people.length > 0) {
    return answered(
      ofTheirSide.people.map(participantLine).join("; ") + tag,
      ofTheirSide.people.map(citeFact),
      base,
    );
  }
  // "who was Clinton's deputy" where the deputy there is the delegation head's: nobody of theirs
  if (ofTheirSide) {
    return decline(
      `The briefings name no ${ofTheirSide.word} of ${mentionWords(q, subject as Mention)}.`,
    );
  }
  // "who led Maduro's delegation": a side the question names by another of its names ("Maduro
  // government"); its people are the ones asked about, whatever other name the question has
  const named = sideByOtherName(c);
  if (named.keys.size > 0) {
    const ofSide = people.filter((f) => f.party !== undefined && named.keys.has(f.party));
    const rest = topic.filter((t) => t !== named.term);
    const holders = holdersOfRole({ ...c, parties: named.keys, topic: rest }, ofSide);
    if (holders.length > 0) {
      return answered(holders.map(participantLine).join("; ") + tag, holders.map(citeFact), base);
    }
  }
  // "who headed the FMLN negotiating commission": a body of the side whose head is asked must
  // be in the role of one of the side's people, or nobody of theirs headed it
  const body = parties.size > 0 ? bodyOfSide(c) : { terms: [], words: "" };
  if (
    body.terms.length > 0 &&
    !people.some(
      (f) =>
        f.party !== undefined &&
        parties.has(f.party) &&
        body.terms.every((t) => index.score(t, f) > 0),
    )
  ) {
    const named = q.mentions.find((m) => m.kind === "party");
    const of = named ? ` of ${mentionWords(q, named)}` : "";
    const verb =
      q.typed?.role === "chair" ? "chairs" : q.typed?.role === "host" ? "hosts" : "heads";
    return decline(`The briefings name nobody who ${verb} a ${body.words}${of}.`);
  }
  // "who headed Russia's team", "head of the Russian delegation?": the typed question's role,
  // read in the participants' roles (of that side, when one is named)
  const byTypedRole = holdersOfRole(c, people);
  if (byTypedRole.length > 0) {
    return answered(
      byTypedRole.map(participantLine).join("; ") + tag,
      byTypedRole.map(citeFact),
      base,
    );
  }
  // "who signed the accords for the Front", "who hosted the signing ceremony": the doer of the
  // act by their role, unless a line tells someone else did it with the words asked ("Iraq and
  // Oman hosted earlier rounds")
  if (doers.length > 0) {
    const object = topic.filter(
      (t) => t !== act?.term && !ROLE_TERMS.has(t) && !doers.every((f) => c.index.score(t, f) > 0),
    );
    // of a side asked, the one whose role names the act is theirs whatever the line says
    const line = object.length > 0 && parties.size === 0 ? doerInText(c) : undefined;
    if (!line || doers.some((f) => namesPerson(line, f))) {
      return answered(doers.map(participantLine).join("; ") + tag, doers.map(citeFact), base);
    }
    return answered(factLine(line) + tag, [citeFact(line)], base);
  }
  // "who negotiated for the EU": of the party's people, the one whose role says so
  const roleWords = q.soft.filter((t) => isConcept(t) && t !== "~say" && t !== "~attend");
  if (
    parties.size > 0 &&
    roleWords.length > 0 &&
    (topic.length === 0 || topical(people).length === 0)
  ) {
    const byRole = bySubject(people)
      .map((f) => ({ f, n: roleWords.filter((t) => index.score(t, f) > 0).length }))
      .filter((x) => x.n > 0)
      .sort((x, y) => y.n - x.n || x.f.id - y.f.id);
    const top = byRole.filter((x) => x.n === byRole[0]?.n).map((x) => x.f);
    if (top.length > 0 && top.length <= 2) {
      return answered(top.map(participantLine).join("; ") + tag, top.map(citeFact), base);
    }
  }
  // "who represented Bahrain", "who signed for the Taliban": a person of that side, whatever
  // the verb; someone of another side is no answer however well their role matches
  if (parties.size > 0 && !q.count && !partyIsAgent(q)) {
    const side = ofMemberNamed(
      c,
      people.filter((f) => f.party !== undefined && parties.has(f.party)),
    );

    if (side.length > 0) {
      const fit = ranked(topical(side)).filter((x) => x.s > 0);
      // no role of the side's people has the question's words: the side answers only where the
      // briefing tells it (or them) with those words ("who verifies the ELN ceasefire" is not
      // the ELN's delegation; "who was the Northern Ireland Secretary" is no Irish minister)
      const top = byOtherNames(
        c,
        fit.length > 0
          ? fit.filter((x) => x.s >= (fit[0]?.s ?? 0) * TUNING.facts.nearBest).map((x) => x.f)
          : sideToldWithTopic(c, side),
      );
      if (top.length > 0 && top.length <= 4) {
        return answered(top.map(participantLine).join("; ") + tag, top.map(citeFact), base);
      }
      // "who opened the talks for Sudmark": a line about someone else does not answer it
      const named = q.mentions.find((m) => m.kind === "party");
      if (top.length === 0 && named && marksSide(q, named)) {
        return decline(
          `The briefings name nobody of ${mentionWords(q, named)} who ${subjectWords(q, topic)}.`,
        );
      }
    }
  }
  const best = ranked(topical(people)).filter((x) => x.s > 0);
  if (best.length > 0) {
    const top = best
      .filter((x) => x.s >= (best[0]?.s ?? 0) * TUNING.facts.nearBest)
      .slice(0, 4)
      .map((x) => x.f);
    return answered(top.map(participantLine).join("; ") + tag, top.map(citeFact), base + 0.1);
  }
  // "who founded GAM", "who criticised the conference": no participant's role says it; the one
  // who did it is named in a line of the briefing that says it
  const doer = doerInText(c);
  if (doer) return answered(factLine(doer) + tag, [citeFact(doer)], base);
  // a side or person asked: only their own quotes ("what role did the Netherlands have" is no
  // Norwegian mediator's remark), and not those of whom someone met
  // "who hosted the signing ceremony": a remark made at the ceremony does not say who hosted it
  const quotes = ranked(
    topical(bySubject(section("quotes")).filter((f) => !(f.person && met.has(f.person)))),
  ).filter((x) => x.s > 0 && (!act || holdsAct(c, x.f, act)));
  if (quotes[0]) return answered(quoteLine(quotes[0].f) + tag, [citeFact(quotes[0].f)], base);
  // "who opened the nairobi talks": someone named only in the summary or a point, in a sentence
  // that holds every word of the question and a person's name (two capitalised words)
  const told = whoIsTold(c);
  if (told) return answered(told.sentence + tag, [citeFact(told.f)], base - 0.1);
  // "what role did the Netherlands have": a side's role is what its stated positions say it
  // does ("accompanies the opposition delegation"), when the briefing gives it few
  if (topic.length === 0 && subject?.kind === "party" && q.words.includes("role")) {
    const own = bySubject(section("parties"));
    if (own.length > 0 && own.length <= MAX_ROLE_POSITIONS) {
      return answered(own.map(factLine).join(" ") + tag, own.map(citeFact), base - 0.1);
    }
  }
  if (topic.length === 0 && c.subject) {
    return decline(`The briefings don't say that of ${mentionWords(q, c.subject)}.`);
  }
  // "who hosted the ceremony": the act and what it was done to, as asked
  if (act) {
    const what = topic.filter((t) => t !== act.term);
    const of = what.length > 0 ? ` ${subjectWords(q, what)}` : "";
    return decline(`The briefings name nobody who ${act.word}${of}.`);
  }
  return decline(`The briefings don't say who ${subjectWords(q, topic)}.`);
}

/** Words that ask for the one someone met, not for them: "Kim's counterpart". */
const COUNTERPART = new Set(["counterpart", "counterparts"]);
/** Words of meeting someone: "who did Kim meet", "who did Kim hold talks with". */
const MEETING_WORDS = new Set(["meet", "met", "meets", "with"]);

/**
 * The people a who-question asks the other side of: "who did Kim meet", "who met Kim",
 * "Kim's counterpart at the summit" are not answered by Kim himself. Not "who was Kim at the
 * talks" nor "Kim's job": the person right after "who is" or asked a role of is the one wanted.
 */
function metBy(c: AnswerContext): Set<string> {
  const { q } = c;
  const counterpart = q.words.some((w) => COUNTERPART.has(w));
  if (!counterpart && !q.words.some((w) => MEETING_WORDS.has(w))) return new Set();
  const out = new Set<string>();
  for (const m of q.mentions) {
    if (m.kind !== "person") continue;
    const at = q.terms[m.from]?.from ?? 0;
    const before = q.words[at - 1];
    const copula = before === "is" || before === "was" || before === "are" || before === "were";
    if (copula && !counterpart) continue;
    for (const k of m.keys) out.add(k);
  }
  return out;
}

/** Sections whose lines tell what someone did (a side's positions: what it is to do). */
const TOLD_IN: ReadonlySet<string> = new Set([
  "parties",
  "summary",
  "background",
  "points",
  "outcomes",
  "next_steps",
]);

/**
 * A line that has the question's words and names someone besides them: a capitalised word
 * inside a sentence that the question does not have ("GAM was founded by Hasan di Tiro").
 */
function doerInText(
  c: AnswerContext,
  among: (f: Fact) => boolean = (f) => TOLD_IN.has(f.section),
): Fact | undefined {
  const { q, e, index, topic } = c;
  // "who led the Canadian delegation": a side's people are its participants, never a line; "did
  // Abiy attend" asks whether, not who; "which countries were in the group" asks for a list
  const asksWho =
    q.words.some((w) => w === "who" || w === "whom" || w === "whos" || w === "whose") ||
    // "which US secretary of state visited": a person asked by their role, not a list of sides
    (q.words.includes("which") && !q.partiesList);
  if (!asksWho || topic.length === 0 || q.count || q.yesNo) return undefined;
  if (q.words.some((w) => SIDE_NOUNS.has(w))) return undefined;
  const asked = new Set(q.words.map((w) => w.toLowerCase()));
  const namesSomeone = (text: string) =>
    text.split(/(?<=[.;:!?])\s+/).some((sentence) =>
      sentence
        .split(/\s+/)
        .slice(1)
        .some((w) => {
          const word = w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
          return /^\p{Lu}/u.test(word) && !asked.has(word.toLowerCase());
        }),
    );
  // "who chairs the RCC in Hodeidah": a place the briefing names elsewhere says where, not a
  // word the line telling who must hold
  const where = placeAsked(q).filter((t) => e.facts.some((f) => index.score(t, f) > 0));
  const told = topic.filter((t) => !where.includes(t));
  // "who was Japan's negotiator": the noun the person is asked as must be in the line too
  const asks = [...(told.length > 0 ? told : topic), ...personNounsAsked(q)];
  const pairs = adjacentPairs(q, asks);
  const fit = e.facts
    .filter(among)
    .map((f) => ({ f, cov: coverage(index, asks, [f]) }))
    .filter(
      (x) =>
        x.cov >= TUNING.coverage.doerInText &&
        namesSomeone(x.f.text) &&
        keepsPairs(pairs, terms(x.f.text)),
    )
    .sort((x, y) => y.cov - x.cov || c.relevance(y.f, topic) - c.relevance(x.f, topic));
  return fit[0]?.f;
}

/**
 * The terms of the nouns for a person a who-question asks someone as ("negotiator", "envoy"),
 * after the opening "who was", outside names.
 */
function personNounsAsked(q: AnswerContext["q"]): string[] {
  const named = new Set(q.mentions.flatMap((m) => mentionTerms(q, m)));
  return q.terms
    .filter(
      (t) =>
        t.span === 1 &&
        t.from >= 2 &&
        !named.has(t.term) &&
        !isStopWord(q.words[t.from] ?? "") &&
        isPersonNoun(q.words[t.from] ?? ""),
    )
    .map((t) => t.term);
}

/** The terms of the last words of a question after "in" or "at": where ("… in Hodeidah"). */
function placeAsked(q: AnswerContext["q"]): string[] {
  const at = q.words.findLastIndex((w) => w === "in" || w === "at");
  if (at < 0) return [];
  return q.terms.filter((t) => t.from > at && !t.term.startsWith("~")).map((t) => t.term);
}

/** Pairs of topic terms next to each other in the question ("contadora group"). */
function adjacentPairs(q: AnswerContext["q"], topic: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 1; i < q.terms.length; i++) {
    const a = q.terms[i - 1];
    const b = q.terms[i];
    if (!a || !b || b.from !== a.from + a.span) continue;
    // "which secretary of state visited": a noun and the verb after it are no name written together
    const verb = q.words[b.from] ?? "";
    if (/ed$/.test(verb) && isVerbOrModifier(verb)) continue;
    if (topic.includes(a.term) && topic.includes(b.term)) pairs.push([a.term, b.term]);
  }
  return pairs;
}

/** How far apart a line may write two words the question writes together. */
const PAIR_GAP = 3;

/**
 * Whether a line keeps together, in order, the words the question writes together, where it has
 * both: "the Icelandic government of Prime Minister X" has the "icelandic prime minister", a line
 * with "prime" at its start and "icelandic" at its end does not.
 */
function keepsPairs(pairs: readonly [string, string][], line: readonly string[]): boolean {
  return pairs.every(([a, b]) => {
    if (!line.includes(a) || !line.includes(b)) return true;
    return line.some((t, i) => t === a && line.slice(i + 1, i + 1 + PAIR_GAP).includes(b));
  });
}

/** A capitalised word of a name ("William", "Ruto"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * A sentence of the summary, points or outcomes that holds every content word of a who-question
 * and a person's name (two capitalised words) right before one of them ("President William Ruto
 * opened the talks"), for people the briefing names only there. Not when a side is asked: whose
 * side such a person is on the briefing does not say.
 */
function whoIsTold(c: AnswerContext): { f: Fact; sentence: string } | undefined {
  const { e, index, topic, parties } = c;
  if (topic.length === 0 || parties.size > 0) return undefined;
  for (const f of e.facts) {
    if (!["summary", "points", "outcomes"].includes(f.section)) continue;
    if (!topic.every((t) => index.score(t, f) > 0)) continue;
    for (const sentence of f.text.split(/(?<=[.!?])\s+/)) {
      const own = new Set(terms(sentence));
      if (!topic.every((t) => own.has(t))) continue;
      const words = sentence.split(/\s+/);
      const named = words.some(
        (w, i) =>
          i >= 2 &&
          terms(w).some((t) => topic.includes(t)) &&
          NAME_WORD.test(words[i - 1] ?? "") &&
          NAME_WORD.test(words[i - 2] ?? ""),
      );
      if (named) return { f, sentence };
    }
  }
  return undefined;
}

/** Month names (as terms): with years they say which talks, not what a side's people did. */
const MONTH_TERMS: ReadonlySet<string> = new Set(MONTHS.flatMap((m) => terms(m)));

/** What any side's people do by being there: a question asking only this needs no more. */
const TAKING_PART: ReadonlySet<string> = new Set([
  ...terms("sign signed signing envoy negotiator representative delegate member"),
  "~attend",
  "~lead",
  "~chair",
  "~host",
  "~say",
  "~meet",
]);

/**
 * The people of a side asked about when none of their roles has the question's other words:
 * those a sentence of the briefing names together with those words; else the whole side if such
 * a sentence names the side ("The Government of Indonesia … signed a Memorandum of
 * Understanding"), else nobody, when what the question asks is told of someone else or not
 * at all. Words of months, years and of taking part ask nothing more of a side's people.
 */
function sideToldWithTopic(c: AnswerContext, side: readonly Fact[]): Fact[] {
  // words naming the talks ("the march fish talks") ask nothing of a side's people either
  const asked = c.topic.filter(
    (t) =>
      !MONTH_TERMS.has(t) &&
      !/^\d{4}$/.test(t) &&
      !ROLE_TERMS.has(t) &&
      !TAKING_PART.has(t) &&
      !c.q.talkNames.includes(t),
  );
  if (asked.length === 0) return [...side];
  // "who was the US secretary of state on the trip": the one of the side whose role has a word
  // asked, when one or two do
  const partly = side.filter((f) => asked.some((t) => c.index.score(t, f) > 0));
  if (partly.length > 0 && partly.length <= 2) return partly;
  const sentences = c.e.facts
    .filter((f) => TOLD_IN.has(f.section) || f.section === "quotes")
    .flatMap((f) => f.text.split(/(?<=[.;!?])\s+/))
    .map((sentence) => new Set(terms(sentence)))
    .filter((own) => asked.every((t) => own.has(t)));
  const holdsName = (own: ReadonlySet<string>, names: readonly string[]) =>
    names.some((n) => {
      const parts = terms(n);
      return parts.length > 0 && parts.every((t) => own.has(t));
    });
  const named = side.filter((f) => {
    const p = f.participant;
    if (!p) return false;
    const surname = terms(p.name).at(-1);
    return sentences.some(
      (own) =>
        holdsName(own, [p.name, ...(p.aliases ?? [])]) ||
        (surname !== undefined && own.has(surname)),
    );
  });
  if (named.length > 0) return named;
  const sideNames = (c.b.parties ?? [])
    .filter((p) => c.parties.has(entityKey("party", p.name)))
    .flatMap((p) => [p.name, ...(p.aliases ?? [])]);
  return sentences.some((own) => holdsName(own, sideNames)) ? [...side] : [];
}

/** Words before a side that say the person asked is of it ("for the Front", "from Norland"). */
const SIDE_MARKERS: ReadonlySet<string> = new Set(["for", "from", "of", "representing"]);

/**
 * Whether the question names the party as the side of the person asked ("for X", "X's", "the X
 * delegation"), not as a word of what was done ("the X ceasefire", "the X conference").
 */
function marksSide(q: AnswerContext["q"], m: Mention): boolean {
  const first = q.terms[m.from];
  const last = q.terms[m.to - 1];
  if (!first || !last) return false;
  const before = q.words[first.from - 1];
  const beforeArticle = before === "the" ? q.words[first.from - 2] : before;
  if (beforeArticle !== undefined && SIDE_MARKERS.has(beforeArticle)) return true;
  const after = q.words[last.from + last.span];
  if (after !== undefined && SIDE_NOUNS.has(after)) return true;
  const typed = mentionWords(q, m).toLowerCase();
  return q.text.toLowerCase().includes(`${typed}'s`) || q.text.toLowerCase().includes(`${typed}’s`);
}

/** The act a who-question asks the doer of: the verb right after "who" ("who mediated"). */
interface Act {
  /** The verb's term as the index has it ("mediat", "~host"). */
  term: string;
  /** The verb as typed ("hosted"). */
  word: string;
  /** Terms of the nouns for one who does it, by WordNet ("signer", "signatory" for "sign"). */
  doers: string[];
}

/** Acts everyone at talks does: the participants or a side's people answer them, not a role. */
const EVERYONE_ACTS: ReadonlySet<string> = new Set(["~attend", "~meet", "~say"]);

/** WordNet's lexicographer file of nouns for people (noun.person). */
const PERSON_NOUNS = 18;

/**
 * The act asked, when the question opens "who" + a verb that is not one everyone at talks does
 * ("who took part", "who met", "who said" ask for people, not for a role).
 */
function actAsked(q: AnswerContext["q"]): Act | undefined {
  if (q.count || q.yesNo) return undefined;
  const at = q.words.indexOf("who");
  const word = q.words[at + 1];
  if (at < 0 || word === undefined || AUXILIARIES.has(word) || isStopWord(word)) return undefined;
  const t = q.terms.find((x) => x.from === at + 1 && x.span === 1);
  if (!t || EVERYONE_ACTS.has(t.term)) return undefined;
  const wn = wordNet();
  const verb = wn.lookUp(word, [], ["verb"]);
  if (!verb) return undefined;
  const doers = new Set<string>();
  for (const r of verb.related) {
    if (r.relation !== "derived" || r.pos !== "noun") continue;
    // "signer", not "signature": a noun whose sense is a person
    const noun = wn.lookUp(r.word, [], ["noun"]);
    const rank = noun ? wn.senseRank(r.word.replace(/ /g, "_"), "noun", r.synset) : -1;
    if (!noun || rank < 0 || noun.senses[rank]?.lexFile !== PERSON_NOUNS) continue;
    for (const w of [
      r.word,
      ...noun.related.filter((x) => x.synset === r.synset).map((x) => x.word),
    ])
      for (const d of terms(w)) doers.add(d);
  }
  return { term: t.term, word: asTyped(word, q.text), doers: [...doers] };
}

/**
 * How well a participant's role names the act: 2 by a noun for its doer ("chief mediator",
 * "signatory for the RPF", "host of the signing"), 1 by the verb's own stem (a "signing" is the
 * event, not the one who signed), else 0.
 */
function actInRole(f: Fact, act: Act): number {
  const words = (f.participant?.role ?? "").split(/[^\p{L}-]+/u).filter((w) => w.length > 0);
  const own = words.flatMap((w) => terms(w));
  if (act.doers.some((d) => own.includes(d))) return 2;
  if (act.term.startsWith("~") && own.includes(act.term)) return 2;
  // "signed for Indonesia" says it; "host of the signing" names the event, a noun
  const carriers = words.filter((w) => terms(w).includes(act.term));
  if (carriers.length === 0) return 0;
  const asVerb = carriers.some((w) => !wordNet().lookUp(w.toLowerCase(), [], ["noun"]));
  return asVerb ? 2 : 1;
}

/**
 * The participants whose role names the act asked, best those whose role names its doer; of the
 * side asked, when one is; never of the sides gone between ("mediated between A and B") nor of
 * a side hosted; at most two, else none (the role does not tell them apart).
 */
function doersOf(c: AnswerContext, people: readonly Fact[], act: Act): Fact[] {
  const { q, parties } = c;
  if (partyIsAgent(q) || sideIsHosted(q)) return [];
  const between = new Set(mentionsBetween(q).flatMap((m) => m.keys));
  const pool = people.filter(
    (f) =>
      !(f.party !== undefined && between.has(f.party)) &&
      (parties.size === 0 || (f.party !== undefined && parties.has(f.party))),
  );
  // "who heads the presidency council": words asked that other people's roles have ("President
  // of the Presidency Council") say whose role it is; the doer's role must have them too
  const object = c.topic.filter((t) => t !== act.term && !ROLE_TERMS.has(t));
  const inRoles = object.filter((t) => people.some((f) => c.index.score(t, f) > 0));
  // "who chaired the security council meeting": a word asked that the briefing lacks is about
  // something else than its talks (of a side asked, the role that names the act is theirs)
  if (parties.size === 0 && !object.every((t) => c.e.facts.some((f) => c.index.score(t, f) > 0)))
    return [];
  const scored = pool
    .filter((f) => inRoles.every((t) => c.index.score(t, f) > 0))
    .map((f) => ({ f, s: actInRole(f, act) }))
    .filter((x) => x.s > 0);
  const top = Math.max(0, ...scored.map((x) => x.s));
  const best = scored.filter((x) => x.s === top).map((x) => x.f);
  return best.length <= 2 ? best : [];
}

/**
 * "who signed the CPA for Sudan" where the side is written "Government of Sudan": the state
 * after "for", which the doer's side or role must name (not the host's Kenya).
 */
function stateMarkedFor(q: AnswerContext["q"]): string | undefined {
  const at = q.words.lastIndexOf("for");
  // "the IGAD envoy for Sudan": a post for a state, held by someone of another side
  const post = q.words[at - 1] ?? "";
  if (at < 0 || (post.length > 3 && isPersonNoun(post))) return undefined;
  const from = q.words[at + 1] === "the" ? at + 2 : at + 1;
  const t = q.terms.find((x) => x.from === from && x.span === 1);
  return t && (country(t.term) === t.term || isStateToken(t.term)) ? t.term : undefined;
}

/** Whether a fact holds the act asked, in its own words or its speaker's role. */
function holdsAct(c: AnswerContext, f: Fact, act: Act): boolean {
  return (
    c.index.score(act.term, f) > 0 ||
    act.doers.some((d) => c.index.score(d, f) > 0) ||
    actInRole(f, act) > 0
  );
}

/** Whether a line names a participant (by name, an alias or surname). */
function namesPerson(f: Fact, person: Fact): boolean {
  const p = person.participant;
  if (!p) return false;
  const own = new Set(terms(f.text));
  const surname = terms(p.name).at(-1);
  return (
    (surname !== undefined && own.has(surname)) ||
    [p.name, ...(p.aliases ?? [])].some((n) => terms(n).every((t) => own.has(t)))
  );
}

/**
 * Of a side's people, those whose own side or role has the name the question gives it, when that
 * name is one member of a group ("who represented the US" when the US is one of "the
 * guarantors"): Brazil's president is no answer. All of them when every one or none has it.
 */
function ofMemberNamed(c: AnswerContext, side: Fact[]): Fact[] {
  const subject = c.subject;
  if (subject?.kind !== "party") return side;
  const named = mentionTerms(c.q, subject);
  // the side named by its own name ("Iran") is all its people
  const ownNames = (c.b.parties ?? [])
    .filter((p) => c.parties.has(entityKey("party", p.name)))
    .map((p) => terms(p.name));
  if (ownNames.some((n) => named.every((t) => n.includes(t)))) return side;
  const own = side.filter((f) => {
    const p = f.participant;
    const words = new Set(terms(`${p?.side ?? ""} ${p?.role ?? ""}`));
    return named.length > 0 && named.every((t) => words.has(t));
  });
  return own.length > 0 && own.length < side.length ? own : side;
}

/**
 * Of people who fit a who-question alike, those whose role has the other names it gives, even
 * names that only say which talks ("Algeria's ambassador in Tehran": the Ambassador to Iran, not
 * the one to the United States, though Iran is in the talks' title). All when none or all has.
 */
function byOtherNames(c: AnswerContext, top: Fact[]): Fact[] {
  if (top.length < 2) return top;
  const others = c.q.mentions.filter(
    (m) => m !== c.subject && (m.kind === "party" || m.kind === "person"),
  );
  if (others.length === 0) return top;
  const sharper = top.filter((f) => {
    const own = new Set(terms(f.participant?.role ?? ""));
    return others.every((m) =>
      [mentionTerms(c.q, m), ...m.keys.map((k) => nameTerms(k))].some((n) =>
        n.every((t) => own.has(t)),
      ),
    );
  });
  return sharper.length > 0 && sharper.length < top.length ? sharper : top;
}

/**
 * "who did Brahimi meet from the US and Russia": the people of the sides named after "from" that
 * a line names with the one asked about and a word of meeting; the line is the answer.
 */
function metFromSides(
  c: AnswerContext,
  people: readonly Fact[],
): { line: Fact; people: Fact[] } | undefined {
  const { q, e, index } = c;
  if (c.subject?.kind !== "person" || !q.words.some((w) => MEETING_WORDS.has(w))) return undefined;
  const from = q.words.indexOf("from");
  if (from < 0) return undefined;
  const sides = new Set(
    q.mentions
      .filter((m) => m.kind === "party" && (q.terms[m.from]?.from ?? -1) > from)
      .flatMap((m) => m.keys),
  );
  const ofSides = people.filter((f) => f.party !== undefined && sides.has(f.party));
  if (ofSides.length === 0) return undefined;
  const subjectTerms = mentionTerms(q, c.subject);
  // the shortest such line: a point says it, a summary says much else
  const lines = e.facts
    .filter((f) => TOLD_IN.has(f.section) && index.score("~meet", f) > 0)
    .sort((a, b) => a.text.length - b.text.length);
  for (const f of lines) {
    if (!subjectTerms.every((t) => index.score(t, f) > 0)) continue;
    const met = ofSides.filter((p) => namesPerson(f, p));
    // every side asked has someone met in the line
    const covered = [...sides].every(
      (k) => !ofSides.some((p) => p.party === k) || met.some((p) => p.party === k),
    );
    if (met.length > 0 && covered) return { line: f, people: met };
  }
  return undefined;
}
