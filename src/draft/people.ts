// The people of an article: full names gathered from every mention, later surname mentions and
// spelling variants resolved to the same person, pronouns to the last person who spoke or acted.
import { levenshteinDistance } from "../text/edit-distance.ts";
import { entityNamed, entityOfDemonym, withoutPossessive } from "./gazetteer.ts";
import { MAX_SECTION_ITEMS } from "./limits.ts";
import type { Mention, RoleFinding } from "./mentions.ts";
import { ROLE_KEYWORDS } from "./vocabulary.ts";

/** A person the article names, with what the draft knows about them. */
export interface Person {
  name: string;
  role?: RoleFinding;
  /** Other spellings the article itself uses ("Grushko" next to "Gruschko"). */
  aliases: string[];
  gender?: "m" | "f";
  /**
   * The gender the article states in words about the person ("his sister", "spokeswoman"), not
   * guessed from a first name (compromise reads "Kim" as a woman's name).
   */
  statedGender?: "m" | "f";
  /** How many times a sentence attributes a quote to them. */
  quotes: number;
}

/** A name mention from a body sentence, in article order. */
export interface NameSighting {
  mention: Mention;
}

const surnameOf = (name: string) => name.split(" ").at(-1) ?? name;
const firstNameOf = (name: string) => (name.includes(" ") ? name.split(" ")[0] : undefined);

/**
 * `spellingVariant`: two spellings of one surname in the same article (Gruschko/Grushko): same
 * first letter, at least five letters, at most two edits apart (case-insensitive; Levenshtein, so two
 * swapped letters count as two edits).
 */
export function spellingVariant(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < 5) return false;
  return levenshteinDistance(a.toLowerCase(), b.toLowerCase(), 2) <= 2;
}

/** Keeps the people and resolves mentions to them, remembering who was named or spoke last. */
export class People {
  readonly all: Person[] = [];
  /**
   * Names of people past the first {@link MAX_SECTION_ITEMS}, not kept: a draft lists at most that
   * many participants, and keeping the people bounded keeps every lookup below cheap.
   */
  readonly leftOut = new Set<string>();
  /** Lookups by name or alias, by surname and by name part; built once the people are known. */
  private readonly index: PeopleIndex;

  /** Builds the people from the body's name mentions: full names first, then lone surnames. */
  /**
   * `nicknames`: a name set off right after a full name ("Rosângela Lula da Silva, Janja,") to
   * that full name; "Janja Lula da Silva" later is the same person.
   */
  constructor(
    sightings: NameSighting[],
    private readonly nicknames: ReadonlyMap<string, string> = new Map(),
  ) {
    const names = sightings.map((s) => s.mention).filter((m) => m.kind === "name");
    /** The first full name mentioned with each surname. */
    const fullBySurname = new Map<string, Mention>();
    for (const m of names) {
      if (m.text.includes(" ") && !fullBySurname.has(surnameOf(m.text)))
        fullBySurname.set(surnameOf(m.text), m);
    }
    for (const m of names.filter((x) => x.text.includes(" ") && x.evidence !== "plain"))
      this.addFull(m);
    for (const m of names.filter((x) => !x.text.includes(" "))) {
      const matches = this.bySurname(m.text);
      if (matches.length > 0) {
        // "the environment minister, Ms Silva" with Marina Silva and Lula da Silva: the role is
        // the one person's the surname and the honorific's gender leave, else nobody's
        const fitting =
          matches.length > 1 && m.gender
            ? matches.filter((p) => p.gender === undefined || p.gender === m.gender)
            : matches;
        const only = fitting.length === 1 ? fitting[0] : undefined;
        if (only && m.role) this.takeRole(only, m.role);
        continue;
      }
      // A part of one full name ("Zhang" of "Zhang Jun") is that person; of several ("Kim" of
      // three Kims), nobody can say which: not a new person either.
      if (this.all.filter((p) => p.name.split(" ").includes(m.text)).length >= 1) continue;
      const variant = this.all.find((p) => spellingVariant(surnameOf(p.name), m.text));
      if (variant) {
        if (!variant.aliases.includes(m.text)) variant.aliases.push(m.text);
        continue;
      }
      if (m.evidence === "plain") continue;
      // "welcomed Jeyhun Bayramov … Bayramov accused": the lone name proves the full one a person.
      const full = fullBySurname.get(m.text);
      this.addFull(full ? { ...full, evidence: m.evidence } : m);
    }
    this.index = indexOf(this.all);
    this.resolveRelativeRoles();
    // "Mr Kim" for one person only: the honorific states his gender, over a first name's guess.
    for (const m of names) {
      if (m.text.includes(" ") || !m.gender) continue;
      const found = this.candidates(m);
      const p = found[0];
      if (found.length !== 1 || !p) continue;
      p.statedGender ??= m.gender;
      p.gender = p.statedGender;
    }
  }

