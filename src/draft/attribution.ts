// The rules that tie a quotation to whoever said it, each small and named. They work on one
// sentence's tokens and mentions; resolving a pronoun or surname to a person happens in people.ts.
import { insideSetOffClause, type Mention, spanText } from "./mentions.ts";
import { partyAt } from "./parties.ts";
import type { Token } from "./tokens.ts";
import { isSpeechVerb, ROLE_KEYWORDS } from "./vocabulary.ts";

/** Which rule attributed a quote and the words it read, for the review mark. */
export interface AttributionFinding {
  rule: "attributionAfterQuote" | "attributionBeforeQuote" | "accordingTo" | "reportedSpeech";
  mention: Mention;
  /** The attribution as written ("said Stoltenberg", "Wendy Sherman also stressed"). */
  source: string;
  /** The token where an attribution after the quote ends ("said Stoltenberg" → "Stoltenberg"). */
  last?: number;
  /**
   * Whose report the attribution stands in, when the speaker is the subject of a clause another
   * speaker reports ("He told journalists that Gorbachev had told the President: '…'"): the
   * words may be either's.
   */
  reporter?: Mention;
  /** Why the mention may not be the speaker after all ("A and B gave their verdict: '…'"). */
  ambiguous?: string | undefined;
}

/**
 * `attributionAfterQuote`: `"…," said Stoltenberg`, `"…", Stoltenberg said`, `"…," he added`,
 * `"…," said NATO chief Jens Stoltenberg`, `"…," the minister said`.
 */
