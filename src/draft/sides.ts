// The side each person of an article speaks or acts for: read from their role's words ("the
// Armenian foreign minister", "Turkey's envoy", "a spokeswoman for the State Department"), from a
// side the sentence names for everyone in it ("On the North Korean side: …"), from the person they
// work for or speak for ("President Erdogan's adviser", "speaking on behalf of Lavrov"), and last
// from the capital a reaction comes from ("In Yerevan, X told local media …").

import { type OfficeHolder, officeHeldByTitle, officeHeldOn } from "../text/office-holders.ts";
import {
  entityFormsStartingWith,
  entityNamed,
  entityOfDemonym,
  stateOfCapital,
  withoutPossessive,
} from "./gazetteer.ts";
import { afterStateForm, clauseSubjectVerb, type Mention, spanText } from "./mentions.ts";
import type { People, Person } from "./people.ts";
import type { Token } from "./tokens.ts";
import {
  BIOGRAPHY_COMPOUND,
  FORMER,
  NATIONAL_TITLES,
  RELATION_WORDS,
  ROLE_KEYWORDS,
  ROLE_MODIFIERS,
} from "./vocabulary.ts";

/** A person's side and the words it was read from, for the review mark. */
export interface SideFinding {
  side: string;
  source: string;
}

/** One sentence's tokens and the people it mentions. */
export interface SentenceMentions {
  tokens: Token[];
  mentions: Mention[];
}