  /**
   * Roles read against another person: "his Turkish counterpart" mirrors the other's role with
   * the counterpart's state ("Russian Defence Minister" → "Turkish Defence Minister"); a role
   * relative to someone ("Erdogan's spokesman", "aide to Putin") takes that person's side.
   */
  private resolveRelativeRoles(): void {
    const only = (text: string | undefined) => {
      if (!text) return undefined;
      const found = this.candidates({
        kind: "name",
        text,
        first: 0,
        last: 0,
        from: 0,
        subject: false,
        evidence: "plain",
      });
      return found.length === 1 ? found[0] : undefined;
    };
    for (const p of this.all) {
      const other = only(p.role?.counterpartOf);
      if (other) this.mirrorCounterpart(p, other);
    }
    for (const p of this.all) {
      const other = only(p.role?.of);
      if (p.role && !p.role.side && other && other !== p && other.role?.side)
        p.role = { ...p.role, side: other.role.side };
      if (p.role && other && other !== p) p.role = { ...p.role, role: relativeTo(p.role, other) };
    }
  }

  /**
   * "his Turkish counterpart" of `other`, the Greek foreign minister: the Turkish foreign minister.
   * Nothing when `other` has no role or a relative one.
   */
  mirrorCounterpart(p: Person, other: Person): void {
    const role = p.role;
    if (!role || other === p || !other.role || other.role.counterpartOf) return;
    if (!/\bcounterparts?$/i.test(role.role)) return;
    p.role = {
      ...role,
      role: mirroredRole(other.role, role),
      source: `${role.source}, as ${other.name} is ${other.role.role}`,
    };
    delete p.role.counterpartOf;
  }

  /** True when a name mention refers to at least one known person. */
  knows(m: Mention): boolean {
    return m.kind !== "name" || this.candidates(m).length > 0;
  }

  /** Gives a person the role read for them elsewhere than next to their name (named-after-role.ts). */
  giveRole(p: Person, role: RoleFinding): void {
    if (!p.role) p.role = role;
  }

  /** Records that a person was just quoted. */
  spoke(person: Person): void {
    person.quotes++;
  }

  /**
   * Everyone a name or role mention may refer to, without guessing: one person when the reading is
   * unambiguous, several when a surname, a name part or a role is shared, none when unknown.
   * Pronouns are read by the discourse (discourse.ts), not here.
   */
  candidates(m: Mention): Person[] {
    if (m.kind === "pronoun") return [];
    if (m.kind === "role") return this.all.filter((p) => p.role && roleFits(m.text, p.role));
    const exact = this.index.exact.get(m.text);
    if (exact) return [exact];
    const found = this.byName(m);
    // "Mr Trump" with Donald and Ivanka Trump, "Mr Kim" with Kim Jong Un and his sister: an
    // honorific's gender rules out whoever is known to be of the other.
    let fitting = found;
    if (fitting.length > 1 && m.gender) {
      const ofGender = fitting.filter(
        (p) => p.statedGender === undefined || p.statedGender === m.gender,
      );
      if (ofGender.length > 0) fitting = ofGender;
    }
    // "said Macron" with Emmanuel and "Brigitte Macron, wife of the president": a relative named
    // for the relation is written with a first name; the bare surname is the principal's.
    if (fitting.length > 1 && !m.text.includes(" ")) {
      const principals = fitting.filter((p) => !isFamilyRole(p.role?.role));
      if (principals.length > 0) fitting = principals;
    }
    return fitting;
  }

  private byName(m: Mention): Person[] {
    const bySurname = this.index.surname.get(m.text.includes(" ") ? surnameOf(m.text) : m.text);
    if (bySurname && bySurname.length > 0) return bySurname;
    if (m.text.includes(" ")) return [];
    const partOf = this.index.part.get(m.text);
    if (partOf && partOf.length > 0) return partOf;
    // "al-Aiban" for "Al-Aiban": the same name but for the case.
    return this.index.lower.get(m.text.toLowerCase()) ?? [];
  }

  private bySurname(surname: string): Person[] {
    return this.all.filter(
      (p) => surnameOf(p.name) === surname || p.aliases.some((a) => surnameOf(a) === surname),
    );
  }