export function attributionAfterQuote(
  tokens: Token[],
  quote: number,
  mentions: Mention[],
): AttributionFinding | undefined {
  // The attribution clause runs from the quote to the next quote or the sentence end, and a
  // speech verb opens it within a few words: `, said …`, `, Stoltenberg said`, `, the bloc's chief X said`.
  const end = clauseEnd(tokens, quote);
  // "„…“, so Kuleba.", "„…“, so the French president, „…“": the translated German attribution
  // without a verb ("so" = "said").
  if (/^so$/i.test(tokens[quote + 1]?.text ?? "")) {
    const named = mentions.find(
      (m) =>
        (m.kind === "name" || m.kind === "role") &&
        (m.from === quote + 2 ||
          m.first === quote + 2 ||
          (m.kind === "role" && m.from <= quote + 3)) &&
        (m.last + 1 === end || /[.;]/.test(tokens[m.last]?.post ?? "")),
    );
    if (named)
      return {
        rule: "attributionAfterQuote",
        mention: named,
        source: spanText(tokens, quote + 1, named.last),
        last: named.last,
      };
  }
  const window = Math.min(end, quote + 12);
  const verb = speechVerbIn(tokens, quote + 1, window);
  if (verb === -1 || opensNewClause(tokens, quote + 1, verb)) return undefined;
  const inClause = mentions.filter((m) => m.first > quote && m.last < end);
  // Verb first ("said Stoltenberg", "said NATO chief Jens Stoltenberg", "said the AU's chief
  // mediator, former Nigerian president Olusegun Obasanjo"): the first name after it, with only
  // the words of a role between.
  const afterVerb = inClause.find(
    (m) =>
      m.first > verb &&
      invertsSubject(tokens[verb]?.text ?? "") &&
      (m.from === verb + 1 ||
        m.first === verb + 1 ||
        (m.kind === "name" &&
          m.first <= verb + 10 &&
          tokens
            .slice(verb + 1, m.from)
            .every((t) => !t.tags.has("Verb") && !/[.;:]/.test(t.post)))),
  );
  // Subject first ("Stoltenberg said", "a Kremlin spokesman, Dmitry Peskov, told"): the last before
  // it, but not a name inside another's apposed role ("Oleg Nikolenko, spokesman for Kuleba, said").
  const beforeVerb = inClause.filter((m) => m.last < verb && !insideApposition(m, inClause)).at(-1);
  // "said the AU's chief mediator, former Nigerian president Olusegun Obasanjo": the name the
  // role stands in apposition to.
  const apposed =
    afterVerb?.kind === "role"
      ? inClause.find(
          (n) =>
            n.kind === "name" &&
            n.first > afterVerb.last &&
            n.first <= afterVerb.last + 10 &&
            // apposition is set off by a comma: not "said the Chancellor at a press
            // conference with Premier Li", where the name is the one he stood with
            /,/.test(tokens[afterVerb.last]?.post ?? "") &&
            tokens.slice(afterVerb.last + 1, n.from).every((t) => !t.tags.has("Verb")),
        )
      : undefined;
  const m = beforeVerb ?? apposed ?? afterVerb;
  if (!m) return undefined;
  const from = Math.min(m.from, verb);
  // `"…," said X's spokesman`: the one who speaks is X's spokesman, whom the draft does not name
  const possessed = /['’]s$/u.test(tokens[m.last]?.text ?? "") ? tokens[m.last + 1] : undefined;
  if (possessed && m !== apposed && possessed.tags.has("Noun") && possessed.quote === undefined)
    return {
      rule: "attributionAfterQuote",
      mention: m,
      source: spanText(tokens, from, m.last + 1),
      last: m.last + 1,
      ambiguous: `the one speaking is ${m.text}'s ${possessed.text}, not ${m.text}`,
    };
  return {
    rule: "attributionAfterQuote",
    mention: m,
    source: spanText(tokens, from, Math.max(m.last, verb)),
    last: Math.max(m.last, verb),
    ambiguous: objectOfAnother(tokens, m, inClause) ?? joinedSubject(tokens, m, inClause),
  };
}

/**
 * `attributionBeforeQuote`: the person who is the subject of the clause that leads into the quote,
 * `Sherman stressed: "…"`, `Stoltenberg said there were still "significant differences"`,
 * `She said: "…"`. Only mentions after the previous quote of the sentence count.
 */
export function attributionBeforeQuote(
  tokens: Token[],
  quote: number,
  mentions: Mention[],
  after: number,
  clauseSubject?: Mention,
  clauseVerb?: number,
): AttributionFinding | undefined {
  // "X greeted her on the steps; the home secretary, who …, said the two had 'turned a page'":
  // a semicolon closes a clause, and nobody before it leads into a quote after it
  const semicolon = tokens.findLastIndex((t, k) => k > after && k < quote && /;/.test(t.post));
  after = Math.max(after, semicolon);
  // "so Tusk: „…“", "Tusk: '…'": a name and a colon right before the quote.
  // Not "telling Xi: '…'": nothing but "so" or a clause break before the name.
  const colon = mentions.find((m) => {
    const previous = tokens[m.from - 1];
    return (
      m.kind === "name" &&
      m.last === quote - 1 &&
      /:\s*$/.test(tokens[m.last]?.post ?? "") &&
      (!previous || /^so$/i.test(previous.text) || /[,;.]/.test(previous.post))
    );
  });
  if (colon)
    return {
      rule: "attributionBeforeQuote",
      mention: colon,
      source: spanText(tokens, colon.from, colon.last),
    };
  const message =
    possessiveMessage(tokens, quote, mentions) ?? nameOnTopic(tokens, quote, mentions);
  if (message) return message;
  const setOff =
    clauseSubject && clauseSubject.first > after && clauseSubject.last < quote
      ? clauseSubject
      : undefined;
  // "Phee, who was speaking after Thomas-Greenfield had made her comments, said …": a subject
  // inside the clause that sets off the sentence's subject does not lead into the quote.
  const subjects = mentions.filter(
    (m) =>
      m.subject &&
      m.first > after &&
      m.last < quote &&
      !insideSetOffClause(m, mentions, setOff, clauseVerb ?? -1) &&
      !insideApposition(m, mentions),
  );
  // "Wang said the minister had accepted it 'in principle'": a subject inside the reported
  // clause does not speak; the one whose speech verb reports the clause does.
  const sayers = subjects.filter((s) => speechVerbFollows(tokens, s));
  const speaking = sayers.at(-1);
  // "He told journalists that Mr Gorbachev had told the President: '…'": a speaker inside the
  // clause an earlier speaker reports
  const reporter = speaking
    ? sayers.find(
        (s) =>
          s.last < speaking.first &&
          tokens.slice(s.last + 1, speaking.first).some((t) => /^that$/i.test(t.text)),
      )
    : undefined;
  if (speaking && reporter)
    return {
      rule: "attributionBeforeQuote",
      mention: speaking,
      source: spanText(tokens, reporter.from, quote - 1),
      reporter,
    };
  // "Rossi, who has spent weeks …, said: '…'": the subject set off by a clause.
  const m = speaking ?? subjects[subjects.length - 1] ?? setOff;
  if (!m) return undefined;
  // "X said Y's words, '…', had been misunderstood": the words apposed to Y's words are Y's
  const owner = wordsApposedTo(tokens, quote, mentions);
  if (owner && owner !== m)
    return {
      rule: "attributionBeforeQuote",
      mention: owner,
      source: spanText(tokens, owner.from, quote - 1),
    };
  // "X mocked Y, who had called the deal '…'": the quote stands in Y's relative clause
  const relative = relativeClauseSpeaker(tokens, quote, mentions);
  if (!speaking && relative && relative.mention.first > m.last) return relative;
  const sayer = speaking
    ? undefined
    : sayerOfReportedClause(tokens, m, mentions, after, setOff ?? clauseSubject);
  if (sayer)
    return {
      rule: "attributionBeforeQuote",
      mention: sayer.mention,
      source: spanText(
        tokens,
        Math.min(sayer.mention.from, sayer.verb),
        Math.max(sayer.mention.last, sayer.verb),
      ),
    };
  // the verb after a set-off clause, not one inside it ("…, who had arrived late, was described")
  let verb =
    m === clauseSubject && clauseVerb !== undefined && clauseVerb > m.last && clauseVerb < quote
      ? clauseVerb
      : m.last + 1;
  while (verb < quote - 1 && !tokens[verb]?.tags.has("Verb")) verb++;
  let be = false;
  while (
    verb < quote - 1 &&
    /^(?:has|have|had|is|was|are|were|been|will|would)$/i.test(tokens[verb]?.text ?? "")
  ) {
    be ||= /^(?:is|was|are|were|been)$/i.test(tokens[verb]?.text ?? "");
    verb++;
  }
  // "The Turkish foreign minister … was described by one as 'immovable'": the subject of a
  // passive is described, not speaking, unless "quoted as saying"
  const participle = tokens[verb];
  // "Lind was told by Grech: '…'": a passive with its agent after it, whatever the verb's form
  if (be && participle?.tags.has("Verb") && /^by$/i.test(tokens[verb + 1]?.text ?? ""))
    return undefined;
  if (
    be &&
    participle &&
    /ed$|en$/i.test(participle.text) &&
    participle.tags.has("Verb") &&
    !tokens.slice(verb + 1, quote).some((t) => /^(?:saying|telling|stating)$/i.test(t.text))
  )
    return undefined;
  return {
    rule: "attributionBeforeQuote",
    mention: m,
    source: spanText(tokens, m.from, verb),
    ambiguous:
      joinedSubject(tokens, m, mentions) ??
      (m === speaking ? undefined : afterPreposition(tokens, m)),
  };
}

/** Nouns for a person's words, apposed to a quote: "Y's words, '…',". */
const APPOSED_WORDS = /^(?:words|remark|remarks|phrase|line|warning|promise|pledge|slogan)$/i;

/** "Y's words, '…'": the person whose words the quote is set off after, or undefined. */
function wordsApposedTo(tokens: Token[], quote: number, mentions: Mention[]): Mention | undefined {
  const noun = tokens[quote - 1];
  if (!noun || !APPOSED_WORDS.test(noun.text) || !/,\s*$/.test(noun.post)) return undefined;
  const owner = mentions.find((x) => x.kind === "name" && x.last === quote - 2);
  return owner && /['’]s$/u.test(tokens[owner.last]?.text ?? "") ? owner : undefined;
}

/**
 * "Grech and Lind gave their verdict: '…'": a subject of two people joined by "and"; the words
 * may be either's (or both's), and no one of them is read as the speaker.
 */
function joinedSubject(tokens: Token[], m: Mention, mentions: Mention[]): string | undefined {
  const before = mentions.filter((x) => x !== m && x.kind !== "pronoun" && x.last < m.from).at(-1);
  const joinedBefore =
    before &&
    before.last === m.from - 2 &&
    /^(?:and|&)$/i.test(tokens[m.from - 1]?.text ?? "") &&
    !/[,;:]/.test(tokens[before.last]?.post ?? "");
  const next = mentions.find((x) => x !== m && x.kind !== "pronoun" && x.from === m.last + 2);
  const joinedAfter =
    next &&
    /^(?:and|&)$/i.test(tokens[m.last + 1]?.text ?? "") &&
    !/[,;:]/.test(tokens[m.last]?.post ?? "");
  if (joinedBefore) return `${before.text} and ${m.text} are one subject; either may have said it`;
  if (joinedAfter) return `${m.text} and ${next.text} are one subject; either may have said it`;
  return undefined;
}

/**
 * "Grech's message to Lind was blunt: '…'": a name after a preposition is no clause's subject,
 * whatever verb follows it.
 */
function afterPreposition(tokens: Token[], m: Mention): string | undefined {
  const word = tokens[m.from - 1]?.text ?? "";
  return /^(?:to|with|for|from|by|of|at|towards?|against|about|on)$/i.test(word)
    ? `${m.text} stands after "${word}", not as the subject leading into the quote`
    : undefined;
}

/**
 * `"…," Vella quoted her as saying`: an object pronoun after someone named in the same clause is
 * someone else, whom the attribution does not name.
 */
function objectOfAnother(tokens: Token[], m: Mention, mentions: Mention[]): string | undefined {
  if (m.kind !== "pronoun" || !/^(?:him|her|them)$/i.test(tokens[m.from]?.text ?? ""))
    return undefined;
  const actor = mentions.find((x) => x !== m && x.kind !== "pronoun" && x.last < m.from);
  return actor
    ? `"${tokens[m.from]?.text}" is someone ${actor.text} speaks of, not ${actor.text}`
    : undefined;
}

/**
 * "Wang, speaking for Qin, said the foreign minister would 'maintain close contact'", "said his
 * spokesman Peskov, the president had been 'satisfied'": a subject that stands after a speech verb
 * and has no speech verb of its own is inside the clause reported, and the words quoted in it are
 * the sayer's. The sayer is the person right after the verb ("said his spokesman Peskov") or the
 * sentence's subject before it; undefined when neither is found.
 */
function sayerOfReportedClause(
  tokens: Token[],
  m: Mention,
  mentions: Mention[],
  after: number,
  clauseSubject: Mention | undefined,
): { mention: Mention; verb: number } | undefined {
  let verb = -1;
  for (let v = after + 1; v < m.from; v++) {
    const t = tokens[v];
    if (t && t.quote === undefined && t.tags.has("Verb") && isSpeechVerb(t.text)) {
      verb = v;
      break;
    }
  }
  if (verb === -1) return undefined;
  const inverted = mentions.find(
    (x) =>
      x !== m && x.kind !== "pronoun" && x.from > verb && x.from <= verb + 3 && x.last < m.from,
  );
  if (inverted) return { mention: inverted, verb };
  if (clauseSubject && clauseSubject !== m && clauseSubject.last < verb)
    return { mention: clauseSubject, verb };
  const before = mentions.filter((x) => x !== m && x.subject && x.last < verb && x.first > after);
  const last = before.at(-1);
  return last ? { mention: last, verb } : undefined;
}

/**
 * "Hajiyev, the adviser to President Aliyev, wrote": a name inside another person's apposed role
 * is not the one acting, though a verb follows it.
 */
function insideApposition(m: Mention, mentions: Mention[]): boolean {
  return mentions.some(
    (x) => x !== m && x.role?.end !== undefined && m.first > x.last && m.last <= x.role.end,
  );
}

/** Whether a speech verb follows a subject within a few words, before any other verb. */
function speechVerbFollows(tokens: Token[], m: Mention): boolean {
  for (let j = m.last + 1; j < tokens.length && j <= m.last + 4; j++) {
    const t = tokens[j];
    if (!t || t.quote !== undefined) return false;
    if (isSpeechVerb(t.text)) return true;
    if (t.tags.has("Verb") && !/^(?:has|have|had|was|is|will|would|also)$/i.test(t.text))
      return false;
  }
  return false;
}

/**
 * `questionPut`: a quote inside a participial "asked" clause is the question put to someone, not
 * their words: `Asked whether it amounted to "an Asian NATO," Biden said it did not`, `Asked by a
 * journalist: "Did …?", Salinger replied`, `Asked, "Do you think …?", he replied`. The clause runs
 * from "asked" to its first comma or colon, and the quote must stand in it; in `Ms Sandu, asked
 * whether she had slept, laughed: "Not yet."` the clause ends before the quote. "He asked: '…'"
 * (asked with its own subject) is the asker's question and is not read here. Returns the words
 * from "asked" to the quote, or undefined.
 */
export function questionPut(tokens: Token[], quote: number): string | undefined {
  let comma = false;
  for (let i = quote - 1; i >= 0 && quote - i <= 25; i--) {
    const t = tokens[i];
    if (!t || t.quote !== undefined) return undefined;
    // a clause break between "asked" and the quote, other than the one right before the quote;
    // the commas of "asked by the presenter, Noa Ben-Ami," set off a name, not a clause
    if (i < quote - 1 && /[;:.]/.test(t.post)) return undefined;
    if (i < quote - 1 && /,/.test(t.post)) comma = true;
    if (!/^asked$/i.test(t.text)) continue;
    if (comma && !askedBy(tokens, i, quote)) return undefined;
    const previous = tokens[i - 1];
    const participial =
      !previous ||
      /[,;:]/.test(previous.post) ||
      /^(?:when|once|if|after|was|were|being|been)$/i.test(previous.text);
    return participial ? spanText(tokens, i, quote - 1) : undefined;
  }
  return undefined;
}

/** "asked by the presenter, Noa Ben-Ami, '…'": "by" and a noun phrase with no verb up to the quote. */
function askedBy(tokens: Token[], asked: number, quote: number): boolean {
  return (
    /^by$/i.test(tokens[asked + 1]?.text ?? "") &&
    tokens.slice(asked + 2, quote).every((t) => !t.tags.has("Verb"))
  );
}

/**
 * `askerOf`: who put the question `questionPut` found, when the clause names them: "Asked by the
 * presenter, Noa Ben-Ami, '…?'" is Noa Ben-Ami's question. The person named after "asked by",
 * or undefined ("Asked whether …", "asked by reporters").
 */
export function askerOf(tokens: Token[], quote: number, mentions: Mention[]): Mention | undefined {
  for (let i = quote - 1; i >= 0 && quote - i <= 25; i--) {
    if (!/^asked$/i.test(tokens[i]?.text ?? "")) continue;
    if (!askedBy(tokens, i, quote)) return undefined;
    const named = mentions.filter((m) => m.first > i + 1 && m.last < quote);
    // one person, or a role set off before their name ("the presenter, Noa Ben-Ami")
    const names = named.filter((m) => m.kind === "name");
    if (names.length !== 1 || named.some((m) => m.kind === "pronoun")) return undefined;
    return names[0];
  }
  return undefined;
}

/**
 * `relativeClauseSpeaker`: the quote stands in a relative clause whose verb is a speech verb,
 * "Prime Minister Narendra Modi, who promised to do "everything we can" for a solution": the
 * clause's head speaks. Nothing but the clause's words between "who" and the quote: no other
 * person, no clause break.
 */
export function relativeClauseSpeaker(
  tokens: Token[],
  quote: number,
  mentions: Mention[],
): AttributionFinding | undefined {
  const head = mentions.filter((m) => m.kind === "name" && m.last < quote).at(-1);
  if (!head || !/,/.test(tokens[head.last]?.post ?? "")) return undefined;
  if (!/^who$/i.test(tokens[head.last + 1]?.text ?? "")) return undefined;
  let verb = head.last + 2;
  while (verb < quote && /^(?:has|have|had|also|then|later|again)$/i.test(tokens[verb]?.text ?? ""))
    verb++;
  if (verb >= quote || !isSpeechVerb(tokens[verb]?.text ?? "")) return undefined;
  for (let i = head.last + 1; i < quote - 1; i++)
    if (/[,;:.]/.test(tokens[i]?.post ?? "") || tokens[i]?.quote !== undefined) return undefined;
  return {
    rule: "attributionBeforeQuote",
    mention: head,
    source: spanText(tokens, head.from, verb),
  };
}

/** `accordingTo`: "according to Stoltenberg, Russia has “no right of veto”". */
export function accordingTo(tokens: Token[], mentions: Mention[]): AttributionFinding | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!/^according$/i.test(tokens[i]?.text ?? "") || !/^to$/i.test(tokens[i + 1]?.text ?? ""))
      continue;
    const m = mentions.find((x) => x.from === i + 2 || x.first === i + 2);
    if (m) return { rule: "accordingTo", mention: m, source: spanText(tokens, i, m.last) };
  }
  return undefined;
}

