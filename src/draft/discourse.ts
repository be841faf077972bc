// Reads an article as a discourse to tie each quotation to whoever said it. One pass over the
// sentences in article order drives an explicit state machine:
//
// - `introduced`: the people met so far, with their role and the gender evidence (a first name,
//   an honorific, or a pronoun that could only be them);
// - `focus`: who the discourse is about, the person subject of the latest sentence
//   (`NoFocus` | `Focused`);
// - `attribution`: which attribution a bare quote would belong to (`Silent` | `Speaking` |
//   `PartySpeaking` | `Open`, the last when the latest quote could not be credited, so that the
//   quotes after it are not credited by continuation either).
//
// A speaker is filled in only when the reading is unambiguous; otherwise the quote stays open with
// a note that says what was ambiguous ("he: Zaev or Tsipras?").
import type { Block } from "./article.ts";
import {
  type AttributionFinding,
  aboutTheWords,
  accordingTo,
  askerOf,
  attributionAfterQuote,
  attributionBeforeQuote,
  authorOfDocument,
  clauseOfItsOwn,
  documentAfterQuote,
  documentIssuer,
  type PartySpeaker,
  partyAsSpeaker,
  questionPut,
  relativeClauseSpeaker,
  reportedSpeech,
  speechClauseAfterQuote,
} from "./attribution.ts";
import { entityNamed, entityOfDemonym } from "./gazetteer.ts";
import { clauseSubjectVerb, insideSetOffClause, type Mention, spanText } from "./mentions.ts";
import { type People, type Person, roleFits } from "./people.ts";
import { sideOfRole } from "./sides.ts";
import type { Sentence, Token } from "./tokens.ts";
import { isSpeechVerb, ROLE_KEYWORDS } from "./vocabulary.ts";

/** What a reader knows of the article's people beyond the words next to their names. */
export interface KnownOffices {
  /** The side read for a person anywhere in the article (sides.ts). */
  sideOf?: (p: Person) => string | undefined;
  /** The office a person held on the talks' date, from the list of office holders. */
  officeOf?: (p: Person) => { office: string; side: string } | undefined;
}

/** What the discourse reading decided for one quote. */
export interface QuoteReading {
  token: Token;
  sentence: Sentence;
  block: Block;
  blockIndex: number;
  speaker?: Person;
  party?: string;
  /** The party's body that speaks, as written ("China's foreign ministry"), credited instead. */
  body?: string;
  /** The rule and words that credited the quote, or why it stays open (starting `REVIEW:`). */
  note: string;
  /** An attribution rule's finding, when one read the quote's clause. */
  finding?: AttributionFinding;
  /**
   * The path (rule) that credited the speaker or party, named for the precision review
   * (draft.ts's `DEMOTED_PATHS`): `attributionAfterQuote/pronoun`, `continuedInParagraph`, ….
   */
  path?: string;
}

/** Who the discourse is about. */
type Focus =
  | { state: "NoFocus" }
  | { state: "Focused"; person: Person; block: number; source: string; sentence: number };

/** Which attribution a bare quote belongs to. */
type Attribution =
  | { state: "Silent" }
  | { state: "Speaking"; person: Person; block: number; source: string }
  | { state: "PartySpeaking"; party: string; body?: string; block: number; source: string }
  | { state: "Open"; block: number };

/** A mention read against the discourse: one person, or the people it could be. */
type Reading =
  | { kind: "person"; person: Person }
  | { kind: "ambiguous"; why: string }
  | { kind: "unknown"; why: string };

interface Introduction {
  gender?: "m" | "f";
}

const orList = (names: string[]) =>
  names.length <= 1
    ? (names[0] ?? "nobody")
    : `${names.slice(0, -1).join(", ")} or ${names.at(-1) ?? ""}`;

/** The discourse state of one article, advanced sentence by sentence. */
export class Discourse {
  private readonly introduced = new Map<Person, Introduction>();
  private focus: Focus = { state: "NoFocus" };
  private attribution: Attribution = { state: "Silent" };
  /**
   * People acting (as a subject) in this sentence and the one before, with where their mention
   * ends: the rivals of a pronoun. Someone only mentioned ("whose talks with Erdoğan") is none.
   */
  private thisSentence: Array<{ person: Person; at: number }> = [];
  private lastSentence: Array<{ person: Person; at: number }> = [];
  /**
   * Rivals a pronoun is open between whatever the genders known: the agent of a passive ("X was
   * followed by Y. She told …") and the people a name left open may be ("For Mr Ma – no relation
   * – …": Ma Ying-jeou or Ma Xiaoguang), in this sentence and the one before.
   */
  private thisRivals: Array<{ people: Person[]; at: number; why: string }> = [];
  private lastRivals: Array<{ people: Person[]; at: number; why: string }> = [];
  /** Everyone named since the focus was set, when it was set before the previous sentence. */
  private sinceFocus: Person[] = [];
  /** How many sentences have been read. */
  private sentences = 0;
  /** The latest quote was credited to a person. */
  private lastQuoteCredited = false;
  /** The speaker whose words someone else acted after, for a bare quote's review note. */
  private interrupted: { speaker: Person; by: Person } | undefined;
  /** The sentence being read: its mentions, its subject and that subject's verb. */
  private clause: { mentions: Mention[]; subject: Mention | undefined; verb: number } = {
    mentions: [],
    subject: undefined,
    verb: -1,
  };
  /** Names in this sentence the draft does not read as a person ("Mossa Ag Attaher"). */
  private unreadNames: Mention[] = [];
  /** Who the sentences of each paragraph were about (the focus they set). */
  private readonly aboutIn = new Map<number, Set<Person>>();
  /** The paragraph (block index) where each person was last named. */
  private readonly namedIn = new Map<Person, number>();
  /** Everyone the name that last named each person may be ("Kennedy": John F. or Jacqueline). */
  private readonly namedAs = new Map<Person, Person[]>();
  /** A person whose statement the sentence before (or this one) says was issued. */
  private issuer: { person: Person; sentence: number; source: string } | undefined;
  private bodyIndex = -1;
  private previousBody = -1;
  /** The body paragraph before {@link previousBody}. */
  private earlierBody = -1;
  /** The body paragraph where each person last acted (a subject) or was credited with words. */
  private readonly actedIn = new Map<Person, number>();
  /** Body paragraphs that hold a quote, and those with a name several people share. */
  private readonly quotedBlocks = new Set<number>();
  private readonly openNamesIn = new Set<number>();
  /** The latest quote of this sentence stands in a clause its speaker reports ("X said the …"). */
  private reporting = false;
  /** The quote of this sentence credited by an attribution after it, and where that ends. */
  private splitBy: { quote: number; last: number } | undefined;
  /** The quote of this sentence that a party or its body was credited with, or -1. */
  private partyQuoteAt = -1;
  /** Quotes a document speaks ("…," the statement read), until a sentence names its author. */
  private document: { readings: QuoteReading[]; block: number; sentence: number } | undefined;
  /** Document quotes whose author the latest sentence named, for {@link takeAuthored}. */
  private authored: Array<{ reading: QuoteReading; speaker: Person; note: string; path: string }> =
    [];
  /** A quotation standing alone as a sentence, credited as the previous speaker's going on. */
  private continued: { reading: QuoteReading; sentence: number } | undefined;
  /** Continued quotes the sentence after took back, for {@link takeWithdrawn}. */
  private withdrawn: Array<{ reading: QuoteReading; note: string }> = [];

  constructor(
    private readonly people: People,
    private readonly known: KnownOffices = {},
  ) {}

  /**
   * Everyone a name or role noun may be. A role noun also fits what a reader knows of a person
   * the article gives no such words: the side read elsewhere ("Foreign Minister Hakan Fidan" is
   * "the Turkish foreign minister") and the office held on the talks' date ("the prime minister"
   * for a Trudeau the report never calls so).
   */
  private candidatesOf(m: Mention): Person[] {
    const found = this.people.candidates(m);
    if (m.kind !== "role") return found;
    const more = this.people.all.filter((p) => {
      if (found.includes(p)) return false;
      const side = this.known.sideOf?.(p);
      if (p.role && !p.role.side && side !== undefined && roleFits(m.text, { ...p.role, side }))
        return true;
      // "Mr Trump", given no more than "leaders - Mr Trump", is "the president" all the same
      const office = this.known.officeOf?.(p);
      return office !== undefined && roleFits(m.text, { role: office.office, side: office.side });
    });
    return more.length === 0
      ? found
      : this.people.all.filter((p) => found.includes(p) || more.includes(p));
  }

  /** The person has a role the article gives, or an office a reader knows. */
  private holdsOffice(p: Person): boolean {
    return p.role !== undefined || this.known.officeOf?.(p) !== undefined;
  }