  private addFull(m: Mention): void {
    const same =
      this.all.find((p) => p.name === m.text || p.aliases.includes(m.text)) ??
      this.nicknamed(m.text);
    // "Mahdi Ali" after "Mahamat Mahdi Ali": the last words of one person's full name are theirs
    const tail = this.all.filter((p) => p.name.endsWith(` ${m.text}`));
    const variant =
      same ??
      (tail.length === 1 ? tail[0] : undefined) ??
      this.all.find(
        (p) =>
          firstNameOf(p.name) === firstNameOf(m.text) &&
          spellingVariant(surnameOf(p.name), surnameOf(m.text)),
      );
    if (variant) {
      if (variant.name !== m.text && !variant.aliases.includes(m.text))
        variant.aliases.push(m.text);
      if (m.role) this.takeRole(variant, m.role);
      return;
    }
    if (this.all.length >= MAX_SECTION_ITEMS) {
      this.leftOut.add(m.text);
      return;
    }
    const person: Person = { name: m.text, aliases: [], quotes: 0 };
    if (m.role) person.role = m.role;
    const stated = m.role ? genderOfRole(m.role.role) : undefined;
    const gender = m.gender ?? stated;
    if (gender) person.gender = gender;
    if (stated) person.statedGender = stated;
    this.all.push(person);
  }

  /** "Janja Lula da Silva" for "Rosângela Lula da Silva, Janja,": the nickname and the same surname. */
  private nicknamed(name: string): Person | undefined {
    const [first, ...rest] = name.split(" ");
    const full = this.nicknames.get(first ?? "");
    const p = full ? this.all.find((x) => x.name === full) : undefined;
    return p && rest.length > 0 && p.name.endsWith(` ${rest.join(" ")}`) ? p : undefined;
  }

  /**
   * Keeps the fuller role: "NATO Secretary General" over "Secretary General"; a relative one
   * ("his Turkish counterpart") only when there is no other.
   */
  private takeRole(p: Person, role: RoleFinding): void {
    const stated = genderOfRole(role.role);
    if (stated) {
      p.statedGender ??= stated;
      p.gender ??= stated;
    }
    // a counterpart's role is read against another's; a former office is not the one held now
    const relative = (r: RoleFinding) => /\bcounterpart$|^(?:a |the )?(?:former|ex-)/i.test(r.role);
    if (!p.role || (relative(p.role) && !relative(role))) p.role = role;
    else if (relative(role) === relative(p.role) && role.role.length > p.role.role.length)
      p.role = role;
  }
}

interface PeopleIndex {
  /** A name or alias to the first person with it. */
  exact: Map<string, Person>;
  /** A surname (of the name or of an alias) to its people, in order. */
  surname: Map<string, Person[]>;
  /** A word of a full name ("Zhang" of "Zhang Jun") to its people, in order. */
  part: Map<string, Person[]>;
  /** A surname in lower case to its people. */
  lower: Map<string, Person[]>;
}

/** The lookups of {@link People.lookup} as maps, so resolving a mention costs the same however many people there are. */
function indexOf(people: readonly Person[]): PeopleIndex {
  const index: PeopleIndex = {
    exact: new Map(),
    surname: new Map(),
    part: new Map(),
    lower: new Map(),
  };
  const add = (map: Map<string, Person[]>, key: string, p: Person) => {
    const list = map.get(key);
    if (!list) map.set(key, [p]);
    else if (list.at(-1) !== p) list.push(p);
  };
  for (const p of people) {
    for (const form of [p.name, ...p.aliases]) {
      if (!index.exact.has(form)) index.exact.set(form, p);
      add(index.surname, surnameOf(form), p);
      add(index.lower, surnameOf(form).toLowerCase(), p);
    }
    for (const part of new Set(p.name.split(" "))) add(index.part, part, p);
  }
  return index;
}

/** Words of a role that say whose gender it is: "his sister", "spokeswoman", "her husband". */
const GENDERED_ROLE_WORDS: Record<string, "m" | "f"> = {
  sister: "f",
  wife: "f",
  daughter: "f",
  mother: "f",
  spokeswoman: "f",
  chairwoman: "f",
  queen: "f",
  princess: "f",
  brother: "m",
  husband: "m",
  son: "m",
  father: "m",
  spokesman: "m",
  king: "m",
  prince: "m",
};

/** Roles that name a family tie ("wife of the president", "Kim's younger sister"). */
const FAMILY_WORDS = new Set([
  "wife",
  "husband",
  "daughter",
  "son",
  "sister",
  "brother",
  "mother",
  "father",
]);

function isFamilyRole(role: string | undefined): boolean {
  return (role ?? "")
    .toLowerCase()
    .split(/[\s-]+/)
    .some((w) => FAMILY_WORDS.has(withoutPossessive(w)));
}

/** The gender a role's words give its holder, when they give one. */
function genderOfRole(role: string): "m" | "f" | undefined {
  for (const w of role.toLowerCase().split(/[\s-]+/)) {
    const g = GENDERED_ROLE_WORDS[withoutPossessive(w)];
    if (g) return g;
  }
  return undefined;
}