/**
 * `reportedSpeech`: a sentence without quotes whose subject speaks, "Reinsalu said the alliance had
 * to plan for years"; a bare quote right after it continues that person's words.
 */
export function reportedSpeech(
  tokens: Token[],
  mentions: Mention[],
): AttributionFinding | undefined {
  for (const m of mentions) {
    if (!m.subject) continue;
    // "He gave no details of what Mr Putin had said": the clause is the object of another verb
    if (/^(?:what|how|why|whether)$/i.test(tokens[m.from - 1]?.text ?? "")) continue;
    for (let j = m.last + 1; j < tokens.length && j <= m.last + 4; j++) {
      const t = tokens[j];
      if (!t) break;
      if (isSpeechVerb(t.text))
        return { rule: "reportedSpeech", mention: m, source: spanText(tokens, m.from, j) };
      if (t.tags.has("Verb") && !/^(?:has|have|had|was|is|will|would)$/i.test(t.text)) break;
    }
  }
  return undefined;
}

/**
 * `partyAsSpeaker`: a state or organisation speaks, `"…," the Kremlin said`, `NATO said in a
 * statement: "…"`, `"…", the Russian foreign ministry said`. Returns the party's name and the words.
 */
export function partyAsSpeaker(tokens: Token[], quote: number): PartySpeaker | undefined {
  const end = clauseEnd(tokens, quote);
  // After the quote: a party right after it or right after the speech verb.
  const verb = speechVerbIn(tokens, quote + 1, Math.min(end, quote + 6));
  if (verb !== -1 && !opensNewClause(tokens, quote + 1, verb)) {
    for (const at of invertsSubject(tokens[verb]?.text ?? "")
      ? [quote + 1, verb + 1]
      : [quote + 1]) {
      const hit = partyAt(tokens, at);
      // "…, US officials said": a group noun of the party may stand between it and the verb.
      const group = hit && hit.last + 2 === verb && GROUP.test(tokens[hit.last + 1]?.text ?? "");
      if (hit && (hit.last + 1 === verb || at === verb + 1 || group))
        return {
          party: hit.party,
          source: spanText(tokens, Math.min(at, verb), Math.max(hit.last, verb)),
          after: true,
          ...bodyOf(tokens, hit.first, hit.last, group ? hit.last + 1 : hit.last, hit.as),
        };
    }
  }
  // Before the quote: the clause opens with the party and a speech verb follows it closely.
  let start = quote - 1;
  while (start > 0 && tokens[start - 1]?.quote === undefined) start--;
  for (let i = start; i < quote; i++) {
    const hit = partyAt(tokens, i);
    if (!hit) continue;
    // "It added that China had agreed to buy a '…' amount": a party opening what someone else
    // reports is not the one speaking
    if (reportedBy(tokens, i)) return undefined;
    // "China's foreign ministry later said in a statement that …": the party's office or
    // officials, then the verb
    const office = tokens
      .slice(hit.last + 1, hit.last + 4)
      .findIndex((t) => GROUP.test(t.text) && !/[,;:]/.test(t.post));
    let from = office === -1 ? hit.last : hit.last + 1 + office;
    // "The African Union, which hosts the talks, said": a relative clause set off after the party
    const relative = relativeClauseEnd(tokens, from, quote);
    if (relative !== -1) from = relative;
    const next = speechVerbIn(
      tokens,
      relative !== -1 ? from + 1 : hit.last + 1,
      Math.min(from + 4, quote),
    );
    // "North Korea's state news agency KCNA said": a longer noun phrase of the party's body
    const verb = next !== -1 || relative !== -1 ? next : verbAfterBody(tokens, hit.last, quote);
    if (verb !== next && verb !== -1) {
      return {
        party: hit.party,
        source: spanText(tokens, i, verb),
        verb,
        ...bodyOf(tokens, i, hit.last, verb - 1, hit.as),
      };
    }
    if (next !== -1) {
      // the words between the party and its verb, without a relative clause set off after them
      const headEnd = relative !== -1 ? relativeClauseStart(tokens, hit.last, relative) : next - 1;
      return {
        party: hit.party,
        source: spanText(tokens, i, next),
        verb: next,
        ...bodyOf(tokens, i, hit.last, headEnd, hit.as),
      };
    }
    i = hit.last;
  }
  return undefined;
}