  /** Reads one sentence and returns a reading for each of its quotes, in order. */
  readSentence(
    block: Block,
    blockIndex: number,
    sentence: Sentence,
    sentenceIndex: number,
    allMentions: Mention[],
  ): QuoteReading[] {
    const isBody = block.kind === "body";
    if (isBody && this.bodyIndex !== blockIndex) {
      this.earlierBody = this.previousBody;
      this.previousBody = this.bodyIndex;
      this.bodyIndex = blockIndex;
    }
    this.lastSentence = this.thisSentence;
    this.thisSentence = [];
    this.lastRivals = this.thisRivals;
    this.thisRivals = [];
    this.reporting = false;
    this.splitBy = undefined;
    this.partyQuoteAt = -1;
    this.sentences++;
    const tokens = sentence.tokens;
    const mentions = allMentions.filter((m) => m.kind !== "name" || this.people.knows(m));
    const subjectVerb = clauseSubjectVerb(tokens, mentions);
    const subject = subjectVerb?.mention;
    this.clause = { mentions, subject, verb: subjectVerb?.verb ?? -1 };
    // a full name of two words or more, not a capitalised word opening the sentence ("There")
    this.unreadNames = allMentions.filter(
      (m) => m.kind === "name" && m.last > m.first && !this.people.knows(m),
    );
    if (isBody && tokens.some((t) => t.quote !== undefined)) this.quotedBlocks.add(blockIndex);
    // a name several people share
    if (isBody && mentions.some((m) => m.kind === "name" && this.people.candidates(m).length > 1))
      this.openNamesIn.add(blockIndex);
    for (const m of mentions) {
      const agent = passiveAgent(tokens, m);
      this.introduce(m, m.subject || m === subject || agent);
      this.noteRival(m, tokens, agent);
    }
    this.withdrawContinuation(tokens, blockIndex);
    this.readAuthor(sentence, mentions, subject, blockIndex);
    const readings: QuoteReading[] = [];
    let previousQuote = -1;
    for (let qi = 0; qi < tokens.length; qi++) {
      const token = tokens[qi];
      if (token?.quote === undefined) continue;
      const reading = this.readQuote(tokens, qi, mentions, allMentions, previousQuote, subject, {
        block,
        blockIndex,
        sentence,
        sentenceIndex,
        token,
      });
      previousQuote = qi;
      readings.push(reading);
    }
    // `reportedSpeech`: "Reinsalu said the alliance had to plan for years." makes him the one
    // whose words a following bare quote continues.
    if (previousQuote === -1 && isBody) {
      // "Petrov set out Moscow's conditions in an interview:": a sentence leading into a quote.
      const colon = /:\s*$/.test(tokens.at(-1)?.post ?? "");
      // "His message to the Palestinians was this:": the possessive is the person in focus.
      const possessive =
        colon && !subject && /^(?:his|her)$/i.test(tokens[0]?.text ?? "")
          ? possessiveMention(tokens[0]?.text ?? "")
          : undefined;
      const leads = colon ? (subject ?? possessive) : undefined;
      const sayer =
        reportedSpeech(tokens, mentions) ??
        (leads && {
          rule: "reportedSpeech" as const,
          mention: leads,
          source: sentence.text,
        });
      const read = sayer && this.read(sayer.mention, tokens, subject);
      if (sayer && read?.kind === "person")
        this.attribution = {
          state: "Speaking",
          person: read.person,
          block: blockIndex,
          source: sayer.source,
        };
      // "Officials in Jerusalem said …", or "The minister said …" read as nobody for sure:
      // someone else speaks now, and a bare quote after it is not the earlier speaker's
      else if (
        this.attribution.state === "Speaking" &&
        ((sayer && read?.kind !== "person") || (!sayer && othersSpeak(tokens, mentions)))
      )
        this.attribution = { state: "Silent" };
      // "Lind said … . Bruni shook his head." then a bare quote: someone else acts after the
      // words, and the quote may be either's
      else if (this.attribution.state === "Speaking" && !sayer) {
        const speaking = this.attribution.person;
        const actor = mentions
          .filter((m) => m.kind !== "pronoun" && (m === subject || m.subject))
          .map((m) => this.read(m, tokens, subject))
          .find((r) => r.kind === "person" && r.person !== speaking);
        if (actor?.kind === "person") {
          this.interrupted = { speaker: speaking, by: actor.person };
          this.attribution = { state: "Silent" };
        }
      }
    }
    this.advanceFocus(tokens, mentions, subject, blockIndex);
    this.noteIssuer(tokens, subject, sentence.text);
    return readings;
  }