/** The other's role with the counterpart's state: "Russian President" and "Turkish counterpart" → "Turkish President". */
function mirroredRole(other: RoleFinding, counterpart: RoleFinding): string {
  const own = counterpart.role
    .split(" ")
    .filter((w) => !/^(?:his|her|their|its|the|a|an|counterparts?)$/i.test(w));
  // "Korean president's national security adviser": the counterpart mirrors the adviser, not
  // whose adviser they are
  const all = other.role.split(" ");
  const possessive = all.findLastIndex((w) => /['’]s$/u.test(w));
  const words = possessive >= 0 && possessive < all.length - 1 ? all.slice(possessive + 1) : all;
  const entity = (w: string) =>
    entityNamed(w) !== undefined || entityOfDemonym(withoutPossessive(w)) !== undefined;
  const at = words.findIndex(entity);
  const ownEntity = own.filter(entity);
  if (at === -1) return [...ownEntity, ...words].join(" ");
  // "Greek Cypriot leader" and "Turkish Cypriot counterpart": the whole run of place words goes.
  let end = at + 1;
  while (end < words.length && entity(words[end] ?? "")) end++;
  return [...words.slice(0, at), ...ownEntity, ...words.slice(end)].join(" ");
}

/**
 * "Putin's foreign policy aide", when Putin is the Russian President, as a reader writes it down:
 * "foreign policy aide to the Russian President". Unchanged when the other's role is itself
 * relative to someone or a counterpart's.
 */
function relativeTo(role: RoleFinding, other: Person): string {
  const theirs = other.role;
  if (!theirs || theirs.of || theirs.counterpartOf || /\bcounterparts?$/i.test(theirs.role))
    return role.role;
  const words = role.role.split(" ");
  const at = words.findIndex((w) => /['’]s$/u.test(w));
  const rest = words.slice(at + 1).join(" ");
  if (at < 0 || rest === "" || /['’]s\b/u.test(rest)) return role.role;
  if (!words.slice(at + 1).some((w) => ROLE_KEYWORDS.has(w.toLowerCase()))) return role.role;
  // the words up to the possessive are the other's name, an honorific or words of their title
  const theirWords = new Set([
    ...other.name.split(" "),
    ...theirs.role.split(" ").map((w) => withoutPossessive(w)),
  ]);
  const named = words
    .slice(0, at + 1)
    .map((w) => withoutPossessive(w))
    .every((w) => theirWords.has(w) || /^(?:Mr|Ms|Mrs|Dr)\.?$/.test(w));
  if (!named || withoutPossessive(words[at] ?? "") !== surnameOf(other.name)) return role.role;
  const link = /\bspokes(?:man|woman|person)$/i.test(rest) ? "for" : "to";
  // "Russia's President" stands as it is; "EU's foreign policy chief" takes "the"
  const ownDeterminer = /^\p{Lu}\p{Ll}[\p{L}-]*['’]s\s/u.test(theirs.role);
  return `${rest} ${link} ${ownDeterminer ? "" : "the "}${theirs.role}`;
}

/**
 * A role noun fits a person when each of its words is a word of their role, or names their side:
 * "the Russian minister" fits "Russia's Foreign Minister" (side Russia), "the minister" both
 * ministers of a report, "the Turkish minister" neither of them.
 */
/** Offices whose holder "the X leader" names. */
const HEAD_OF_STATE = /^(?:president|prime|premier|chancellor|king|queen|emir|sultan)$/;

export function roleFits(noun: string, role: Pick<RoleFinding, "role" | "side" | "of">): boolean {
  // "president's national security adviser" is no president: the words up to a possessive name
  // whose role it is
  const words = role.role.toLowerCase().split(/[\s-]+/);
  const possessive = words.findLastIndex((w) => /['’]s$/u.test(w));
  // "spokesman for the Foreign Minister", "aide to the President": no minister, no president
  const link = role.of ? words.findIndex((w, k) => k > 0 && /^(?:to|for|of)$/.test(w)) : -1;
  const own = new Set(
    (possessive >= 0 && possessive < words.length - 1
      ? words.slice(possessive + 1)
      : link > 0
        ? words.slice(0, link)
        : words
    ).map(withoutPossessive),
  );
  return noun
    .toLowerCase()
    .split(/\s+/)
    .map(withoutPossessive)
    .every((w) => {
      if (own.has(w) || /^(?:of|the|for|to)$/.test(w)) return true;
      // "the Turkish leader", "the Kremlin chief": whoever heads that state's government
      if (/^(?:leader|chief)$/.test(w) && role.side && [...own].some((o) => HEAD_OF_STATE.test(o)))
        return true;
      const entity = entityNamed(w) ?? entityOfDemonym(w);
      return entity !== undefined && entity.name === role.side;
    });
}