/** A party that speaks, and who in it: the party itself, a body of it, or an unnamed source. */
export interface PartySpeaker {
  party: string;
  source: string;
  /** The clause after the quote names the party (`"…," the Kremlin said`). */
  after?: boolean;
  /** The party's speech verb before the quote (`The presidency said in a statement that …`). */
  verb?: number;
  /**
   * The body of the party that speaks, as written: "China's foreign ministry", "North Korea's
   * state news agency KCNA", "Turkish presidency". A careful reader credits the body, never the
   * state that owns it.
   */
  body?: string;
  /**
   * The party's people who speak unnamed ("US officials", "a Pentagon official", "Western
   * diplomats"): nobody to credit, neither the party nor anyone named before.
   */
  unnamed?: string;
}

/** People of a side who speak without a name: "US officials said", "a Pentagon official said". */
const UNNAMED_SOURCE = /^(?:officials?|diplomats?|sources?|aides?|insiders?|circles)$/i;
/** Bodies a party's name may end in that speak as themselves ("the Turkish presidency"). */
const NAMED_BODY = /^(?:ministry|presidency|embassy|mission)$/i;
/** Role words of one person who may speak for a body ("a Kremlin spokesman said"). */
const SPOKESPERSON = /^spokes(?:man|woman|person)$/i;