  private readQuote(
    tokens: Token[],
    qi: number,
    mentions: Mention[],
    allMentions: Mention[],
    previousQuote: number,
    subject: Mention | undefined,
    at: {
      block: Block;
      blockIndex: number;
      sentence: Sentence;
      sentenceIndex: number;
      token: Token;
    },
  ): QuoteReading {
    const base = {
      token: at.token,
      sentence: at.sentence,
      block: at.block,
      blockIndex: at.blockIndex,
    };
    const credit = (reading: QuoteReading): QuoteReading => {
      this.lastQuoteCredited = reading.speaker !== undefined;
      this.partyQuoteAt = reading.party ? qi : -1;
      this.interrupted = undefined;
      // a later "It came from X" is about this quote, not about the open ones before it
      if (reading.speaker || reading.party) this.document = undefined;
      // "Blinken, Wang hold talks, warn of 'downward spiral'": a headline of two subjects gives
      // the words to neither; the body says whose they are
      // (the names before the headline's verb: "Xi tells Biden …" has one subject)
      const subjectEnd = this.clause.verb > 0 && this.clause.verb < qi ? this.clause.verb : qi;
      const headlineSubjects =
        reading.speaker && at.block.kind !== "body"
          ? new Set(
              mentions
                .filter((m) => m.kind === "name" && m.last < subjectEnd)
                .flatMap((m) => this.people.candidates(m)),
            )
          : undefined;
      if (headlineSubjects && headlineSubjects.size > 1)
        return {
          ...base,
          note: `REVIEW: a headline with several subjects (${orList([...headlineSubjects].map((p) => p.name))}); whose words these are is not read`,
        };
      if (reading.party && at.block.kind !== "body") {
        // A headline's "Ethiopia, rebels agree to '…'" condenses the body, where the quote is read.
        return { ...base, note: reading.note };
      }
      if (reading.speaker) {
        this.acted(reading.speaker);
        this.attribution = {
          state: "Speaking",
          person: reading.speaker,
          block: at.blockIndex,
          source:
            reading.finding?.source ??
            (this.attribution.state === "Speaking" && this.attribution.person === reading.speaker
              ? this.attribution.source
              : reading.note),
        };
        this.setFocus(reading.speaker, at.blockIndex, reading.note);
      } else if (reading.party) {
        this.attribution = {
          state: "PartySpeaking",
          party: reading.party,
          ...(reading.body ? { body: reading.body } : {}),
          block: at.blockIndex,
          source: reading.note,
        };
      } else {
        this.attribution = { state: "Open", block: at.blockIndex };
      }
      return reading;
    };
    const byFinding = (finding: AttributionFinding): QuoteReading => {
      if (finding.reporter)
        return credit({
          ...base,
          finding,
          note: `REVIEW: "${finding.source}": ${finding.reporter.text} reports what ${finding.mention.text} said; whose words these are is not read`,
        });
      if (finding.ambiguous)
        return credit({
          ...base,
          finding,
          note: `REVIEW: "${finding.source}": ${finding.ambiguous}`,
        });
      const read = this.read(finding.mention, tokens, subject);
      const aboutAnother =
        read.kind === "person" &&
        finding.mention.kind === "pronoun" &&
        this.wordsAboutAnother(finding.mention, at.token, at.sentence, subject) &&
        this.namedHereBesides(read.person, finding.mention.gender);
      if (read.kind === "person" && aboutAnother)
        return credit({
          ...base,
          finding,
          note: `REVIEW: "${finding.source}": the words speak of another "${finding.mention.text}"; ${finding.mention.text} may be ${read.person.name} or someone else just named`,
        });
      if (read.kind === "person") {
        if (finding.last !== undefined) this.splitBy = { quote: qi, last: finding.last };
        // "X said the talks were 'candid' …": later quotes of the clause X reports are X's
        this.reporting =
          finding.rule === "attributionBeforeQuote" &&
          tokens.slice(finding.mention.last + 1, qi).some((t) => REPORTING.test(t.text));
        const via =
          read.person.name !== finding.mention.text
            ? ` (${finding.mention.text} = ${read.person.name})`
            : "";
        return credit({
          ...base,
          speaker: read.person,
          finding,
          path: `${finding.rule}/${finding.mention.kind}`,
          note: `speaker from "${finding.source}"${via}`,
        });
      }
      return credit({ ...base, finding, note: `REVIEW: "${finding.source}": ${read.why}` });
    };

    // A party speaks, or a body of it ("China's foreign ministry said"), or its people unnamed
    // ("US officials said"), who are nobody to credit.
    const byParty = (p: PartySpeaker): QuoteReading =>
      p.unnamed
        ? credit({
            ...base,
            note: `REVIEW: "${p.source}": ${p.unnamed} speaks unnamed; the article does not say who`,
          })
        : credit({
            ...base,
            party: p.party,
            ...(p.body ? { body: p.body } : {}),
            path: p.after ? "partyAfterQuote" : "partyInClause",
            note: `speaker from "${p.source}" (${p.body ? `a body of ${p.party}` : "a party"})`,
          });

    // 0. A question put to someone ("Asked whether it was "…", X said"): nobody's words to
    // credit, and it leaves the attribution in force as it was.
    const question = questionPut(tokens, qi);
    const asker = question ? askerOf(tokens, qi, mentions) : undefined;
    const askedBy = asker && this.read(asker, tokens, subject);
    if (question && askedBy?.kind === "person")
      return {
        ...base,
        speaker: askedBy.person,
        path: "questionAsker",
        note: `speaker from "${question}": a question ${asker?.text} put`,
      };
    if (question)
      return {
        ...base,
        note: `REVIEW: a question put to the speaker ("${question}"), not their words; who asked it is not read`,
      };
    // 1. The attribution clause right after the quote: `"…," said X`, `"…," he added`.
    const after = attributionAfterQuote(tokens, qi, mentions);
    if (after && !insideInstitution(tokens, after.mention)) return byFinding(after);
    const party = partyAsSpeaker(tokens, qi);
    if (party?.after) return byParty(party);
    // `"…," it says` after "Sanders has issued a short statement.": the statement's issuer
    const issuer = this.issuer;
    if (
      issuer &&
      issuer.sentence >= this.sentences - 1 &&
      /^it$/i.test(tokens[qi + 1]?.text ?? "") &&
      isSpeechVerb(tokens[qi + 2]?.text ?? "")
    )
      return credit({
        ...base,
        speaker: issuer.person,
        path: "statementIssuer",
        note: `speaker from "${issuer.source}" … "it ${tokens[qi + 2]?.text}"`,
      });
    // `"…," the statement read`: a document speaks; a later sentence may name its author.
    const document = documentAfterQuote(tokens, qi);
    // "…", it said in a statement from the Israeli Prime Minister's Office: that body's words
    const issuedBy = document ? documentIssuer(tokens, qi) : undefined;
    if (issuedBy && !issuedBy.unnamed) {
      // "It came from X, the delegation's press chief": a later sentence may still name its author
      const reading = byParty(issuedBy);
      this.pendDocument(reading, at.blockIndex);
      return reading;
    }
    if (document) {
      const reading = credit({
        ...base,
        note: `REVIEW: a document speaks ("${document}"); the article does not say whose it is`,
      });
      this.pendDocument(reading, at.blockIndex);
      return reading;
    }
    const clause = speechClauseAfterQuote(tokens, qi);
    if (clause)
      return credit({
        ...base,
        note: `REVIEW: "${clause}" names no person or party the draft knows`,
      });
    // `"…," he insisted, although the joint statement criticised "…"`: the quote's clause has a
    // subject of its own that is no person.
    const own = clauseOfItsOwn(tokens, previousQuote, qi, mentions);
    if (own)
      return credit({
        ...base,
        note: `REVIEW: the quote stands in a clause of its own ("${own}") whose subject is no person the draft knows`,
      });
    // 2. The clause leading into the quote: `X stressed: "…"`, `X, who …, said there were "…"`.
    const before = attributionBeforeQuote(
      tokens,
      qi,
      mentions,
      previousQuote,
      subject,
      this.clause.verb,
    );
    if (before) {
      // "signed a statement in which Kim committed to '…'": the words are the document's
      const document = inDocumentClause(tokens, before.mention);
      if (document)
        return credit({
          ...base,
          note: `REVIEW: the words stand in a document's clause ("${document}"), not ${before.mention.text}'s own`,
        });
      if (insideInstitution(tokens, before.mention))
        return party
          ? byParty(party)
          : credit({
              ...base,
              note: `REVIEW: a document or office speaks ("${before.source}"), not ${before.mention.text}`,
            });
      // "The Turkish presidency said in a statement that A and B had discussed '…'": no one
      // person inside the body's report spoke the words; the body that reports them did
      if (
        before.ambiguous &&
        party?.verb !== undefined &&
        !party.unnamed &&
        party.verb < before.mention.from
      )
        return byParty(party);
      return byFinding(before);
    }
    const according = accordingTo(tokens, mentions);
    if (according) return byFinding(according);
    // "Narendra Modi, who promised to do 'everything we can'"
    const relative = relativeClauseSpeaker(tokens, qi, mentions);
    if (relative && previousQuote < relative.mention.first) return byFinding(relative);
    if (party) return byParty(party);
    // 3. A second quote of the sentence with nobody named since the first: the same speaker
    // ("spoke of a result that was 'within reach' only a week ago and now 'on paper'").
    const between = tokens.slice(previousQuote + 1, qi);
    // "…, while the opposition called it '…'": a verb between the quotes opens a new clause.
    // An infinitive has no subject of its own ("a 'historic duty' to bring them 'to calm
    // waters'"), nor has "according to" ("'…', according to a readout, and that '…'").
    const verbs = between.filter(
      (t, k) =>
        t.tags.has("Verb") &&
        !/^to$/i.test(between[k - 1]?.text ?? "") &&
        !/^according$/i.test(t.text),
    );
    // "called the meeting 'historic' and said the countries were opening 'a new chapter' at a
    // time when it was 'the most severe'": the speaker's own "and said" opens a clause they
    // report, and the quotes inside it are theirs
    const first = verbs[0];
    const andSays =
      first !== undefined &&
      REPORTING.test(first.text) &&
      /^and$/i.test(tokens[tokens.indexOf(first) - 1]?.text ?? "");
    const sameClause =
      verbs.length === 0 || ((andSays || this.reporting) && !between.some((t) => /;/.test(t.post)));
    // `"Nothing is solved yet", so the French president, "but tonight …"`: a quote split by the
    // attribution that credited its first part, with nothing else between
    const split =
      this.splitBy !== undefined &&
      this.splitBy.quote === previousQuote &&
      this.splitBy.last === qi - 1;
    if (
      previousQuote !== -1 &&
      this.attribution.state === "Speaking" &&
      this.attribution.block === at.blockIndex &&
      this.lastQuoteCredited &&
      (split || (!allMentions.some((m) => m.first > previousQuote && m.last < qi) && sameClause))
    ) {
      this.reporting ||= andSays;
      return credit({
        ...base,
        speaker: this.attribution.person,
        path: "continuedInSentence",
        note: `speaker continued from "${this.attribution.source}" in the same sentence`,
      });
    }
    // `Xinhua said there had been "positive progress" but that "negative factors" …`: the party
    // or body that spoke the first quote of the sentence, with nobody named and no clause between
    const speaking = this.attribution;
    if (
      previousQuote !== -1 &&
      speaking.state === "PartySpeaking" &&
      speaking.block === at.blockIndex &&
      this.partyQuoteAt === previousQuote &&
      !allMentions.some((m) => m.first > previousQuote && m.last < qi) &&
      verbs.length === 0 &&
      !between.some((t) => /[;.]/.test(t.post))
    )
      return credit({
        ...base,
        party: speaking.party,
        ...(speaking.body ? { body: speaking.body } : {}),
        path: "partyContinuedInSentence",
        note: `speaker continued from ${speaking.source.replace(/^speaker from /, "")} in the same sentence`,
      });
    // 4. A bare quote continues the attribution in force: same paragraph, or opening the next.
    const namesSomeone =
      mentions.some((m) => m.kind !== "pronoun") ||
      allMentions.some((m) => m.kind === "name" && m.subject);
    const state = this.attribution;
    // "At the Quai d'Orsay, diplomats spoke of a 'small window'": someone else, named by a noun
    // the draft does not read as a person, speaks; those words are not the speaker's going on
    // ("Russia has 'no right of veto'" after Stoltenberg's words still is)
    const leading = previousQuote === -1 ? tokens.slice(0, qi) : [];
    const verbAt = leading.findIndex(
      (t) => t.tags.has("Verb") && (isSpeechVerb(t.text) || /^spoke|^speak/i.test(t.text)),
    );
    const ownClause =
      verbAt > 0 &&
      leading.slice(0, verbAt).some((t) => t.tags.has("Noun") && !t.tags.has("Pronoun"));
    if (state.state === "Speaking" && at.block.kind === "body" && !namesSomeone && !ownClause) {
      const sameBlock = state.block === at.blockIndex;
      // a question opening the next paragraph is more often the interviewer's ("'Were you ever
      // sure it would hold?' I asked him.") than the speaker's going on
      const question = /\?\W*$/.test(at.token.text);
      const opensNext =
        at.sentenceIndex === 0 && qi === 0 && state.block === this.previousBody && !question;
      if (sameBlock || opensNext)
        return this.standingAlone(
          credit({
            ...base,
            speaker: state.person,
            path: sameBlock ? "continuedInParagraph" : "continuedNextParagraph",
            note: `speaker continued from "${state.source}"`,
          }),
          tokens,
        );
      if (question && at.sentenceIndex === 0 && qi === 0 && state.block === this.previousBody) {
        // the one it is put to stays in focus for the answer ("'Never,' he said")
        this.setFocus(state.person, at.blockIndex, state.source);
        this.attribution = { state: "Silent" };
        this.lastQuoteCredited = false;
        return {
          ...base,
          note: `REVIEW: a question opening the paragraph after ${state.person.name}'s words; who asked it is not read`,
        };
      }
    }
    if (state.state === "Open" && state.block === at.blockIndex)
      return credit({
        ...base,
        note: "REVIEW: continues a quote whose speaker is open",
      });
    // "Mr Gorbachev went first. The Soviet leader had prepared his words with care." and then a
    // paragraph of quotation alone: the one person the paragraph before names speaks
    const introduced = this.introducedBefore(at, tokens);
    // "X spoke to this newspaper." then "'Do you trust Y?'": a question is the interviewer's, and
    // the one it is put to stays in focus for the answer
    if (introduced && /\?\W*$/.test(at.token.text) && !/[.!?]\s+\S/.test(at.token.text)) {
      this.setFocus(introduced, at.blockIndex, "the paragraph before");
      this.attribution = { state: "Silent" };
      this.lastQuoteCredited = false;
      return {
        ...base,
        note: `REVIEW: a question after a paragraph about ${introduced.name}; who asked it is not read`,
      };
    }
    if (introduced) {
      const reading = credit({
        ...base,
        speaker: introduced,
        path: "introducedBefore",
        note: `REVIEW: speaker from the paragraph before, which names ${introduced.name} alone and leads into this quotation`,
      });
      if (this.attribution.state === "Speaking") this.attribution.source = "the paragraph before";
      return this.standingAlone(reading, tokens);
    }
    // a bare quote whose author the next sentences may name ("The words … came from X")
    const interrupted = this.interrupted;
    const bare = credit({
      ...base,
      note:
        interrupted && at.block.kind === "body"
          ? `REVIEW: ${interrupted.by.name} acts after ${interrupted.speaker.name}'s words${AFTER_ANOTHER_ACTS}`
          : BARE_NOTE,
    });
    if (at.block.kind === "body") this.pendDocument(bare, at.blockIndex);
    return bare;
  }