const bareWord = (w: string) => w.replace(/['’]s?$/u, "");

/**
 * `sideOfRole`: the state or organisation a role's own words name, "Armenian foreign minister",
 * "South Korean President", "Qatar's foreign ministry spokesman", "State Department spokesman",
 * "UN Secretary-General", or a title only one state uses ("Secretary of State", "Taoiseach").
 */
export function sideOfRole(role: string): string | undefined {
  if (FORMER.test(role)) return undefined;
  const national = NATIONAL_TITLES.find((t) => t.title.test(role));
  // a state the role names outside the title ("India's foreign secretary") before the title's
  const outside = national ? role.replace(national.title, " ") : role;
  return stateNamedInRole(outside) ?? national?.side;
}

/**
 * The state of a title most often one state's ("Foreign Secretary" is British, but India and
 * Pakistan have one too), when the role names no state of its own: a side only when the report
 * names that state somewhere, never from the title alone.
 */
function titleOnlySide(role: string): string | undefined {
  const national = NATIONAL_TITLES.find((t) => t.title.test(role));
  if (!national?.shared || stateNamedInRole(role.replace(national.title, " "))) return undefined;
  return national.side;
}

/** Every state or organisation a report names, by name, initials, capital or demonym. */
function statesNamed(sentences: readonly SentenceMentions[]): Set<string> {
  const named = new Set<string>();
  for (const { tokens } of sentences)
    for (const [i, t] of tokens.entries()) {
      if (!/^\p{Lu}/u.test(t.text)) continue;
      const word = withoutPossessive(t.text);
      const pair = `${word} ${withoutPossessive(tokens[i + 1]?.text ?? "")}`;
      for (const entry of [
        entityNamed(word),
        entityNamed(pair),
        entityOfDemonym(word),
        entityOfDemonym(pair),
        stateOfCapital(word),
        stateOfCapital(pair),
      ])
        if (entry) named.add(entry.name);
    }
  return named;
}

/** "a Russian speaker": a language someone speaks, not the Speaker of a parliament. */
const LANGUAGE_SPEAKER = /^speakers?$/;

function stateNamedInRole(role: string): string | undefined {
  const words = role
    .split(/\s+/)
    .filter((w) => w && !BIOGRAPHY_COMPOUND.test(bareWord(w)))
    .flatMap((w) => w.split("-"))
    .filter(Boolean);
  // "Envoy for Serbia and Kosovo", "Ambassador to Russia": a state after to/for/on (until an
  // "of") is the one the role deals with, not its side, unless possessive ("for Russia's ministry").
  let complement = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    if (/^(?:to|for|on)$/i.test(word)) complement = true;
    else if (/^of$/i.test(word)) complement = false;
    if (complement && !/['’]s?$/u.test(word)) continue;
    for (const { words: form, entry } of entityFormsStartingWith(word)) {
      const slice = words.slice(i, i + form.length);
      if (slice.length !== form.length) continue;
      // a metonym in lower case ("the alliance") is an ordinary phrase inside a role
      if (!/^\p{Lu}/u.test(slice.at(-1) ?? "")) continue;
      // "Northern Ireland Secretary": a capitalised word before the state makes another place
      if (i > 0 && /^\p{Lu}/u.test(words[i - 1] ?? "") && !isRoleWordText(words[i - 1] ?? ""))
        continue;
      if (slice.every((w, k) => bareWord(w).toLowerCase() === form[k])) return entry.name;
    }
    const pair = `${word} ${words[i + 1] ?? ""}`;
    const two = entityOfDemonym(pair);
    const one = two ? undefined : entityOfDemonym(bareWord(word));
    const next = words[i + (two ? 2 : 1)] ?? "";
    if ((two ?? one) && LANGUAGE_SPEAKER.test(next)) continue;
    const demonym = two ?? one;
    if (demonym) return demonym.name;
  }
  return undefined;
}

/** A word of a title ("Foreign", "Minister", "UN"): it may stand before a state in a role. */
function isRoleWordText(word: string): boolean {
  const w = bareWord(word).toLowerCase();
  return ROLE_KEYWORDS.has(w) || ROLE_MODIFIERS.has(w) || /^\p{Lu}{2,6}$/u.test(bareWord(word));
}

/** A role noun refers back at most this many sentences. */
const RECENT_SENTENCES = 4;

/** At most this many words from one person's name to the other's in a relation. */
const MAX_RELATION_SPAN = 24;

/** What links two people of one sentence: the dependent works or speaks for the head. */
interface Relation {
  dependent: Person;
  head: Person;
  source: string;
}

/**
 * Reads every person's side (see the file comment), strongest evidence first: a role's words, a
 * side named for the whole sentence, the person worked or spoken for, the capital a sentence opens
 * with. `resolve` is the one person a mention is, or undefined when it is unknown or ambiguous.
 * `datelinePlace`: where the report was filed; a sentence opening "In <that place>," says nothing
 * about anyone's side.
 */
export function readSides(
  sentences: SentenceMentions[],
  resolve: (m: Mention) => Person | undefined,
  datelinePlace?: string,
  everyone?: readonly Person[],
  date?: string,
): Map<Person, SideFinding> {
  const sides = new Map<Person, SideFinding>();
  const set = (p: Person, side: string, source: string) => {
    if (!sides.has(p)) sides.set(p, { side, source });
  };
  const relations: Relation[] = [];
  const fromCapital: Array<{ person: Person; side: string; source: string }> = [];
  const datelineSide = datelinePlace ? entityNamed(datelinePlace)?.name : undefined;
  const statesInReport = statesNamed(sentences);
  const government = governmentState(sentences);

  /** The states the sentence before lists after a plural role ("the leaders of A, B and C"). */
  let previousStates: { states: string[]; source: string } | undefined;
  /** The person the sentence before was about: who "His deputy, X" depends on. */
  let previousSubject: Person | undefined;
  /** Role nouns that name a state, with the people named shortly before them. */
  const roleNouns: Array<{ m: Mention; tokens: Token[]; recent: Person[] }> = [];
  /** Where each person was last named, by sentence. */
  const lastNamed = new Map<Person, number>();
  for (const [index, { tokens, mentions }] of sentences.entries()) {
    for (const m of mentions) {
      if (m.kind === "name") {
        const p = resolve(m);
        if (p) lastNamed.set(p, index);
      } else if (m.kind === "role" && everyone && sideOfRole(m.text)) {
        // "The Turkish president added": someone named in this sentence or the few before it
        const recent = everyone.filter(
          (p) => index - (lastNamed.get(p) ?? -1e9) <= RECENT_SENTENCES,
        );
        roleNouns.push({ m, tokens, recent });
      }
    }
    const names = mentions
      .filter((m) => m.kind === "name")
      .map((m) => ({ m, p: resolve(m) }))
      .filter((x): x is { m: Mention; p: Person } => x.p !== undefined);
    // "the three IGAD special envoys: Ethiopia's A, Kenya's B and Sudan's C": a body's members
    // act for the body, whatever state each comes from
    const members = membersListed(tokens, names);
    if (members)
      for (const x of members.names) set(x.p, members.side, `${members.source} … ${x.m.text}`);
    for (const { m, p } of names) {
      // the role next to this mention, else the one read for the person elsewhere
      const role = m.role ?? p.role;
      // the person's role may have been read further since (a group's: groups.ts)
      const side =
        (role && p.role?.source === role.source ? p.role.side : undefined) ??
        role?.side ??
        (role ? (sideOfRole(role.role) ?? itsSide(tokens, m, role.role)) : undefined);
      const unsure = role && side && side === titleOnlySide(role.role) && !statesInReport.has(side);
      if (side && role && !unsure) set(p, side, role.source);
      // "the head of the government delegation" when the report names one state's government
      if (
        !side &&
        role &&
        government &&
        /\bgovernment\b/i.test(role.role) &&
        !/['’]s\b/u.test(role.role)
      )
        set(p, government, `${role.source} (the government of ${government})`);
      const counterpart = counterpartSide(tokens, m);
      if (counterpart) set(p, counterpart.side, counterpart.source);
      // "President Emmanuel Macron of France", "Foreign Minister Park Jin of South Korea"
      const state = stateAfterOf(tokens, m.last);
      if (state) set(p, state.side, spanText(tokens, m.from, state.last));
      // "issued by the Quai d'Orsay on behalf of Foreign Minister X": the office acts for its state
      const office = officeOnBehalfOf(tokens, m.from);
      if (office) set(p, office.side, spanText(tokens, office.first, m.last));
      // "signed by Y, Secretary of State to the Minister, for Tunisia": the side signed for
      const signedFor = forStateAfter(tokens, m.role?.end ?? m.last);
      if (signedFor) set(p, signedFor.side, spanText(tokens, m.first, signedFor.last));
      // "Peru was represented by the President of the Council of Ministers, Alberto Otárola"
      const represented = representedBy(tokens, m.from);
      if (represented) set(p, represented.side, spanText(tokens, represented.first, m.last));
      // "Australia's Anthony Albanese": a state's possessive right before the name
      const owner = statePossessiveBefore(tokens, m.from) ?? stateRoleSetOffBefore(tokens, m.from);
      if (owner) set(p, owner.side, spanText(tokens, owner.first, m.last));
    }
    const host = receivedAt(tokens, names);
    if (host) set(host.person, host.side, host.source);
    const named = sentenceSide(tokens);
    if (named) for (const { p } of names) set(p, named.side, named.source);
    for (const found of sidePhrases(tokens, names)) set(found.person, found.side, found.source);
    // "Lula had brought his foreign minister, A; …; and B", "The Australian delegation also
    // included A and B": the people a delegation brings act for its side
    const companions = delegationMembers(tokens, names, government);
    if (companions?.side)
      for (const x of companions.members)
        set(x.p, companions.side, `${companions.source} … ${x.m.text}`);
    else if (companions?.head)
      for (const x of companions.members)
        relations.push({
          dependent: x.p,
          head: companions.head,
          source: `${companions.source} … ${x.m.text}`,
        });
    for (const a of names)
      for (const b of names) {
        // a relation is said in a few words: "Erdogan's chief adviser for foreign policy, Kilic"
        if (a.p === b.p || Math.abs(a.m.first - b.m.first) > MAX_RELATION_SPAN) continue;
        const source = relationText(tokens, a.m, b.m);
        if (source) relations.push({ dependent: a.p, head: b.p, source });
      }
    // "His deputy, Kim Tae-hyo, said …": the relation is to the person the sentence before was about
    const opening = names[0];
    if (
      previousSubject &&
      opening &&
      opening.m.first === 2 &&
      /^(?:his|her)$/i.test(tokens[0]?.text ?? "") &&
      isRelationWord(tokens[1]) &&
      // a counterpart is on the other side
      !/^(?:counterparts?|colleagues?|opposite|rivals?)$/i.test(tokens[1]?.text ?? "") &&
      /^\s*,\s*$/.test(tokens[1]?.post ?? "") &&
      opening.p !== previousSubject
    )
      relations.push({
        dependent: opening.p,
        head: previousSubject,
        source: `${spanText(tokens, 0, opening.m.last)} (${tokens[0]?.text} = ${previousSubject.name})`,
      });
    relations.push(...pronounRelations(tokens, names, previousSubject));
    // "The leaders of France, Germany and Italy …" then "President A, Chancellor B and Prime
    // Minister C arrived …": the next sentence's opening list of as many names, in order
    const listed = openingNameList(tokens, names);
    if (previousStates && listed.length === previousStates.states.length)
      listed.forEach((x, n) => {
        set(x.p, previousStates?.states[n] as string, `${previousStates?.source} … ${x.m.text}`);
      });
    previousStates = statesListed(tokens);
    const subject = clauseSubjectVerb(tokens, mentions)?.mention;
    previousSubject = subject?.kind === "name" ? resolve(subject) : undefined;
    const capital = capitalOpening(tokens, names) ?? homeward(tokens, names);
    if (capital && capital.side !== datelineSide) fromCapital.push(capital);
  }

  // the office each person held on the talks' date, looked up once
  const held = new Map<Person, OfficeHolder>();
  if (date)
    for (const p of everyone ?? []) {
      const found =
        [p.name, ...p.aliases].map((n) => officeHeldOn(n, date)).find((x) => x !== undefined) ??
        // "President Biden": a surname with the office as its title
        (p.role && !p.role.of ? officeHeldByTitle(p.name, p.role.role, date) : undefined);
      if (found) held.set(p, found);
    }
  // "Max Blain, Mr Hale's official spokesman": the role is relative to the one person the report
  // names so ("Hale" a word of their name)
  for (const p of everyone ?? []) {
    const of = p.role?.of?.split(" ");
    if (!of || !p.role) continue;
    const named = (everyone ?? []).filter(
      (q) =>
        q !== p && [q.name, ...q.aliases].some((n) => of.every((w) => n.split(" ").includes(w))),
    );
    const q = named.length === 1 ? named[0] : undefined;
    if (q) relations.push({ dependent: p, head: q, source: p.role.source });
  }
  // "the Chancellor's foreign policy adviser, Jens Plötner": the role is relative to a role noun
  for (const p of everyone ?? []) {
    const head = p.role ? possessiveRoleHead(p.role.role) : undefined;
    if (!head || !p.role) continue;
    const wanted = head.toLowerCase().split(" ");
    // the role's own words, not as a possessive: "Korean president's adviser" is no president
    const holds = (q: Person, role: string | undefined) => {
      const own = new Set((role ?? "").toLowerCase().split(/[\s,-]+/));
      return q !== p && wanted.every((w) => own.has(w));
    };
    // a role relative to someone ("chief of staff to the President") is no holder's
    const holders = (everyone ?? []).filter((q) => !q.role?.of && holds(q, q.role?.role));
    // someone the report names without the title who held it then ("the president's daughter"
    // with Trump never called president) makes the head ambiguous
    const untitled = (everyone ?? []).some(
      (q) => !holders.includes(q) && holds(q, held.get(q)?.office),
    );
    const q = holders.length === 1 && !untitled ? holders[0] : undefined;
    if (q) relations.push({ dependent: p, head: q, source: p.role.source });
  }

  const propagate = () => {
    for (let changed = true; changed; ) {
      changed = false;
      for (const r of relations) {
        const head = sides.get(r.head);
        const dependent = sides.get(r.dependent);
        if (head && !dependent) sides.set(r.dependent, { side: head.side, source: r.source });
        else if (dependent && !head) sides.set(r.head, { side: dependent.side, source: r.source });
        else continue;
        changed = true;
      }
    }
  };
  propagate();
  // then what a reader knows: who held which office on the talks' date ("President Biden")
  for (const [p, office] of held)
    set(
      p,
      office.side,
      `${p.name}: ${office.office}, ${office.side}, from ${office.from} (office holders)`,
    );
  propagate();
  for (const { m, tokens, recent } of roleNouns) {
    const found = sideOfRoleNoun(m, recent, sides);
    if (found) set(found.person, found.side, spanText(tokens, m.first, m.last));
  }
  propagate();
  for (const c of fromCapital) set(c.person, c.side, c.source);
  propagate();
  propagate();
  return sides;
}

/**
 * `sideOfRoleNoun`: "The Turkish president added …" after "President Recep Tayyip Erdogan": a role
 * noun that names a state is the one person whose role has its other words and whose side is not
 * known yet, when nobody of that side has such a role ("the Russian president" is then Putin) and
 * no other person fits.
 */
export function sideOfRoleNoun(
  m: Mention,
  everyone: readonly Person[],
  sides: ReadonlyMap<Person, SideFinding>,
): { person: Person; side: string } | undefined {
  if (m.kind !== "role") return undefined;
  const words = m.text.split(/\s+/).map((w) => bareWord(w));
  const side = sideOfRole(m.text);
  if (!side) return undefined;
  const rest = words
    .filter((w) => !entityNamed(w) && !entityOfDemonym(w))
    .map((w) => w.toLowerCase());
  if (!rest.some((w) => ROLE_KEYWORDS.has(w))) return undefined;
  const fitting = everyone.filter((p) => {
    if (!p.role) return false;
    const own = new Set(
      p.role.role
        .toLowerCase()
        .split(/[\s-]+/)
        .map(bareWord),
    );
    return rest.every((w) => own.has(w));
  });
  const sideOf = (p: Person) => sides.get(p)?.side ?? p.role?.side;
  if (fitting.some((p) => sideOf(p) === side)) return undefined;
  const open = fitting.filter((p) => sideOf(p) === undefined);
  return open.length === 1 && open[0] ? { person: open[0], side } : undefined;
}

/** Every side of an article's people, resolving mentions with `people` (one person only). */
export function sidesOfPeople(
  people: People,
  sentences: SentenceMentions[],
  datelinePlace?: string,
  date?: string,
): Map<Person, SideFinding> {
  return readSides(
    sentences,
    (m) => {
      const found = people.candidates(m);
      // "the environment minister, Ms Silva" with Marina Silva and Luiz Inácio Lula da Silva:
      // the honorific's gender against a first name's
      const fitting =
        found.length > 1 && m.kind === "name" && m.gender
          ? found.filter((p) => p.gender === m.gender)
          : found;
      return fitting.length === 1 ? fitting[0] : undefined;
    },
    datelinePlace,
    people.all,
    date,
  );
}

/** A state or its demonym in one or two words ending at token `i` ("Turkish", "South Korean", "Japan's"). */
function sideEndingAt(tokens: Token[], i: number): string | undefined {
  const one = tokens[i]?.text ?? "";
  const two = `${tokens[i - 1]?.text ?? ""} ${one}`;
  return (
    (entityOfDemonym(two) ?? entityNamed(two) ?? entityOfDemonym(one) ?? entityNamed(one))?.name ??
    undefined
  );
}

/**
 * "the European Union, represented by its foreign policy chief, Federica Mogherini", "The African
 * Union was represented by the chairperson of its commission, X": a role with "its" belongs to the
 * last state or organisation named before it in the sentence.
 */
function itsSide(tokens: Token[], m: Mention, role: string): string | undefined {
  if (!/(?:^|\s)its\s/i.test(role)) return undefined;
  for (let i = m.from - 1; i >= 0; i--) {
    const side = sideEndingAt(tokens, i);
    if (side && /^\p{Lu}/u.test(tokens[i]?.text ?? "")) return side;
  }
  return undefined;
}

/**
 * "Peru was represented by X", "the European Union, represented by X": the state or organisation
 * named just before "represented by" acts through the person named (with their role set off before
 * the name) right after it. `from`: the first token of the name with that role.
 */
function representedBy(tokens: Token[], from: number): { side: string; first: number } | undefined {
  let by = from - 1;
  while (by > 0 && /^(?:the|a|an|its|his|her|their)$/i.test(tokens[by]?.text ?? "")) by--;
  if (!/^by$/i.test(tokens[by]?.text ?? "") || !/^represented$/i.test(tokens[by - 1]?.text ?? ""))
    return undefined;
  let at = by - 2;
  if (/^(?:was|is|were|are|been|be)$/i.test(tokens[at]?.text ?? "")) at--;
  if (/^(?:also|later)$/i.test(tokens[at]?.text ?? "")) at--;
  const side = sideEndingAt(tokens, at);
  if (!side || !/^\p{Lu}/u.test(tokens[at]?.text ?? "")) return undefined;
  const two = `${tokens[at - 1]?.text ?? ""} ${tokens[at]?.text ?? ""}`;
  const first = entityNamed(two) || entityOfDemonym(two) ? at - 1 : at;
  return { side, first };
}

/**
 * ", for the European Union," or ", for Tunisia." set off after a name or its role (token `last`):
 * the state or organisation the person signs or acts for.
 */
function forStateAfter(tokens: Token[], last: number): { side: string; last: number } | undefined {
  if (!/,\s*$/.test(tokens[last]?.post ?? "") || !/^for$/i.test(tokens[last + 1]?.text ?? ""))
    return undefined;
  let at = last + 2;
  if (/^the$/i.test(tokens[at]?.text ?? "")) at++;
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(at, at + n);
    if (words.length < n || words.slice(0, -1).some((t) => !/^\s*$/.test(t.post))) continue;
    const end = words.at(-1);
    // the phrase ends there: "for Tunisia.", "for the European Union, and by …"
    if (!end || !/^\s*[,.;]/.test(end.post)) continue;
    const entity = entityNamed(words.map((t) => t.text).join(" "));
    if (entity && /^\p{Lu}/u.test(words[0]?.text ?? ""))
      return { side: entity.name, last: at + n - 1 };
  }
  return undefined;
}

/** "… of France", "… of Bosnia and Herzegovina" right after a name: the state and its last token. */
function stateAfterOf(tokens: Token[], last: number): { side: string; last: number } | undefined {
  if (!/^\s*$/.test(tokens[last]?.post ?? "") || !/^of$/i.test(tokens[last + 1]?.text ?? ""))
    return undefined;
  // "of the Republic of Serbia"; longest first: "Bosnia and Herzegovina", "South Korea", "Serbia";
  // "of the Netherlands": a state whose name takes "the"
  const form = afterStateForm(tokens, last + 2);
  const at =
    form === last + 2 &&
    /^the$/i.test(tokens[form]?.text ?? "") &&
    /^\s*$/.test(tokens[form]?.post ?? "")
      ? form + 1
      : form;
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(at, at + n);
    if (words.length < n || words.slice(0, -1).some((t) => !/^\s*$/.test(t.post))) continue;
    const entity = entityNamed(words.map((t) => t.text).join(" "));
    if (entity) return { side: entity.name, last: at + n - 1 };
  }
  return undefined;
}

/**
 * "Australia's Anthony Albanese", "South Korea's Yoon": the state whose possessive stands right
 * before a mention (its role words included), written with a capital.
 */
function statePossessiveBefore(
  tokens: Token[],
  from: number,
): { side: string; first: number } | undefined {
  const before = tokens[from - 1];
  if (!before || !possessive(before) || !/^\s*$/.test(before.post)) return undefined;
  for (const width of [2, 1]) {
    const words = tokens.slice(from - width, from);
    if (words.length < width || !words.every((t) => /^\p{Lu}/u.test(t.text))) continue;
    const entity = entityNamed(words.map((t) => t.text).join(" "));
    if (entity) return { side: entity.name, first: from - width };
  }
  return undefined;
}

/** At most this many words of a role set off before a name: "Chad's transitional military leader". */
const MAX_SET_OFF_ROLE = 4;

/**
 * `stateRoleSetOffBefore`: "Qatar's ruler, Emir Sheikh Tamim", "Chad's transitional leader,
 * General Mahamat Deby": a state's possessive and role words set off by a comma before a name
 * with its own title; the role said first is the state's.
 */
function stateRoleSetOffBefore(
  tokens: Token[],
  from: number,
): { side: string; first: number } | undefined {
  const comma = tokens[from - 1];
  if (!comma || !/^\s*,\s*$/.test(comma.post)) return undefined;
  for (let k = from - 1; k >= Math.max(0, from - MAX_SET_OFF_ROLE); k--) {
    const t = tokens[k] as Token;
    if (k < from - 1 && !/^\s+$/.test(t.post)) return undefined;
    if (possessive(t)) {
      // an office, not a tie of another kind ("Russia's neighbour, President X" is no Russian)
      const words = tokens.slice(k + 1, from);
      if (!words.some((w) => isRelationWord(w) || /^rulers?,?$/i.test(w.text))) return undefined;
      const found = statePossessiveBefore(tokens, k + 1);
      return found ? { side: found.side, first: found.first } : undefined;
    }
    if (!/^\p{Ll}/u.test(t.text) || t.tags.has("Verb")) return undefined;
  }
  return undefined;
}

/**
 * "the Quai d'Orsay on behalf of Foreign Minister X", "Downing Street, on behalf of X": a state,
 * its capital or an office of its government (a metonym of the gazetteer) acting on behalf of a
 * person is that person's state. The office stands at most four words before "on behalf of".
 */
function officeOnBehalfOf(
  tokens: Token[],
  from: number,
): { side: string; first: number } | undefined {
  const words = tokens.slice(Math.max(0, from - 3), from).map((t) => t.text.toLowerCase());
  if (words.join(" ") !== "on behalf of") return undefined;
  for (let end = from - 4; end >= Math.max(0, from - 8); end--) {
    for (const width of [3, 2, 1]) {
      const span = tokens.slice(end - width + 1, end + 1);
      if (span.length < width || !/^\p{Lu}/u.test(span[0]?.text ?? "")) continue;
      const entity = entityNamed(span.map((t) => t.text).join(" "));
      if (entity) return { side: entity.name, first: end - width + 1 };
    }
  }
  return undefined;
}

/** Words that say a person is received by a host: "to be received by", "was welcomed by". */
const RECEIVED = /^(?:received|welcomed|hosted|greeted)$/i;

/**
 * `receivedAt`: "… will travel on to Cairo, where he is to be received by President Abdel Fattah
 * al-Sisi", "… flies on to Fiji on Tuesday, where he is to be received by Prime Minister Sitiveni
 * Rabuka": the host who receives a visitor in a state or its capital acts for it. The host is the
 * name right after "received by" (role words between), and the sentence names exactly one state
 * or capital, after "to" or "in".
 */
function receivedAt(
  tokens: Token[],
  names: Array<{ m: Mention; p: Person }>,
): { person: Person; side: string; source: string } | undefined {
  const at = tokens.findIndex(
    (t, i) => RECEIVED.test(t.text) && /^by$/i.test(tokens[i + 1]?.text ?? ""),
  );
  if (at < 0) return undefined;
  const host = names.find((x) => x.m.from === at + 2 || x.m.first === at + 2);
  if (!host) return undefined;
  const places = new Set<string>();
  let source = "";
  for (let i = 0; i < tokens.length; i++) {
    if (!/^(?:to|in)$/i.test(tokens[i]?.text ?? "")) continue;
    const place = tokens[i + 1];
    if (!place || !/^\p{Lu}/u.test(place.text)) continue;
    const pair = `${place.text} ${tokens[i + 2]?.text ?? ""}`;
    const entity =
      stateOfCapital(withoutPossessive(pair)) ??
      stateOfCapital(withoutPossessive(place.text)) ??
      entityNamed(pair) ??
      entityNamed(place.text);
    if (!entity) continue;
    places.add(entity.name);
    source = spanText(tokens, i, i + 1);
  }
  const [side] = [...places];
  if (places.size !== 1 || !side) return undefined;
  return { person: host.p, side, source: `${source} … ${spanText(tokens, at, host.m.last)}` };
}

/** "his Turkish counterpart, Hakan Fidan": the demonym before "counterpart" is the person's side. */
function counterpartSide(tokens: Token[], m: Mention): SideFinding | undefined {
  for (let i = m.first - 1; i >= Math.max(1, m.first - 3); i--) {
    if (!/^(?:counterpart|colleague)$/i.test(tokens[i]?.text ?? "")) continue;
    const side = sideEndingAt(tokens, i - 1);
    return side ? { side, source: spanText(tokens, i - 1, m.last) } : undefined;
  }
  return undefined;
}

/** "On the North Korean side: …", "On the American side, …": a side for everyone the sentence names. */
function sentenceSide(tokens: Token[]): SideFinding | undefined {
  const at = tokens.findIndex((t) => /^on$/i.test(t.text));
  if (at < 0 || at > 2 || !/^the$/i.test(tokens[at + 1]?.text ?? "")) return undefined;
  for (const width of [1, 2]) {
    const noun = tokens[at + 2 + width];
    if (!noun || !/^side$/i.test(noun.text) || !/[,:]/.test(noun.post)) continue;
    const side = sideEndingAt(tokens, at + 1 + width);
    if (side) return { side, source: spanText(tokens, at, at + 2 + width) };
  }
  return undefined;
}

/** Where a side phrase ends: a clause of its own, or another phrase. */
const CLAUSE_END = /[;:]/;

/**
 * `sidePhrases`: "to be led on the Chinese side by Vice-Premier A and on the Indian side by
 * Finance Minister B", "brought together, on the Brazilian side, A, B and C", "Plötner sat on the
 * German side of the table": a side phrase inside a sentence is the side of the names after it, up
 * to the next such phrase, a verb or the clause's end; with none there, of the name just before
 * it. "The Russian side of the border" is a place, not a side: only "of the table" may follow.
 */
function sidePhrases(
  tokens: Token[],
  names: Array<{ m: Mention; p: Person }>,
): Array<{ person: Person; side: string; source: string }> {
  const phrases: Array<{ at: number; end: number; side: string }> = [];
  for (let at = 1; at < tokens.length - 3; at++) {
    if (!/^on$/i.test(tokens[at]?.text ?? "") || !/^the$/i.test(tokens[at + 1]?.text ?? ""))
      continue;
    for (const width of [1, 2]) {
      const end = at + 2 + width;
      if (!/^side$/i.test(tokens[end]?.text ?? "")) continue;
      if (
        /^of$/i.test(tokens[end + 1]?.text ?? "") &&
        !/^(?:the )?tables?$/i.test(spanText(tokens, end + 2, end + 3).replace(/[.,;:]$/, ""))
      )
        continue;
      const side = sideEndingAt(tokens, end - 1);
      if (side && /^\p{Lu}/u.test(tokens[at + 2]?.text ?? "")) phrases.push({ at, end, side });
      break;
    }
  }
  const found: Array<{ person: Person; side: string; source: string }> = [];
  for (const [k, phrase] of phrases.entries()) {
    const limit = phrases[k + 1]?.at ?? tokens.length;
    const after: Array<{ m: Mention; p: Person }> = [];
    for (const x of names) {
      if (x.m.from <= phrase.end || x.m.first >= limit) continue;
      const between = tokens.slice(phrase.end, x.m.from);
      if (between.some((t) => t.tags.has("Verb") || CLAUSE_END.test(t.post))) break;
      after.push(x);
    }
    for (const x of after)
      found.push({
        person: x.p,
        side: phrase.side,
        source: `${spanText(tokens, phrase.at, phrase.end)} … ${x.m.text}`,
      });
    if (after.length > 0) continue;
    // "Plötner sat on the German side": the name a few words before, with no clause between
    const before = names.filter((x) => x.m.last < phrase.at).at(-1);
    if (!before || phrase.at - before.m.last > 3) continue;
    const between = tokens.slice(before.m.last, phrase.at);
    if (between.some((t) => /[,;:.]/.test(t.post) || t.quote !== undefined)) continue;
    found.push({
      person: before.p,
      side: phrase.side,
      source: spanText(tokens, before.m.first, phrase.end),
    });
  }
  return found;
}

/** Verbs by which a leader or delegation brings people with it: "Lula had brought A and B". */
const BRINGS = /^(?:brought|includes|included|include|comprises|comprised)$/i;
/** Words between a subject and its verb that change nothing: "had also brought". */
const AUXILIARY = /^(?:had|has|have|also|again|was|is|were|are)$/i;

/**
 * `delegationMembers`: "Lula had brought his foreign minister, Mauro Vieira; …; and the
 * environment minister, Ms Silva" (the head is the person who brought them), "The Australian
 * delegation also included the foreign minister, A, and the trade minister, B" (the side is the
 * delegation's state; "the government delegation" is `government`'s): everyone named after the
 * verb, up to the sentence's end.
 */
function delegationMembers(
  tokens: Token[],
  names: Array<{ m: Mention; p: Person }>,
  government: string | undefined,
):
  | { head?: Person; side?: string; source: string; members: Array<{ m: Mention; p: Person }> }
  | undefined {
  const verb = tokens.findIndex((t) => BRINGS.test(t.text) && t.tags.has("Verb"));
  if (verb < 1) return undefined;
  let before = verb - 1;
  while (before > 0 && AUXILIARY.test(tokens[before]?.text ?? "")) before--;
  const members = names.filter((x) => x.m.from > verb);
  if (members.length === 0) return undefined;
  const head = names.find((x) => x.m.last === before && x.m.from <= 1);
  if (head && !members.some((x) => x.p === head.p))
    return { head: head.p, source: spanText(tokens, head.m.from, verb), members };
  // "The Australian delegation (also) included", "The government delegation is led by A … and
  // includes B": the sentence opens with the delegation
  const delegation = tokens.slice(0, 4).findIndex((t) => /^delegation$/i.test(t.text));
  if (delegation < 1) return undefined;
  const side = /^government$/i.test(tokens[delegation - 1]?.text ?? "")
    ? government
    : sideEndingAt(tokens, delegation - 1);
  return side ? { side, source: spanText(tokens, 0, verb), members } : undefined;
}

/**
 * `governmentState`: the one state whose government the report names ("Ethiopia's government and
 * the Oromo Liberation Army", "the Colombian government"), the government of "the government
 * delegation" in a report of talks between a government and a group; undefined for none or two.
 */
function governmentState(sentences: readonly SentenceMentions[]): string | undefined {
  const found = new Set<string>();
  for (const { tokens } of sentences)
    for (const [i, t] of tokens.entries()) {
      if (!/^government$/i.test(t.text) || i === 0) continue;
      const side = sideEndingAt(tokens, i - 1);
      if (side && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? "")) found.add(side);
    }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Plural words for the people who act for a body: "the three IGAD special envoys". */
const MEMBER_NOUNS = /^(?:envoys|mediators|representatives|delegates|negotiators|monitors)$/i;

/**
 * `membersListed`: an organisation, a plural noun of people acting for it and a colon, then the
 * names listed after it ("with the three IGAD special envoys between them: Ethiopia's Seyoum
 * Mesfin, …, Kenya's Lazarus Sumbeiywo and Sudan's Mohammed al-Dabi"): each name is the
 * organisation's. Only an organisation (the UN, the AU, IGAD), never a state: "the Ethiopian
 * mediators: A and B" is read by each name's own role.
 */
function membersListed(
  tokens: Token[],
  names: Array<{ m: Mention; p: Person }>,
): { side: string; source: string; names: Array<{ m: Mention; p: Person }> } | undefined {
  const colon = tokens.findIndex((t) => /:\s*$/.test(t.post));
  if (colon < 1) return undefined;
  const noun = tokens
    .slice(Math.max(0, colon - 4), colon + 1)
    .findLastIndex((t) => MEMBER_NOUNS.test(t.text.replace(/:$/, "")));
  if (noun < 0) return undefined;
  const at = Math.max(0, colon - 4) + noun;
  let side: string | undefined;
  let first = -1;
  for (let i = at - 1; i >= Math.max(0, at - 3) && !side; i--) {
    const entity = entityNamed(withoutPossessive(tokens[i]?.text ?? ""));
    // a body, not a state: states have a demonym, the UN, the AU or IGAD none (the EU is a body)
    if (entity && (entity.demonyms.length === 0 || entity.name === "European Union")) {
      side = entity.name;
      first = i;
    }
  }
  if (!side) return undefined;
  const listed = names.filter((x) => x.m.first > colon);
  return listed.length >= 2
    ? { side, source: spanText(tokens, first, colon), names: listed }
    : undefined;
}

/**
 * `statesListed`: "the leaders of France, Germany and Italy", "the foreign ministers of Armenia
 * and Azerbaijan": a plural role, "of", and two or more states separated by commas or "and".
 */
function statesListed(tokens: Token[]): { states: string[]; source: string } | undefined {
  for (let i = 1; i < tokens.length; i++) {
    if (!/^of$/i.test(tokens[i]?.text ?? "")) continue;
    const plural = (tokens[i - 1]?.text ?? "").toLowerCase();
    if (!/s$/.test(plural) || !ROLE_KEYWORDS.has(plural.replace(/s$/, ""))) continue;
    const states: string[] = [];
    let k = i + 1;
    while (k < tokens.length) {
      const pair = `${tokens[k]?.text ?? ""} ${tokens[k + 1]?.text ?? ""}`;
      const two = /^\s*$/.test(tokens[k]?.post ?? "") ? entityNamed(pair) : undefined;
      const entity = two ?? entityNamed(tokens[k]?.text ?? "");
      if (!entity || !/^\p{Lu}/u.test(tokens[k]?.text ?? "")) break;
      states.push(entity.name);
      const end = two ? k + 1 : k;
      const after = tokens[end + 1];
      if (/^\s*,\s*$/.test(tokens[end]?.post ?? "") && after) k = end + 1;
      else if (/^and$/i.test(after?.text ?? "")) k = end + 2;
      else {
        k = end;
        break;
      }
      if (/^and$/i.test(tokens[k]?.text ?? "")) k++;
    }
    if (states.length >= 2)
      return { states, source: spanText(tokens, i - 1, Math.min(k, tokens.length - 1)) };
  }
  return undefined;
}

/**
 * The names a sentence opens with as a list, "President A, Chancellor B and Prime Minister C",
 * each with its own role words: consecutive names separated by a comma or "and", the first at
 * the sentence's start. Empty when the sentence opens otherwise.
 */
function openingNameList(
  tokens: Token[],
  names: Array<{ m: Mention; p: Person }>,
): Array<{ m: Mention; p: Person }> {
  const list: Array<{ m: Mention; p: Person }> = [];
  for (const x of names) {
    const previous = list.at(-1);
    if (!previous) {
      if (x.m.from !== 0) return [];
    } else {
      const gap = x.m.from - previous.m.last;
      const comma = gap === 1 && /^\s*,\s*$/.test(tokens[previous.m.last]?.post ?? "");
      const and = gap === 2 && /^and$/i.test(tokens[previous.m.last + 1]?.text ?? "");
      if (!comma && !and) break;
    }
    list.push(x);
  }
  return list.length >= 2 && new Set(list.map((x) => x.p)).size === list.length ? list : [];
}

/** At most this many words between "his"/"whose" and the name: "his national security adviser, X". */
const MAX_RELATION_WORDS = 5;

/**
 * `pronounRelations`: "…, his spokesman Stéphane Dujarric said", "and his national security
 * adviser, Brent Scowcroft", "the minister, whose spokesperson, Ana Ruiz, told …": a relation
 * word after "his", "her" or "whose" makes the name after it depend on a person. For "whose",
 * that is the name right before it; for "his"/"her", the nearest name before in the sentence, or
 * with none, the person the sentence before was about. A counterpart is on the other side.
 * (The sentence-opening "His deputy, X," is read by `readSides` itself.)
 */
function pronounRelations(
  tokens: Token[],
  names: Array<{ m: Mention; p: Person }>,
  previousSubject: Person | undefined,
): Relation[] {
  const found: Relation[] = [];
  for (const dependent of names) {
    let at = -1;
    for (
      let i = dependent.m.first - 1;
      i >= Math.max(0, dependent.m.first - MAX_RELATION_WORDS - 1);
      i--
    ) {
      if (/^(?:his|her|whose)$/i.test(tokens[i]?.text ?? "")) {
        at = i;
        break;
      }
    }
    if (at < 0 || (at === 0 && /^(?:his|her)$/i.test(tokens[0]?.text ?? ""))) continue;
    const between = tokens.slice(at + 1, dependent.m.first);
    if (
      !between.some(isRelationWord) ||
      between.some((t) => /^(?:counterparts?|colleagues?|opposite|rivals?)$/i.test(t.text)) ||
      !plainWords(between.filter((t) => !/^of$/i.test(t.text))) ||
      between.slice(0, -1).some((t) => /[.;:,]/.test(t.post)) ||
      names.some((x) => x.m.first > at && x.m.first < dependent.m.first)
    )
      continue;
    const before = names.filter((x) => x.m.last < at && x.p !== dependent.p).at(-1);
    const whose = /^whose$/i.test(tokens[at]?.text ?? "");
    const head = whose
      ? before && before.m.last === at - 1
        ? before.p
        : undefined
      : (before?.p ?? previousSubject);
    if (!head || head === dependent.p) continue;
    found.push({
      dependent: dependent.p,
      head,
      source: `${spanText(tokens, at, dependent.m.last)} (${tokens[at]?.text} = ${head.name})`,
    });
  }
  return found;
}

/** A word that says one person works for, belongs to or speaks for another: "adviser", "aide", "sister". */
function isRelationWord(t: Token | undefined): boolean {
  if (!t) return false;
  const w = bareWord(t.text).toLowerCase();
  return ROLE_KEYWORDS.has(w) || RELATION_WORDS.has(w);
}

const possessive = (t: Token | undefined) => /['’]s?$/u.test(t?.text ?? "");
/**
 * No quote, verb or "and", except an "and" inside one role: joining two role words ("chief adviser
 * and spokesman") or two lower-case modifiers ("foreign and security policy adviser").
 */
const plainWords = (ts: Token[]) =>
  ts.every(
    (t, k) =>
      t.quote === undefined &&
      !t.tags.has("Verb") &&
      (!/^and$/i.test(t.text) ||
        (k > 0 && isRelationWord(ts[k - 1]) && isRelationWord(ts[k + 1])) ||
        (k > 0 && modifier(ts[k - 1]) && modifier(ts[k + 1]))),
  );

/** A lower-case word of a role before its head: "foreign", "security" (no verb, no punctuation). */
const modifier = (t: Token | undefined) =>
  t !== undefined && /^\p{Ll}+$/u.test(t.text) && !t.tags.has("Verb") && /^\s+$/.test(t.post);

/**
 * How `a` depends on `b` in one sentence, as the words that say so, or undefined:
 * "Erdogan's chief adviser for foreign policy, Kilic" and "Putin's aide Ushakov" (b's possessive
 * and a relation word before a); "Hajiyev, the foreign policy adviser to President Aliyev" and
 * "the chief adviser of President Anna Berg, Tom Lind" (a relation word, to/of/for, then b);
 * "Celso Amorim, the veteran diplomat who is President Lula's chief adviser"; "Wang Wenbin,
 * speaking for Foreign Minister Qin Gang" and "Miller said on behalf of Blinken".
 */
function relationText(tokens: Token[], a: Mention, b: Mention): string | undefined {
  if (b.last < a.first) {
    // b's … a ("Demir's chief adviser, Acar": the role words are a's)
    const between = tokens.slice(b.last + 1, a.first);
    if (
      possessive(tokens[b.last]) &&
      between.length <= 8 &&
      plainWords(between) &&
      between.some(isRelationWord) &&
      between.slice(0, -1).every((t) => !/[.;:]/.test(t.post))
    )
      return spanText(tokens, b.from, a.last);
    // "the chief adviser of President Berg, Lind": b set off as the end of a's role
    const of = tokens[b.from - 1];
    if (
      a.from === b.last + 1 &&
      /^\s*,\s*$/.test(tokens[b.last]?.post ?? "") &&
      /^(?:of|to|for)$/i.test(of?.text ?? "") &&
      isRelationWord(tokens[b.from - 2])
    )
      return spanText(tokens, b.from - 2, a.last);
    return undefined;
  }
  if (a.last >= b.first) return undefined;
  const between = tokens.slice(a.last + 1, b.from);
  const text = spanText(tokens, a.last + 1, b.from - 1).toLowerCase();
  if (between.length > 14 || between.some((t) => t.quote !== undefined)) return undefined;
  // "a, speaking for b", "a said on behalf of b"
  if (
    /^(?:,\s*)?(?:speaking|who spoke|said|says)?\s*(?:on behalf of|for)$/.test(text) &&
    (/behalf|speaking|spoke/.test(text) || /^spokes/i.test(a.role?.role ?? ""))
  )
    return spanText(tokens, a.from, b.last);
  if (!/^\s*,\s*$/.test(tokens[a.last]?.post ?? "")) return undefined;
  // "a, the adviser to b"
  const linking = between.at(-1);
  if (
    linking &&
    /^(?:of|to|for)$/i.test(linking.text) &&
    isRelationWord(between.at(-2)) &&
    plainWords(between)
  )
    return spanText(tokens, a.from, b.last);
  // "a, the veteran diplomat who is b's chief adviser"
  if (possessive(tokens[b.last]) && /\bwho (?:is|was|acts as|serves as)$/.test(text)) {
    const after = tokens.slice(b.last + 1, b.last + 6);
    const end = after.findIndex((t) => /[,.;:]/.test(t.post));
    const role = end >= 0 ? after.slice(0, end + 1) : after;
    if (role.some(isRelationWord) && plainWords(role))
      return spanText(tokens, a.from, b.last + role.length);
  }
  return undefined;
}

/**
 * The role noun another role is relative to: "Chancellor" in "Chancellor's foreign and security
 * policy adviser", "Korean president" in "Korean president's national security adviser".
 */
export function possessiveRoleHead(role: string): string | undefined {
  const words = role.split(/\s+/);
  const ofOffice = (w: string) =>
    ROLE_KEYWORDS.has(bareWord(w).toLowerCase()) || RELATION_WORDS.has(bareWord(w).toLowerCase());
  // "Presidential spokesperson": the President's
  if (/^presidential$/i.test(words[0] ?? "") && words.slice(1).some(ofOffice)) return "President";
  const at = words.findIndex((w) => /['’]s$/u.test(w));
  if (at < 0 || at === words.length - 1) return undefined;
  const head = words.slice(0, at + 1).map(bareWord);
  if (!ROLE_KEYWORDS.has((head.at(-1) ?? "").toLowerCase())) return undefined;
  if (!words.slice(at + 1).some(ofOffice)) return undefined;
  return head.filter((w) => !/^the$/i.test(w)).join(" ");
}

/** At most this many words from a person's name to "back to" their capital. */
const MAX_HOMEWARD_SPAN = 12;

/**
 * `homeward`: "Scholz flew back to Berlin", "Trump is heading back to Washington", "Weisglass, who
 * flew back to Israel with Sharon, …": the state or capital a person returns to is theirs. The
 * person is the name nearest before "back to", with nobody else named between.
 */
function homeward(
  tokens: Token[],
  names: Array<{ m: Mention; p: Person }>,
): { person: Person; side: string; source: string } | undefined {
  for (let i = 1; i < tokens.length - 2; i++) {
    if (!/^(?:back|home)$/i.test(tokens[i]?.text ?? "") || !/^to$/i.test(tokens[i + 1]?.text ?? ""))
      continue;
    const place = tokens[i + 2] as Token;
    const pair = `${place.text} ${tokens[i + 3]?.text ?? ""}`;
    const entity =
      stateOfCapital(withoutPossessive(pair)) ??
      stateOfCapital(withoutPossessive(place.text)) ??
      entityNamed(pair) ??
      entityNamed(place.text);
    const before = names.filter((x) => x.m.last < i).at(-1);
    if (!entity || !before || i - before.m.last > MAX_HOMEWARD_SPAN) continue;
    const between = tokens.slice(before.m.last + 1, i);
    if (between.some((t) => t.quote !== undefined || /^(?:he|she|they|[.;:])$/i.test(t.text)))
      continue;
    return {
      person: before.p,
      side: entity.name,
      source: spanText(tokens, before.m.first, i + 2),
    };
  }
  return undefined;
}

/**
 * "In Yerevan, X's chief of staff, Y, told …", "In Moscow, spokeswoman Z said …": a sentence that
 * opens with a state or its capital, and the person it then names first (who, with the people
 * linked to them, is taken to speak for it when nothing else says so).
 */
function capitalOpening(
  tokens: Token[],
  names: Array<{ m: Mention; p: Person }>,
): { person: Person; side: string; source: string } | undefined {
  if (!/^in$/i.test(tokens[0]?.text ?? "")) return undefined;
  let comma = -1;
  for (let i = 1; i <= 3 && i < tokens.length; i++) {
    if (/,/.test(tokens[i]?.post ?? "")) {
      comma = i;
      break;
    }
  }
  if (comma < 0) return undefined;
  const place = spanText(tokens, 1, comma).replace(/,$/, "");
  const entity = entityNamed(place.normalize("NFD").replace(/\p{M}/gu, "")) ?? entityNamed(place);
  const first = names[0];
  if (!entity || !first || first.m.from !== comma + 1) return undefined;
  return { person: first.p, side: entity.name, source: spanText(tokens, 0, first.m.last) };
}