/**
 * Who of the party speaks, from the words `(last, headEnd]` between the party (tokens
 * `[first, last]`) and its speech verb: nothing there is the party itself; a person's role or
 * an unnamed source ("officials", "a senior official") is nobody to credit; other words are a
 * body of the party, credited by its words as written.
 */
function bodyOf(
  tokens: Token[],
  first: number,
  last: number,
  headEnd: number,
  as: string,
): Pick<PartySpeaker, "body" | "unnamed"> {
  // "China's foreign ministry later said": an adverb before the verb is no word of the body
  let end = headEnd;
  // "the Chinese delegation, which says": the body ends at the comma of its relative clause
  for (let j = last; j < end; j++)
    if (/,/.test(tokens[j]?.post ?? "")) {
      end = j;
      break;
    }
  while (end > last && isAdverb(tokens[end])) end--;
  const head = tokens.slice(last + 1, end + 1);
  // "The Intergovernmental Authority on Development (IGAD), which …": the party's own acronym
  const acronym = head.length === 1 && /^\(?\p{Lu}{2,}\)?$/u.test(head[0]?.text ?? "");
  if (acronym && /\)/.test(`${head[0]?.text}${head[0]?.post}`)) return {};
  // "the G7 leaders declared", "EU foreign ministers said": the party's members together
  const plural = head.at(-1)?.text.toLowerCase() ?? "";
  if (/s$/.test(plural) && ROLE_KEYWORDS.has(plural.slice(0, -1)) && !UNNAMED_SOURCE.test(plural))
    return {};
  if (head.length === 0) {
    // the party named by its body ("The Turkish presidency said", "US officials said")
    const words = as.split(/\s+/);
    const noun = words.at(-1) ?? "";
    if (words.length > 1 && UNNAMED_SOURCE.test(noun)) return { unnamed: as };
    if (words.length > 1 && NAMED_BODY.test(noun)) return { body: as.replace(/^the\s+/i, "") };
    return {};
  }
  const words = spanText(tokens, first, end);
  const person = head.some((t) => {
    const w = t.text.toLowerCase().replace(/[,;:]$/, "");
    if (UNNAMED_SOURCE.test(w)) return true;
    return ROLE_KEYWORDS.has(w) && !SPOKESPERSON.test(w);
  });
  // "Russia's Sergei Lavrov said" with no person the draft reads there: a person, not a body
  const named = head.some((t) => t.tags.has("Person") || t.tags.has("Honorific"));
  if (person || named) return { unnamed: words };
  if (head.some((t) => t.quote !== undefined || /[.;:]/.test(t.post))) return { unnamed: words };
  return { body: words.replace(/^(?:the|a|an)\s+/i, "").replace(/[,\s]+$/, "") };
}

/**
 * The speech verb right after a noun phrase of up to six words that follows the party at `last`
 * ("state news agency KCNA said"), with no verb, quote or clause break inside it; -1 when none.
 */
function verbAfterBody(tokens: Token[], last: number, quote: number): number {
  for (let j = last + 1; j < Math.min(quote, last + 8); j++) {
    const t = tokens[j];
    if (!t || t.quote !== undefined) return -1;
    if (t.tags.has("Verb")) return j > last + 1 && isSpeechVerb(t.text) ? j : -1;
    if (!t.tags.has("Noun") && !t.tags.has("Adjective")) return -1;
    if (/[,;:.()]/.test(t.post)) return -1;
  }
  return -1;
}