  /**
   * The one person named in the paragraph before, when this quote opens a paragraph that is
   * quotation only and the paragraph before quotes nobody and names nobody else (no one a name
   * there may also be); undefined otherwise.
   */
  private introducedBefore(
    at: { block: Block; blockIndex: number; sentenceIndex: number; token: Token },
    tokens: Token[],
  ): Person | undefined {
    if (at.block.kind !== "body" || at.sentenceIndex !== 0 || tokens[0] !== at.token)
      return undefined;
    if (this.previousBody === -1 || this.quotedBlocks.has(this.previousBody)) return undefined;
    // quotation only: nothing but the quote and punctuation in the paragraph
    if (at.block.text.slice(at.token.end).replace(/[\s"“”„«»'‘’.,]/g, "") !== "") return undefined;
    const named = [...this.namedIn].filter(([, block]) => block === this.previousBody);
    const only =
      named.length === 1 && !this.openNamesIn.has(this.previousBody) ? named[0]?.[0] : undefined;
    // "He gave no details of what Mr Voronin had said.": a paragraph about someone else, who is
    // only referred to there, does not lead into Voronin's words
    const about = this.aboutIn.get(this.previousBody);
    return only && [...(about ?? [])].every((p) => p === only) ? only : undefined;
  }

  /** Notes a quotation credited by continuation that stands alone as its sentence. */
  private standingAlone(reading: QuoteReading, tokens: Token[]): QuoteReading {
    if (tokens.length === 1) this.continued = { reading, sentence: this.sentences };
    return reading;
  }

  /**
   * `"There will be no return …" The statement was issued by X.`: a sentence about the words
   * just quoted says where they came from, so the quotation standing alone before it is not the
   * previous speaker's going on. The credit is taken back and the quote waits, as a document's
   * does, for a sentence naming its author ("It was issued by X", "The words came from X").
   */
  private withdrawContinuation(tokens: Token[], blockIndex: number): void {
    const continued = this.continued;
    this.continued = undefined;
    if (!continued?.reading.speaker || continued.sentence !== this.sentences - 1) return;
    const about = aboutTheWords(tokens);
    if (!about) return;
    this.withdrawn.push({
      reading: continued.reading,
      note: `REVIEW: "${about}" after the quotation says where it came from: not read as ${continued.reading.speaker.name}'s words going on`,
    });
    this.attribution = { state: "Silent" };
    this.lastQuoteCredited = false;
    this.document = { readings: [continued.reading], block: blockIndex, sentence: this.sentences };
  }

  /**
   * The sentence right after a quotation that stands alone (credited to nobody) opens with a
   * person whose verb is a speech verb, and holds no quote of its own before that verb.
   */
  private speakerAfterQuotation(
    pending: { readings: QuoteReading[]; block: number; sentence: number },
    blockIndex: number,
    tokens: Token[],
    subject: Mention | undefined,
  ): boolean {
    if (pending.block !== blockIndex || pending.sentence !== this.sentences - 1) return false;
    const alone = pending.readings.every(
      (r) =>
        r.sentence.tokens.length === 1 &&
        !r.speaker &&
        !r.party &&
        !/\?\W*$/.test(r.token.text) &&
        (r.note === BARE_NOTE || r.note.endsWith(AFTER_ANOTHER_ACTS)),
    );
    const verb = tokens[this.clause.verb];
    return (
      alone &&
      subject?.kind === "name" &&
      subject.from === 0 &&
      verb !== undefined &&
      (isSpeechVerb(verb.text) || /^(?:spoke|speaks)$/i.test(verb.text)) &&
      !/^(?:repl|answer|respond|retort)/i.test(verb.text) &&
      !tokens.slice(0, this.clause.verb).some((t) => t.quote !== undefined)
    );
  }

  /** Continued quotes the latest sentence took back; the caller leaves them open. */
  takeWithdrawn(): Array<{ reading: QuoteReading; note: string }> {
    const withdrawn = this.withdrawn;
    this.withdrawn = [];
    return withdrawn;
  }

  /** Keeps a quote whose author a later sentence of its paragraph may name. */
  private pendDocument(reading: QuoteReading, block: number): void {
    const pending = this.document;
    if (pending && pending.block === block && pending.readings.length < 8)
      pending.readings.push(reading);
    else this.document = { readings: [reading], block, sentence: this.sentences };
  }

  /**
   * The quotes of a document whose author this sentence names, read since the latest sentence;
   * the caller credits them to that author.
   */
  takeAuthored(): Array<{ reading: QuoteReading; speaker: Person; note: string; path: string }> {
    const authored = this.authored;
    this.authored = [];
    return authored;
  }

  /**
   * `"…," the statement read. … It was issued by the office of X.`: within three sentences of
   * the same paragraph, a sentence naming the document's author credits its quotes to them, when
   * the first name after those words is one person.
   */
  private readAuthor(
    sentence: Sentence,
    mentions: Mention[],
    subject: Mention | undefined,
    blockIndex: number,
  ): void {
    const pending = this.document;
    if (!pending) return;
    // its paragraph or the next ("'…' ¶ The assessment was made by X.")
    const near =
      pending.block === blockIndex ||
      (pending.block === this.previousBody && blockIndex === this.bodyIndex);
    if (!near || this.sentences - pending.sentence > 3) {
      this.document = undefined;
      return;
    }
    const tokens = sentence.tokens;
    let named: Mention | undefined;
    let offset = -1;
    // "The line was Xi's own": the words belong to the one whose possessive follows the copula;
    // '"Today we take a step." Mordisco, wearing a black beret, spoke for four minutes.': a
    // quotation standing alone, then a sentence opening with a person who speaks
    const own = ownWords(tokens, mentions);
    const speaks = !own && this.speakerAfterQuotation(pending, blockIndex, tokens, subject);
    const owner = own ?? (speaks ? subject : undefined);
    if (owner) {
      named = owner;
      offset = (tokens[owner.first]?.start ?? sentence.start) - sentence.start;
    }
    for (const at of owner ? [] : authorOfDocument(sentence.text)) {
      const start = tokens.findIndex((t) => t.start >= sentence.start + at);
      // "came from Putin's foreign policy aide, Yuri Ushakov": a possessive names whose aide it is
      const first = mentions.find(
        (m) => m.kind === "name" && m.first >= start && !isPossessive(tokens[m.last]),
      );
      // the author's noun phrase: no verb before the name ("by the White House after Biden met …")
      if (
        start === -1 ||
        !first ||
        tokens
          .slice(start, first.from)
          .some(
            (t) =>
              t.tags.has("Verb") ||
              /^(?:after|before|when|while|since|until|as|because|with|and)$/i.test(t.text),
          )
      )
        continue;
      // "by a member of the delegation of X", "by an aide to X": someone who works for X, unless
      // the words are X's own role ("from the secretary of state, Mr Blinken") or only "the office
      // of X" or "on behalf of X"
      if (worksFor(tokens.slice(start, first.from), this.people.candidates(first))) {
        offset = -1;
        break;
      }
      named = first;
      offset = at;
      break;
    }
    if (!named) return;
    const from = sentence.start + offset;
    const read = this.read(named, sentence.tokens, subject);
    this.document = undefined;
    if (read.kind !== "person") return;
    const end = (sentence.tokens[named.last]?.end ?? from) - sentence.start;
    const words = sentence.text.slice(0, Math.max(offset, end));
    for (const reading of pending.readings)
      this.authored.push({
        reading,
        speaker: read.person,
        path: own ? "ownWords" : speaks ? "speakerAfterQuotation" : "documentAuthor",
        note: speaks
          ? `speaker from "${sentence.text.slice(0, (tokens[this.clause.verb]?.end ?? from) - sentence.start)}" right after the quotation`
          : `speaker from "${words}", who issued the words quoted`,
      });
    // the one who speaks goes on speaking: a bare quote after this sentence is theirs
    if (speaks)
      this.attribution = {
        state: "Speaking",
        person: read.person,
        block: blockIndex,
        source: sentence.text,
      };
  }

  /** Reads a mention against the discourse: a name, a role noun or a pronoun. */
  private read(m: Mention, tokens: Token[], subject: Mention | undefined): Reading {
    if (m.kind === "pronoun") return this.readPronoun(m, tokens, subject);
    const fitting = this.candidatesOf(m);
    // "'…,' the foreign minister told reporters" before any minister is named: a role noun refers
    // back to someone met, not ahead to whoever the article names with that role later; one that
    // names the state ("Japan's foreign minister … Yoshimasa Hayashi later said") may lead into
    // the name
    // "said Orbán" before the article has named Balázs Orbán: a bare surname several people
    // share is the one of them met so far, as a reader takes it at that point
    const met = fitting.filter((p) => this.introduced.has(p));
    const candidates =
      m.kind === "role" && !sideOfRole(m.text)
        ? met
        : m.kind === "name" && fitting.length > 1 && met.length === 1
          ? met
          : fitting;
    if (candidates.length === 0 && fitting.length > 0)
      return {
        kind: "ambiguous",
        why: `${m.text}: nobody named so far; ${orList(fitting.slice(0, 4).map((p) => p.name))} only later`,
      };
    const only = candidates.length === 1 ? candidates[0] : undefined;
    // "And Mr Trump has stepped across. '…,' the president said": the role fits Moon alone, but
    // the person in focus has no role the draft knows, and may hold it
    const roleless =
      m.kind === "role" &&
      !sideOfRole(m.text) &&
      this.focus.state === "Focused" &&
      this.focus.person !== only &&
      !this.holdsOffice(this.focus.person) &&
      (this.focus.block === this.bodyIndex || this.focus.block === this.previousBody)
        ? this.focus.person
        : undefined;
    if (only && roleless)
      return { kind: "ambiguous", why: `${m.text}: ${orList([only.name, roleless.name])}?` };
    // "And Mr Trump has stepped across. '…,' the president said": a role noun that names no state
    // may be anyone named in this paragraph or the one before whose role the draft does not know
    const rival =
      only && m.kind === "role" && !sideOfRole(m.text)
        ? [...this.namedIn].find(
            ([p, block]) =>
              p !== only &&
              !this.holdsOffice(p) &&
              (block === this.bodyIndex || block === this.previousBody) &&
              // "Kennedy, according to the same sources, answered …" named John F. or Jacqueline
              // Kennedy; the role that fits him alone reads that name, it has no rival in it
              !this.namedAs.get(p)?.includes(only),
          )?.[0]
        : undefined;
    if (only && rival)
      return { kind: "ambiguous", why: `${m.text}: ${orList([only.name, rival.name])}?` };
    if (only) return { kind: "person", person: only };
    if (candidates.length === 0) return { kind: "unknown", why: `names nobody the draft knows` };
    // "the minister said", or "Berger said" after "Thomas Berger presented …" in the same
    // paragraph: the person in focus, when the role or name is theirs. A focus from an earlier
    // paragraph does not choose between two ministers: "'…,' said the foreign minister" opening
    // a paragraph after one about Cohen may be Fidan's words as well.
    // "the Finnish leader" with its president and prime minister both named: either, whoever
    // the focus is
    const eitherHead = m.kind === "role" && /\b(?:leader|chief)$/i.test(m.text);
    const focused =
      this.focus.state === "Focused" &&
      !eitherHead &&
      (m.kind === "role" || this.focus.block === this.bodyIndex)
        ? this.focus.person
        : undefined;
    // "X, Malta's foreign minister, met Y, Italy's foreign minister. '…,' the foreign minister
    // said": the role fits someone else named just now as well as the person in focus. A focus
    // from an earlier paragraph is open against anyone the role fits who acted in the last three
    // ("Fidan stressed … ¶ Cohen, in turn, … said Cohen. ¶ '…,' said the foreign minister").
    const earlier = this.focus.state === "Focused" && this.focus.block !== this.bodyIndex;
    const recent = [this.bodyIndex, this.previousBody, this.earlierBody];
    const rivalInRole =
      focused && m.kind === "role"
        ? candidates.find(
            (p) =>
              p !== focused &&
              ([this.bodyIndex, this.previousBody].includes(this.namedIn.get(p) ?? -2) ||
                (earlier && recent.includes(this.actedIn.get(p) ?? -2))) &&
              // "the prince" is Prince X rather than Crown Prince Y: a rival only as close a fit
              wordsBeyond(m.text, p) <= wordsBeyond(m.text, focused),
          )
        : undefined;
    if (focused && rivalInRole && candidates.includes(focused))
      return {
        kind: "ambiguous",
        why: `${m.text}: ${orList([focused.name, rivalInRole.name])}? both named just now`,
      };
    if (focused && candidates.includes(focused)) return { kind: "person", person: focused };
    return {
      kind: "ambiguous",
      why: `${m.text}: ${orList(candidates.slice(0, 4).map((p) => p.name))}?`,
    };
  }

  /**
   * A pronoun is the subject of its own sentence when one comes before it, otherwise the person in
   * focus (from this paragraph or the one before). It is ambiguous when that person's gender is not
   * known and another person just mentioned is known to fit.
   */
  private readPronoun(m: Mention, tokens: Token[], subject: Mention | undefined): Reading {
    const fits = (p: Person) => {
      const g = this.genderOf(p);
      return g === undefined || g === m.gender;
    };
    const knownToFit = (p: Person) => this.genderOf(p) === m.gender;
    // "Tony Blair, who had told reporters then that he felt '…'": a pronoun inside the relative
    // clause of the person just named, with nobody named between, is that person.
    const head = this.relativeClauseHead(m, tokens);
    if (head) {
      const read = this.read(head, tokens, undefined);
      if (read.kind === "person" && fits(read.person)) {
        if (m.gender) this.evidence(read.person, m.gender);
        return read;
      }
    }
    let candidate: Person | undefined;
    let fromSubject = false;
    // "Mubarak called it 'a new start', and King Abdullah said he hoped …": the person acting
    // nearest before the pronoun, unless inside the clause that sets off the subject.
    // Two people acting before the pronoun in its sentence: the nearer one only when it is
    // "X said he …"; otherwise the pronoun is open between them, whatever their genders.
    const nearest = this.nearestActor(m);
    if (
      nearest &&
      subject &&
      nearest !== subject &&
      subject.kind !== "pronoun" &&
      subject.last < m.first
    ) {
      const between = tokens.slice(nearest.last + 1, m.first);
      const saysIt =
        between.length >= 1 &&
        between.length <= 2 &&
        isSpeechVerb(between[0]?.text ?? "") &&
        between.slice(1).every((t) => /^that$/i.test(t.text));
      const a = this.read(subject, tokens, undefined);
      const b = this.read(nearest, tokens, undefined);
      if (
        !saysIt &&
        a.kind === "person" &&
        b.kind === "person" &&
        a.person !== b.person &&
        fits(a.person) &&
        fits(b.person)
      )
        return { kind: "ambiguous", why: `${m.text}: ${orList([a.person.name, b.person.name])}?` };
      subject = nearest;
    } else if (nearest && !subject) subject = nearest;
    if (subject && subject !== m && subject.kind !== "pronoun" && subject.last < m.first) {
      // "Blinken said he had told Lavrov": the subject of the same sentence, when it fits.
      const read = this.read(subject, tokens, undefined);
      if (read.kind !== "person") return read;
      if (fits(read.person)) {
        if (m.gender) this.evidence(read.person, m.gender);
        return read;
      }
      candidate = read.person;
      fromSubject = true;
    } else if (
      this.focus.state === "Focused" &&
      (this.focus.block === this.bodyIndex || this.focus.block === this.previousBody)
    ) {
      candidate = this.focus.person;
    }
    // In its own sentence, only who acts before the pronoun: "he trusted Vucic" is not Vucic.
    const recent = [
      ...new Set([
        ...this.thisSentence.filter((x) => x.at < m.first).map((x) => x.person),
        ...this.lastSentence.map((x) => x.person),
      ]),
    ];
    const rivals = recent.filter((p) => p !== candidate && knownToFit(p));
    // "X has told supporters …. The spokesman, Y, went further: '…,' he wrote": the focus from an
    // earlier sentence is not the pronoun when someone else who may fit acts in this one first
    const actsHere = [
      ...this.thisSentence.filter((x) => x.at < m.first).map((x) => x.person),
      ...this.headingNames(m, tokens),
    ].filter((p) => p !== candidate && (typeof p === "string" || fits(p)));
    if (candidate && !fromSubject && this.focus.state === "Focused" && actsHere.length > 0)
      return {
        kind: "ambiguous",
        why: `${m.text}: ${orList(
          [...new Set([candidate, ...actsHere])]
            .slice(0, 4)
            .map((p) => (typeof p === "string" ? p : p.name)),
        )}?`,
      };
    // A focus older than the sentence before: anyone named since who may fit is a rival ("Jane
    // Doe … arrived; she said" is not the speaker before her).
    const stale =
      this.focus.state === "Focused" &&
      candidate === this.focus.person &&
      this.focus.sentence < this.sentences - 1;
    if (stale && candidate) {
      const named = this.sinceFocus.filter((p) => p !== candidate && fits(p));
      if (named.length > 0)
        return {
          kind: "ambiguous",
          why: `${m.text}: ${orList([candidate, ...named].slice(0, 4).map((p) => p.name))}?`,
        };
    }
    // "Ms von der Leyen was followed by Roberta Metsola. She told …": open between them; a name
    // left open ("For Mr Ma – no relation – …") only against a focus older than the sentence before
    const olderFocus =
      this.focus.state === "Focused" &&
      candidate === this.focus.person &&
      this.focus.sentence < this.sentences - 1;
    const open = [...this.thisRivals.filter((r) => r.at < m.first), ...this.lastRivals]
      .filter((r) => r.why === "acts in a passive" || olderFocus)
      .flatMap((r) => r.people.filter((p) => p !== candidate && fits(p)));
    if (candidate && fits(candidate) && open.length > 0)
      return {
        kind: "ambiguous",
        why: `${m.text}: ${orList([...new Set([candidate, ...open])].slice(0, 4).map((p) => p.name))}?`,
      };
    if (candidate && fits(candidate)) {
      if (!knownToFit(candidate) && rivals.length > 0)
        return {
          kind: "ambiguous",
          why: `${m.text}: ${orList([candidate, ...rivals].slice(0, 4).map((p) => p.name))}?`,
        };
      if (m.gender) this.evidence(candidate, m.gender);
      return { kind: "person", person: candidate };
    }
    const fitting = recent.filter(fits);
    if (fitting.length === 1 && fitting[0] && knownToFit(fitting[0]) && !candidate)
      return { kind: "person", person: fitting[0] };
    return {
      kind: "ambiguous",
      why:
        fitting.length > 0
          ? `${m.text}: ${orList(fitting.slice(0, 4).map((p) => p.name))}?`
          : `${m.text}: nobody just named fits`,
    };
  }

  /**
   * "'He was very clear on that point,' he said": words that open on the same pronoun as the one
   * credited with them speak of someone else of that gender, so two of them are in play; the
   * pronoun is read from the discourse (not a name in its own sentence) and may be either.
   */
  private wordsAboutAnother(
    m: Mention,
    quote: Token,
    sentence: Sentence,
    subject: Mention | undefined,
  ): boolean {
    if (subject && subject.kind !== "pronoun" && subject.last < m.first) return false;
    const words = sentence.text
      .slice(quote.start - sentence.start, quote.end - sentence.start)
      .replace(/^[\s"'“‘«]+/, "");
    const opens = /^(he|she)\b/i.exec(words)?.[1]?.toLowerCase();
    return opens !== undefined && opens === m.text.toLowerCase();
  }

  /** Someone else of that gender (or of a gender not known) named in this paragraph. */
  private namedHereBesides(person: Person, gender: "m" | "f" | undefined): boolean {
    return [...this.namedIn].some(([p, block]) => {
      if (p === person || block !== this.bodyIndex) return false;
      const g = this.genderOf(p);
      return g === undefined || g === gender;
    });
  }

  /**
   * People named before `m` in its sentence with no verb before them ("The spokesman in Europe,
   * Karl Weiss, went further: …"): the sentence is theirs even when its subject is not read.
   */
  private headingNames(m: Mention, tokens: Token[]): Array<Person | string> {
    return [...this.clause.mentions, ...this.unreadNames]
      .filter(
        (x) =>
          x.kind === "name" &&
          x.last < m.first &&
          !tokens.slice(0, x.first).some((t) => t.tags.has("Verb") || t.quote !== undefined),
      )
      .flatMap((x): Array<Person | string> => {
        if (!this.people.knows(x)) return [x.text];
        const candidates = this.people.candidates(x);
        return candidates.length === 1 && candidates[0] ? [candidates[0]] : [];
      });
  }

  /**
   * The name whose relative clause ("X, who …") holds `m`, with no other mention, clause end or
   * quote between the two; undefined otherwise.
   */
  private relativeClauseHead(m: Mention, tokens: Token[]): Mention | undefined {
    const { mentions } = this.clause;
    const before = mentions.filter((x) => x.last < m.first).at(-1);
    if (before?.kind !== "name") return undefined;
    if (!/^\s*,\s*$/.test(tokens[before.last]?.post ?? "")) return undefined;
    if (!/^(?:who|whose)$/i.test(tokens[before.last + 1]?.text ?? "")) return undefined;
    const between = tokens.slice(before.last + 1, m.first);
    if (between.some((t) => t.quote !== undefined || /[,;:.]/.test(t.post))) return undefined;
    return before;
  }

  /** The last named person acting before `m` in its sentence, outside the subject's set-off clause. */
  private nearestActor(m: Mention): Mention | undefined {
    const { mentions, subject, verb } = this.clause;
    return mentions
      .filter(
        (x) =>
          x.kind === "name" &&
          x.subject &&
          x.last < m.first &&
          !insideSetOffClause(x, mentions, subject, verb),
      )
      .at(-1);
  }

  /** "X has issued a short statement": X, when X is one person, speaks through it. */
  private noteIssuer(tokens: Token[], subject: Mention | undefined, text: string): void {
    if (subject?.kind !== "name") return;
    const issued = tokens.findIndex(
      (t, i) => i > subject.last && ISSUE_VERB.test(t.text) && t.tags.has("Verb"),
    );
    if (issued < 0 || !tokens.slice(issued + 1, issued + 5).some((t) => DOCUMENT.test(t.text)))
      return;
    const read = this.read(subject, tokens, subject);
    if (read.kind === "person")
      this.issuer = { person: read.person, sentence: this.sentences, source: text };
  }

  /** Records a passive's agent or a name left open as a pronoun's rivals (see `thisRivals`). */
  private noteRival(m: Mention, tokens: Token[], agent: boolean): void {
    if (m.kind !== "name" || this.thisRivals.length >= 8) return;
    const candidates = this.people.candidates(m);
    if (agent && candidates.length === 1 && candidates[0])
      this.thisRivals.push({ people: candidates, at: m.last, why: "acts in a passive" });
    else if (candidates.length > 1 && this.read(m, tokens, undefined).kind === "ambiguous")
      this.thisRivals.push({ people: candidates.slice(0, 4), at: m.last, why: "open" });
  }

  private introduce(m: Mention, acting: boolean): void {
    if (m.kind !== "name") return;
    const candidates = this.people.candidates(m);
    // everyone a name may be ("Mr Trump": Donald or Ivanka), as a role noun's possible rivals
    for (const p of candidates.slice(0, 8)) {
      this.namedIn.delete(p);
      this.namedIn.set(p, this.bodyIndex);
      this.namedAs.set(p, candidates.slice(0, 8));
    }
    if (this.namedIn.size > 64) {
      const oldest = this.namedIn.keys().next().value;
      if (oldest) {
        this.namedIn.delete(oldest);
        this.namedAs.delete(oldest);
      }
    }
    if (candidates.length !== 1 || !candidates[0]) return;
    const p = candidates[0];
    if (!this.introduced.has(p)) this.introduced.set(p, {});
    if (m.gender) this.evidence(p, m.gender);
    if (!this.sinceFocus.includes(p) && this.sinceFocus.length < 8) this.sinceFocus.push(p);
    if (acting && this.thisSentence.length < 8) this.thisSentence.push({ person: p, at: m.last });
    if (acting) this.acted(p);
  }

  private acted(p: Person): void {
    if (this.bodyIndex === -1) return;
    this.actedIn.delete(p);
    this.actedIn.set(p, this.bodyIndex);
    if (this.actedIn.size > 64) {
      const oldest = this.actedIn.keys().next().value;
      if (oldest) this.actedIn.delete(oldest);
    }
  }

  private evidence(p: Person, gender: "m" | "f"): void {
    const intro = this.introduced.get(p) ?? {};
    if (!intro.gender && !p.gender) intro.gender = gender;
    this.introduced.set(p, intro);
  }

  private genderOf(p: Person): "m" | "f" | undefined {
    return p.gender ?? this.introduced.get(p)?.gender;
  }

  private noteAbout(person: Person, block: number): void {
    const about = this.aboutIn.get(block) ?? new Set<Person>();
    if (about.size < 8) about.add(person);
    this.aboutIn.set(block, about);
  }

  private setFocus(person: Person, block: number, source: string): void {
    this.noteAbout(person, block);
    if (this.focus.state !== "Focused" || this.focus.person !== person) this.sinceFocus = [];
    this.focus = { state: "Focused", person, block, source, sentence: this.sentences };
  }

  /** The sentence's person subject becomes the focus; a sentence about something else keeps it. */
  private advanceFocus(
    tokens: Token[],
    mentions: Mention[],
    subject: Mention | undefined,
    blockIndex: number,
  ): void {
    // not the subject of a clause that is another verb's object ("of what Mr Voronin had said")
    const who =
      subject ??
      cleftSubject(tokens, mentions) ??
      mentions.find(
        (m) =>
          m.subject &&
          m.kind !== "pronoun" &&
          !/^(?:what|how|why|whether)$/i.test(tokens[m.from - 1]?.text ?? ""),
      );
    if (!who) {
      // "He gave no details …": the paragraph is about whoever the pronoun opening it is
      const pronoun = mentions[0];
      if (pronoun?.kind === "pronoun" && pronoun.from === 0 && pronoun.subject) {
        const read = this.read(pronoun, tokens, undefined);
        if (read.kind === "person") this.noteAbout(read.person, blockIndex);
      }
      // "Dimitrov, who …, was even briefer" read without its verb: a sentence that opens with
      // someone else leaves nobody in focus rather than the person before.
      const opening = mentions[0];
      // "Mr Macron's appeal to Mr Xi was direct. '…,' he said": the possessor opening the
      // sentence, the only person acting in it, is who it is about
      const possessor =
        opening?.kind === "name" &&
        opening.from === 0 &&
        isPossessive(tokens[opening.last]) &&
        !mentions.some((m) => m !== opening && m.subject) &&
        // not "Moon's chief of staff, Im Jong-seok, …": a name set off after it is the subject
        !mentions.some((m) => m !== opening && /,\s*$/.test(tokens[m.first - 1]?.post ?? "")) &&
        // nor "Moon's chief of staff …": the possessor's aide is who the sentence is about
        !tokens
          .slice(opening.last + 1, opening.last + 4)
          .some((t) => ROLE_KEYWORDS.has(t.text.toLowerCase()))
          ? this.read(opening, tokens, undefined)
          : undefined;
      if (possessor?.kind === "person") {
        this.setFocus(possessor.person, blockIndex, opening?.text ?? "");
        return;
      }
      if (opening?.kind === "name" && opening.from === 0 && this.focus.state === "Focused") {
        const read = this.read(opening, tokens, undefined);
        if (read.kind !== "person" || read.person !== this.focus.person)
          this.focus = { state: "NoFocus" };
      }
      return;
    }
    // "She and the EU's foreign policy chief, Y, had spent the morning …": a subject of two
    // people; "she" is the person in focus, who stays so, and after "X and Y" neither is alone
    const partner = conjunctBefore(tokens, mentions, who);
    if (partner) {
      const first = this.read(partner, tokens, undefined);
      if (partner.kind === "pronoun" && first.kind === "person") {
        this.setFocus(first.person, blockIndex, partner.text);
        return;
      }
      if (first.kind === "person" && this.thisSentence.length < 8)
        this.thisSentence.push({ person: first.person, at: partner.last });
      this.focus = { state: "NoFocus" };
      return;
    }
    // "X greeted her on the steps; the home secretary … said …": the clause after a semicolon is
    // the latest, and its subject is who the discourse is about now
    const semicolon = tokens.findLastIndex((t) => t.quote === undefined && /;/.test(t.post));
    const latest =
      semicolon > who.last
        ? mentions.find(
            (m) =>
              m.kind !== "pronoun" &&
              m.first > semicolon &&
              (m.subject || m.from === semicolon + 1),
          )
        : undefined;
    const focusOn = latest ?? who;
    const read = this.read(focusOn, tokens, undefined);
    if (read.kind === "person") this.setFocus(read.person, blockIndex, focusOn.text);
    else if (focusOn.kind !== "pronoun") this.focus = { state: "NoFocus" };
    // someone the draft cannot name acts in that latest clause: those before the semicolon are
    // not the only ones a pronoun after it may be
    if (latest && read.kind !== "person")
      this.thisSentence = this.thisSentence.filter((x) => x.at > semicolon);
  }
}

/**
 * The first of two people joined as one subject, "She and the EU's foreign policy chief Y" or
 * "Merkel and Mogherini": the mention before "and" (and a determiner) right before the subject.
 */
function conjunctBefore(
  tokens: Token[],
  mentions: Mention[],
  subject: Mention,
): Mention | undefined {
  const before = mentions.filter((m) => m.last < subject.from).at(-1);
  if (!before || /[,;:]/.test(tokens[before.last]?.post ?? "")) return undefined;
  const between = tokens.slice(before.last + 1, subject.from);
  return between.length >= 1 &&
    /^and$/i.test(between[0]?.text ?? "") &&
    between.slice(1).every((t) => t.tags.has("Determiner") || /['’]s$/u.test(t.text))
    ? before
    : undefined;
}

const BARE_NOTE = "REVIEW: the article does not say who said this";
const AFTER_ANOTHER_ACTS = "; either may say this";

/** Words of a person's own role ("Crown Prince") that a role noun ("the prince") leaves out. */
function wordsBeyond(noun: string, p: Person): number {
  const role = p.role?.role ?? "";
  // "U.S. President" and "South Korean President" are as close a fit for "the president": the
  // words naming a state say whose office it is, not a different office
  const side = p.role?.side ?? sideOfRole(role);
  const words = role.split(/[\s-]+/).filter(Boolean);
  const own = words.slice(words.findLastIndex((w) => /['’]s$/u.test(w)) + 1);
  const said = new Set(noun.toLowerCase().split(/\s+/));
  return own.filter((w, k) => {
    const lower = w.toLowerCase();
    if (said.has(lower) || /^(?:of|the|for|to)$/.test(lower)) return false;
    return !(side && namesSide([w, `${w} ${own[k + 1] ?? ""}`, `${own[k - 1] ?? ""} ${w}`], side));
  }).length;
}

/** One of the forms names the side, as a state's name or demonym ("U.S.", "South Korean"). */
function namesSide(forms: string[], side: string): boolean {
  return forms.some((f) => entityNamed(f)?.name === side || entityOfDemonym(f)?.name === side);
}

/** Speech verbs that report a clause ("said the talks were …"), not those taking an object. */
const REPORTING =
  /^(?:answered|answers|responded|responds|said|says|told|tells|added|adds|insisted|insists|stressed|stresses|warned|warns|argued|argues|noted|notes|explained|explains|replied|replies|claimed|claims|declared|declares|maintained|maintains)$/i;

/** Texts whose clause "in which X committed to '…'" quotes the text, not X. */
const DOCUMENT_TEXT =
  /^(?:statements?|communiqu[eé]s?|declarations?|agreements?|accords?|documents?|texts?|memorand(?:um|a)|letters?|treaty|treaties|deal)$/i;

/**
 * `inDocumentClause`: the mention opens a relative clause of a document, "a four-point statement
 * in which Kim committed to …", "the accord under which X pledged …"; returns those words.
 */
function inDocumentClause(tokens: Token[], m: Mention): string | undefined {
  if (!/^which$/i.test(tokens[m.from - 1]?.text ?? "")) return undefined;
  if (!/^(?:in|under|by)$/i.test(tokens[m.from - 2]?.text ?? "")) return undefined;
  const noun = tokens[m.from - 3];
  return noun && DOCUMENT_TEXT.test(noun.text) ? spanText(tokens, m.from - 3, m.last) : undefined;
}

/** Verbs of putting a document out, and the documents a person issues. */
const ISSUE_VERB = /^(?:issued?|issues|released?|releases|published?|publishes)$/i;
const DOCUMENT = /^(?:statements?|communiqu[eé]s?|readouts?|declarations?)$/i;

/** Nouns for documents, offices and groups that speak for a side, not for a person. */
const INSTITUTION =
  /^(?:statement|statements|office|communiqu[eé]|declaration|memorandum|document|text|ministry|spokesperson's|officials|government|administration|team|camp|aides?|agency|website|readout)$/i;

/**
 * `insideInstitution`: the person is named inside a noun phrase headed by a document or office,
 * "a statement from the office of Turkey's president, Recep Tayyip Erdoğan, declared": the
 * document speaks, not the person.
 */
export function insideInstitution(tokens: Token[], m: Mention): boolean {
  // "According to a statement from the ministry, Wang told …": a name after the phrase's comma
  // and not set off by one after it opens a clause of its own; it is no apposition to the office
  if (/,/.test(tokens[m.from - 1]?.post ?? "") && !/[,;:]/.test(tokens[m.last]?.post ?? ""))
    return false;
  let linked = false;
  for (let i = m.first - 1; i >= Math.max(0, m.from - 6); i--) {
    const t = tokens[i];
    if (!t || t.quote !== undefined || /[.;:]/.test(t.post)) return false;
    if (/^(?:of|from|by|for)$/i.test(t.text)) linked = true;
    else if (linked && INSTITUTION.test(t.text)) return true;
  }
  return false;
}

/**
 * The agent of a passive, "was followed within minutes by Roberta Metsola": the one acting, though
 * not the sentence's subject.
 */
function passiveAgent(tokens: Token[], m: Mention): boolean {
  if (!/^by$/i.test(tokens[m.from - 1]?.text ?? "")) return false;
  for (let i = m.from - 2; i >= Math.max(0, m.from - 6); i--) {
    const t = tokens[i];
    if (!t || t.quote !== undefined || /[,;:.]/.test(t.post)) return false;
    if (/^(?:was|were|been|being|is|are)$/i.test(t.text))
      return tokens[i + 1]?.tags.has("Verb") === true && i + 1 < m.from - 1;
  }
  return false;
}

/**
 * A sentence whose subject, before its speech verb, is a noun phrase that names no person:
 * "Officials in Jerusalem said Israel could …", "Diplomats at the talks told reporters …".
 */
function othersSpeak(tokens: Token[], mentions: Mention[]): boolean {
  const verb = tokens.findIndex((t) => t.tags.has("Verb") && isSpeechVerb(t.text));
  if (verb <= 0 || mentions.some((m) => m.first < verb)) return false;
  return tokens
    .slice(0, verb)
    .some((t) => t.tags.has("Noun") && !t.tags.has("Pronoun") && t.quote === undefined);
}

/**
 * The person a cleft sentence puts forward, "It was the minister, Mr Elkin, who described the
 * mood": the name right before "who", in a sentence opening "It was" or "It is".
 */
function cleftSubject(tokens: Token[], mentions: Mention[]): Mention | undefined {
  if (!/^it$/i.test(tokens[0]?.text ?? "") || !/^(?:was|is)$/i.test(tokens[1]?.text ?? ""))
    return undefined;
  const who = tokens.findIndex((t, i) => i > 2 && /^who$/i.test(t.text));
  if (who === -1) return undefined;
  const named = mentions.filter((m) => m.from >= 2 && m.last < who);
  const head = named.at(-1);
  if (head?.kind !== "name" || head.last !== who - 1) return undefined;
  // one noun phrase: the name, and at most a role set off before it
  return named.every((m) => m === head || m.kind === "role") ? head : undefined;
}

/**
 * The words between an author verb and a name ("a member of the delegation of") name someone
 * else who works for the person: a preposition other than "the office of" or "on behalf of",
 * unless the words are that person's own role as the draft read it.
 */
function worksFor(between: Token[], candidates: Person[]): boolean {
  const preposition = between.some(
    (t, k) =>
      t.tags.has("Preposition") &&
      !(/^of$/i.test(t.text) && /^(?:office|behalf)$/i.test(between[k - 1]?.text ?? "")) &&
      !(/^on$/i.test(t.text) && /^behalf$/i.test(between[k + 1]?.text ?? "")),
  );
  if (!preposition) return false;
  const words = between
    .map((t) => t.text.toLowerCase())
    .filter((w) => !/^(?:the|a|an)$/.test(w))
    .join(" ");
  const role = candidates.length === 1 ? candidates[0]?.role?.role.toLowerCase() : undefined;
  return !role?.includes(words);
}

/** A word in the possessive, "Putin's". */
/**
 * "The line was Xi's own", "The words were Mr Berg's", "These words of President Saied": a
 * sentence saying whose the words just quoted are, with the possessive name right after the
 * copula and nothing but "own" after it, or the name right after "of".
 */
function ownWords(tokens: Token[], mentions: Mention[]): Mention | undefined {
  const [determiner, noun, link] = tokens;
  if (!determiner || !noun || !link) return undefined;
  if (!/^(?:the|that|this|these|those)$/i.test(determiner.text)) return undefined;
  if (!OWN_WORDS_NOUN.test(noun.text)) return undefined;
  const owner = mentions.find((m) => m.kind === "name" && m.from === 3);
  // "These words of President Saied, spoken at the palace, were published by …": theirs
  if (
    /^of$/i.test(link.text) &&
    /^\s*$/.test(noun.post) &&
    owner &&
    !isPossessive(tokens[owner.last])
  )
    return owner;
  if (!/^(?:was|were|is|are)$/i.test(link.text)) return undefined;
  // "The words were those of Hirokazu Matsuno, …": the name right after "those of"
  if (/^(?:those|that)$/i.test(tokens[3]?.text ?? "") && /^of$/i.test(tokens[4]?.text ?? "")) {
    const of = mentions.find((m) => m.kind === "name" && m.from === 5);
    return of && !isPossessive(tokens[of.last]) ? of : undefined;
  }
  if (!owner || !isPossessive(tokens[owner.last])) return undefined;
  const after = tokens[owner.last + 1];
  const ends = /[.,;]/.test(tokens[owner.last]?.post ?? "") || after === undefined;
  return ends || (/^own$/i.test(after?.text ?? "") && /[.,;]|^$/.test(after?.post.trim() ?? ""))
    ? owner
    : undefined;
}

const OWN_WORDS_NOUN = /^(?:words|line|lines|phrase|remarks?|quote|sentence|comments?)$/i;

function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && (token.tags.has("Possessive") || /['’]s$/i.test(token.text));
}

/** "His" or "Her" opening a sentence, read as the pronoun "he" or "she" would be. */
function possessiveMention(word: string): Mention {
  const gender = /^his$/i.test(word) ? "m" : "f";
  return {
    kind: "pronoun",
    first: 0,
    last: 0,
    from: 0,
    text: word.toLowerCase(),
    gender,
    subject: true,
    evidence: "plain",
  };
}