function isAdverb(t: Token | undefined): boolean {
  return t !== undefined && (t.tags.has("Adverb") || /^(?:later|also|then|now)$/i.test(t.text));
}

/** The last word before the relative clause that ends at `end` ("IGAD" in "IGAD, which …, said"). */
function relativeClauseStart(tokens: Token[], from: number, end: number): number {
  for (let j = end - 1; j > from; j--)
    if (/^(?:which|who)$/i.test(tokens[j]?.text ?? "") && /,/.test(tokens[j - 1]?.post ?? ""))
      return j - 1;
  return from;
}

/**
 * Where a relative clause set off by commas after `at` ends ("IGAD, which is facilitating, said":
 * the word before "said"), within 12 words; -1 when none follows.
 */
function relativeClauseEnd(tokens: Token[], at: number, quote: number): number {
  // "(IGAD), which": an acronym in brackets may stand between
  let k = at + 1;
  if (/^\(?\p{Lu}{2,}\)?$/u.test(tokens[k]?.text ?? "") && !/,/.test(tokens[at]?.post ?? "")) k++;
  if (!/,\s*$/.test(tokens[k - 1]?.post ?? "") || !/^(?:which|who)$/i.test(tokens[k]?.text ?? ""))
    return -1;
  for (let j = k; j < Math.min(quote, k + 12); j++) {
    const t = tokens[j];
    if (!t || t.quote !== undefined || /[.;:]/.test(t.post)) return -1;
    if (/,/.test(t.post)) return j;
  }
  return -1;
}

/** The word at `at` opens a clause another speaker reports: "It added (that) China …". */
function reportedBy(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1]?.text ?? "";
  if (isSpeechVerb(before)) return true;
  return /^that$/i.test(before) && isSpeechVerb(tokens[at - 2]?.text ?? "");
}

/** People who speak for a party as a body: "US officials said", "Chinese diplomats said". */
const GROUP =
  /^(?:officials|diplomats|sources|negotiators|spokespeople|authorities|government|ministry|office|side|delegation|statement|media)$/i;

/**
 * `speechClauseAfterQuote`: the words of an attribution clause right after the quote ("…," the
 * summit's hosts said), whoever they name, or undefined when none follows. When a clause is
 * there but names no one the draft knows, the quote is theirs, not an earlier speaker's.
 */
export function speechClauseAfterQuote(tokens: Token[], quote: number): string | undefined {
  // `"…," the hosts said`, and a question's `"…?" I asked him`
  if (
    !/[,?!]/.test(tokens[quote]?.text.slice(-2) ?? "") &&
    !/^\s*,/.test(tokens[quote]?.post ?? "")
  )
    return undefined;
  const end = clauseEnd(tokens, quote);
  const verb = speechVerbIn(tokens, quote + 1, Math.min(end, quote + 7));
  if (verb === -1 || verb === quote + 1) return undefined;
  for (let i = quote + 1; i < verb; i++)
    if (/^(?:and|but|while|as|after|before|which|that)$/i.test(tokens[i]?.text ?? ""))
      return undefined;
  return spanText(tokens, quote + 1, verb);
}

/**
 * `clauseOfItsOwn`: the quote stands in a clause joined by a conjunction after a comma whose
 * subject is a noun phrase that names no person ("This is not about China," he insisted, although
 * the joint statement criticised Beijing's "dangerous and aggressive behaviour"): the words are
 * that subject's, not those of the person speaking before the comma. A clause without a subject
 * of its own (", and added "…"") or with a person in it is left to the attribution rules.
 * Returns the clause's words up to its verb, or undefined.
 */
export function clauseOfItsOwn(
  tokens: Token[],
  from: number,
  quote: number,
  mentions: Mention[],
): string | undefined {
  for (let i = quote - 1; i > from && i > 0; i--) {
    const t = tokens[i];
    if (!t || t.quote !== undefined) return undefined;
    if (!CLAUSE_CONJUNCTION.test(t.text) || !/,/.test(tokens[i - 1]?.post ?? "")) continue;
    // ", and that the committee would meet "…"": the reported speech goes on
    if (/^(?:that|if|whether)$/i.test(tokens[i + 1]?.text ?? "")) return undefined;
    let verb = i + 1;
    while (verb < quote && !tokens[verb]?.tags.has("Verb")) verb++;
    if (verb >= quote || verb === i + 1) return undefined;
    if (/^(?:would|could|might|should|must|will|can|may|had)$/i.test(tokens[verb]?.text ?? ""))
      return undefined;
    if (mentions.some((m) => m.last > i && m.first < quote)) return undefined;
    const subject = tokens.slice(i + 1, verb);
    if (!subject.some((x) => x.tags.has("Noun") && !x.tags.has("Pronoun"))) return undefined;
    return spanText(tokens, i, verb);
  }
  return undefined;
}

const CLAUSE_CONJUNCTION = /^(?:although|though|while|whereas|but|and|yet|because)$/i;

/** Documents that speak for whoever issued them. */
const DOCUMENT_NOUN =
  /^(?:statements?|communiqu[eé]s?|readouts?|declarations?|messages?|letters?)$/i;

/**
 * `documentAfterQuote`: the quote's attribution clause names a document, not a person: `"…," the
 * statement read`, `"…," read a message posted on X`, `„…“, it was said in a statement of the
 * delegation`. Returns the clause's words up to the document, or undefined. Such a quote is no
 * continuation of the person speaking before it.
 */
export function documentAfterQuote(tokens: Token[], quote: number): string | undefined {
  const end = clauseEnd(tokens, quote);
  const verb = speechVerbIn(tokens, quote + 1, Math.min(end, quote + 5));
  const reads = tokens
    .slice(quote + 1, Math.min(end, quote + 5))
    .findIndex((t) => /^reads?$/i.test(t.text));
  const at = verb !== -1 ? verb : reads === -1 ? -1 : quote + 1 + reads;
  if (at === -1 || opensNewClause(tokens, quote + 1, at)) return undefined;
  // "it was said in a statement": an impersonal subject leaves the document as the speaker
  const impersonal = /^it$/i.test(tokens[quote + 1]?.text ?? "");
  for (let i = quote + 1; i < Math.min(end, at + 10); i++) {
    const t = tokens[i];
    if (!t) break;
    // the document is the subject, before the verb or right after it ("read a message"), not
    // a place of the speaking ("emphasised the politician at the joint press statement")
    const subject =
      i < at ||
      impersonal ||
      tokens.slice(at + 1, i).every((x) => !x.tags.has("Preposition") && !/[,;]/.test(x.post));
    if (DOCUMENT_NOUN.test(t.text) && subject) return spanText(tokens, quote + 1, Math.max(i, at));
    if (i > at && /[,;.]/.test(t.post)) break;
  }
  return undefined;
}

/**
 * `documentIssuer`: the party or body a document after the quote comes from, `„…“, it said in a
 * statement from the Israeli Prime Minister's Office`, `"…," read a communiqué of the Egyptian
 * foreign ministry`: the noun phrase after "from", "of" or "by" that opens with a party and
 * names no person's role. Undefined when the document names no party so.
 */
export function documentIssuer(tokens: Token[], quote: number): PartySpeaker | undefined {
  const end = clauseEnd(tokens, quote);
  for (let i = quote + 1; i < Math.min(end, quote + 10); i++) {
    if (!DOCUMENT_NOUN.test(tokens[i]?.text ?? "") || /[,;:]/.test(tokens[i]?.post ?? "")) continue;
    if (!/^(?:from|of|by)$/i.test(tokens[i + 1]?.text ?? "")) return undefined;
    const at = /^the$/i.test(tokens[i + 2]?.text ?? "") ? i + 3 : i + 2;
    const hit = partyAt(tokens, at);
    if (!hit) return undefined;
    // the body's words: up to a preposition, verb or clause break, at most six
    let last = hit.last;
    while (
      last + 1 < Math.min(end, hit.last + 7) &&
      !/[,;:.]/.test(tokens[last]?.post ?? "") &&
      (tokens[last + 1]?.tags.has("Noun") || tokens[last + 1]?.tags.has("Adjective")) &&
      !tokens[last + 1]?.tags.has("Preposition") &&
      !tokens[last + 1]?.tags.has("Verb")
    )
      last++;
    return {
      party: hit.party,
      source: spanText(tokens, quote + 1, last),
      after: true,
      ...bodyOf(tokens, hit.first, hit.last, last, hit.as),
    };
  }
  return undefined;
}

/**
 * `aboutTheWords`: a sentence whose subject is the words just quoted, "The words came from …",
 * "The statement was posted online …", "The line was repeated to reporters by an official …":
 * it says where a quotation standing alone before it came from, so that quotation is not the
 * previous speaker's words going on. Returns the subject's words, or undefined.
 */
export function aboutTheWords(tokens: Token[]): string | undefined {
  const [determiner, noun, next] = tokens;
  if (!determiner || !noun || !next || noun.quote !== undefined || next.quote !== undefined)
    return usedTheWords(tokens);
  if (!/^(?:the|that|this|these|those)$/i.test(determiner.text)) return usedTheWords(tokens);
  // "This sentence, which diplomats were quoting, comes from …": a relative clause may follow
  const relative = /,/.test(noun.post) && /^(?:which|that)$/i.test(next.text);
  if (!WORDS_NOUN.test(noun.text) || (/[,;:]/.test(noun.post) && !relative))
    return usedTheWords(tokens);
  return spanText(tokens, 0, 1);
}

/**
 * "Both women had used the phrase in interviews": the words just quoted as the object of the
 * sentence's first clause, which is about who said them: up to the first clause break, a verb
 * of using words right before "the phrase", "those words", "the line".
 */
function usedTheWords(tokens: Token[]): string | undefined {
  const end = tokens.findIndex((t) => t.quote !== undefined || /[,;:]/.test(t.post));
  const clause = end === -1 ? tokens : tokens.slice(0, end + 1);
  for (let k = 1; k + 1 < clause.length; k++) {
    const [verb, determiner, noun] = [clause[k - 1], clause[k], clause[k + 1]];
    if (
      verb &&
      determiner &&
      noun &&
      USE_WORDS.test(verb.text) &&
      /^(?:the|those|these|that)$/i.test(determiner.text) &&
      QUOTED_WORDS_NOUN.test(noun.text)
    )
      return spanText(tokens, 0, k + 1);
  }
  // "Both leaders said it, more or less word for word": a speech verb whose object is the words
  // just quoted ("it", "this"), with the clause ending there or an adverb or preposition after
  // it; "said it was …" reports a clause instead
  for (let k = 1; k < clause.length; k++) {
    const [verb, object, after] = [clause[k - 1], clause[k], tokens[k + 1]];
    if (!verb || !object || !isSpeechVerb(verb.text) || !verb.tags.has("Verb")) continue;
    if (!/^(?:it|this)$/i.test(object.text)) continue;
    const ends = /[,;:.]/.test(object.post) || after === undefined;
    // "said it first", "said it at the press conference"
    const adverb =
      after !== undefined &&
      (after.tags.has("Adverb") || after.tags.has("Preposition")) &&
      !after.tags.has("Verb");
    if (ends || adverb) return spanText(tokens, 0, k);
  }
  return undefined;
}

/** Verbs of using words as one's own: "had used the phrase", "coined the expression". */
const USE_WORDS =
  /^(?:use[sd]?|using|utter(?:s|ed)?|coin(?:s|ed)?|repeat(?:s|ed)?|borrow(?:s|ed)?)$/i;
/** Nouns for a quotation's own words (not a document that holds them). */
const QUOTED_WORDS_NOUN =
  /^(?:words|phrase|phrases|line|remarks?|expression|formula|quote|quotation)$/i;

/**
 * "Yoon's message on the North was blunt: '…'": a sentence opening with a person's words (their
 * message, answer, warning) and a colon right before the quote; nobody else named between.
 */
function possessiveMessage(
  tokens: Token[],
  quote: number,
  mentions: Mention[],
): AttributionFinding | undefined {
  const owner = mentions[0];
  if (owner?.kind !== "name" || owner.from !== 0) return undefined;
  if (!/['’]s$/u.test(tokens[owner.last]?.text ?? "")) return undefined;
  if (!MESSAGE_NOUN.test(tokens[owner.last + 1]?.text ?? "")) return undefined;
  if (!/:\s*$/.test(tokens[quote - 1]?.post ?? "")) return undefined;
  const between = tokens.slice(owner.last + 1, quote);
  if (between.some((t) => t.quote !== undefined || /[.;]/.test(t.post))) return undefined;
  if (mentions.some((m) => m !== owner && m.first < quote)) return undefined;
  return {
    rule: "attributionBeforeQuote",
    mention: owner,
    source: spanText(tokens, owner.from, quote - 1),
  };
}

/**
 * "Prime Minister Rutte on the agreement: '…'": a sentence that opens with a name and "on" a
 * topic, with no verb, and a colon right before the quote; nobody else named between.
 */
function nameOnTopic(
  tokens: Token[],
  quote: number,
  mentions: Mention[],
): AttributionFinding | undefined {
  const name = mentions[0];
  if (name?.kind !== "name" || name.from !== 0 || !/^\s*$/.test(tokens[name.last]?.post ?? ""))
    return undefined;
  if (!/^(?:on|about)$/i.test(tokens[name.last + 1]?.text ?? "")) return undefined;
  if (!/:\s*$/.test(tokens[quote - 1]?.post ?? "")) return undefined;
  const topic = tokens.slice(name.last + 1, quote);
  if (topic.some((t) => t.quote !== undefined || t.tags.has("Verb") || /[.;,]/.test(t.post)))
    return undefined;
  if (mentions.some((m) => m !== name && m.first < quote)) return undefined;
  return {
    rule: "attributionBeforeQuote",
    mention: name,
    source: spanText(tokens, name.from, quote - 1),
  };
}

/** A person's own words, as the noun after their possessive. */
const MESSAGE_NOUN = /^(?:message|answer|reply|response|verdict|warning|retort|words|reaction)$/i;

/** Nouns for words said or written, as the subject of a sentence about a quotation. */
const WORDS_NOUN =
  /^(?:words|line|lines|sentence|sentences|statement|remarks?|quote|quotation|comments?|message|phrase|declaration|communiqu[eé]|readout|post)$/i;

/**
 * A sentence that names who issued the document or words just quoted: "Its author was X", "It was
 * issued by the office of X", "It came from X", "It was posted by the office, and signed by X
 * himself", "They came from X". Returns the offsets in the sentence text after which an author's
 * name may stand, in order; none when the sentence is not about the document.
 */
export function authorOfDocument(sentence: string): number[] {
  if (!AUTHOR_SUBJECT.test(sentence)) return [];
  return [...sentence.matchAll(AUTHORED)].map((m) => (m.index ?? 0) + m[0].length);
}

const AUTHOR_SUBJECT =
  /^(?:it|they|its (?:author|signatory|issuer)|(?:the|that|this) (?:words|remarks?|statement|message|communiqu[eé]|readout|declaration|letter|text|post|assessment|line|sentence|comments?|phrase|quote))\b/i;
/**
 * The verb that names the author: "issued by", "came from", "was made after the meeting by" (up
 * to five words of time or place between the verb and "by", none a clause break).
 */
const AUTHORED =
  /\b(?:(?:issued|written|signed|sent|drafted|posted|authored|made|delivered|voiced|repeated|uttered|read)(?:\s+[^\s,.;:]+){0,5}?\s+by|came from|comes from|come from|(?:author|signatory|issuer) (?:was|is))\b/gi;

/**
 * A conjunction right after the quote: the speech verb that follows belongs to a new clause, not
 * to the quote ("called the day 'a new start', and King Abdullah said …"). A relative clause
 * further on ("'…,' Petrov, who heads the delegation, said") is still the quote's attribution.
 */
function opensNewClause(tokens: Token[], from: number, verb: number): boolean {
  return (
    from < verb &&
    /^(?:and|but|while|whereas|because|although|though|when|after|before)$/i.test(
      tokens[from]?.text ?? "",
    )
  );
}

/**
 * Speech verbs whose subject may follow them after a quote ("'…,' said Stoltenberg"). The others
 * take an object there ("'…', and accused the US"; "urged Moscow"; "told reporters"), which is
 * never the speaker.
 */
const OBJECT_VERB =
  /^(?:accus|tell|told|urg|welcom|prais|call|criticis|criticiz|describ|threaten|thank)/i;

function invertsSubject(verb: string): boolean {
  return !OBJECT_VERB.test(verb);
}

/**
 * Where the clause after a quote ends: at the next quote, the sentence end, or after a semicolon
 * ("…" if Russia invades; the Kremlin says …": the verb after the semicolon is another clause's).
 */
function clauseEnd(tokens: Token[], quote: number): number {
  if (/;/.test(tokens[quote]?.post ?? "")) return quote + 1;
  let end = quote + 1;
  while (end < tokens.length && tokens[end]?.quote === undefined) {
    end++;
    if (/;/.test(tokens[end - 1]?.post ?? "")) break;
  }
  return end;
}

/**
 * The first speech verb among tokens `[from, to)`, or -1; looks at those tokens only. A word the
 * parse reads as a noun only is none ("China's state news agency": "state" is no verb there).
 */
function speechVerbIn(tokens: Token[], from: number, to: number): number {
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const t = tokens[i];
    if (t && isSpeechVerb(t.text) && !nounOnly(t)) return i;
  }
  return -1;
}

/** A word the parse tags as a noun and not as a verb ("state" in "the state news agency"). */
function nounOnly(t: Token): boolean {
  return t.tags.has("Noun") && !t.tags.has("Verb");
}
