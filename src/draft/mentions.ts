// Finds the people a sentence mentions: names (with a role before or after them), pronouns, and
// role nouns ("the minister"). Each rule is a small named function, tested on its own.
import { entityNamed, entityOfDemonym, withoutPossessive } from "./gazetteer.ts";
import type { Token } from "./tokens.ts";
import {
  BIOGRAPHY_COMPOUND,
  FORMER,
  isCalendarWord,
  isSpeechVerb,
  NATIONAL_TITLES,
  RELATION_WORDS,
  ROLE_KEYWORDS,
  ROLE_MODIFIERS,
} from "./vocabulary.ts";

/** A role and the words it was read from, for the review mark. */
export interface RoleFinding {
  role: string;
  /** For a role after the name, the token index where it ends. */
  end?: number;
  /** The phrase as written ("NATO Secretary General Jens Stoltenberg"). */
  source: string;
  /** The state or organisation the role names, when it names one ("Russian" → Russia). */
  side?: string;
  /**
   * A person the role is relative to, as written: "Erdogan" in "Erdogan's spokesman", "Putin" in
   * "a foreign policy aide to Putin". Their side is the side of this role when it names none.
   */
  of?: string;
  /** For "his Turkish counterpart X": the person named before in the sentence, whose role X mirrors. */
  counterpartOf?: string;
}

/** A reference to a person in a sentence, by token index range `[first, last]`. */
export interface Mention {
  kind: "name" | "pronoun" | "role";
  first: number;
  last: number;
  /** The name as written (no possessive), the pronoun, or the role noun. */
  text: string;
  role?: RoleFinding;
  /** From a first name compromise knows, or from the pronoun itself. */
  gender?: "m" | "f";
  /** Followed by a verb: the person does something in the sentence ("Scholz praised"). */
  subject: boolean;
  /** Why this name is a person: compromise knows it, a role, a speech verb next to it, or "who" after it. */
  evidence: "tagged" | "role" | "speech" | "who" | "plain";
  /** Token index where the whole mention starts, role words included. */
  from: number;
}

const PERSON_TAGS = ["Person", "FirstName", "LastName", "MaleName", "FemaleName", "Honorific"];
const NOT_NAME_TAGS = [
  "Pronoun",
  "Determiner",
  "Preposition",
  "Conjunction",
  "Adverb",
  "Verb",
  "Adjective",
  "Country",
  "Organization",
  "Demonym",
  "Date",
  "Value",
  "Expression",
  "QuestionWord",
  "Plural",
];
/** Titles before a name; they give a gender but are not part of the name. */
const HONORIFICS: Record<string, "m" | "f" | undefined> = {
  mr: "m",
  "mr.": "m",
  mrs: "f",
  "mrs.": "f",
  ms: "f",
  "ms.": "f",
  dr: undefined,
  "dr.": undefined,
  prof: undefined,
  "prof.": undefined,
  // "His Excellency", a form of address ("the Chairperson of the EAC Summit, H.E. X,")
  "h.e.": undefined,
};
const NAME_PARTICLES = new Set([
  "von",
  "van",
  "de",
  "der",
  "den",
  "da",
  "du",
  "la",
  "le",
  "bin",
  "al",
  "ter",
  "ten",
  "del",
  "dos",
  "el",
]);
const SKIPPABLE =
  /^(?:himself|herself|also|then|later|earlier|first|previously|again|still|once|now|further|however|too|has|had|have|was|is|will|would|recently|repeatedly|already|even|just|never|not|reportedly|publicly|immediately)$/i;

const bare = (t: Token) => withoutPossessive(t.text);
export const personTagged = (t: Token) => PERSON_TAGS.some((tag) => t.tags.has(tag));

/** True for a word that can be part of a person's name here (capitalised, not a role, place or month). */
export function isNameToken(t: Token, known?: ReadonlySet<string>): boolean {
  if (t.quote !== undefined || t.text.toLowerCase() in HONORIFICS) return false;
  const word = bare(t);
  if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(word)) return false;
  if (word.length > 1 && /^[\p{Lu}.]+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (ROLE_KEYWORDS.has(lower) || ROLE_MODIFIERS.has(lower) || isCalendarWord(word)) return false;
  if (NOT_PERSON_WORDS.has(lower) || CLAUSE_OPENERS.test(word)) return false;
  if (entityNamed(word) || entityOfDemonym(word)) return false;
  if (personTagged(t)) return true;
  // A word of a full name the article gives elsewhere, whatever the tagger made of it here
  // ("Vucic, speaking …" tagged an adjective, "Blinken later said" a verb).
  if (known?.has(word)) return true;
  return !NOT_NAME_TAGS.some((tag) => t.tags.has(tag));
}

/**
 * Words that open a clause, never a name, however the tagger read them ("WASHINGTON — When Luiz
 * Inácio Lula da Silva walked in": "When" tagged a person; "5:12 p.m. ET Then Trudeau, on …").
 */
const CLAUSE_OPENERS =
  /^(?:when|while|whereas|where|whether|although|though|because|since|unless|until|if|as|after|before|then|meanwhile|afterwards)$/i;

/** "Mr" before a name, written "Mr " or "Mr. ". */
const joinedAfterTitle = (t: Token | undefined) => t !== undefined && /^\.?\s*$/.test(t.post);

/**
 * Capitalised words of institutions, regions and fields, never a person's name ("the French
 * Republic", "the Federal Chancellery", "Nordic states", "Political Affairs").
 */
const NOT_PERSON_WORDS = new Set([
  "republic",
  "kingdom",
  "federation",
  "federal",
  "chancellery",
  "department",
  "ministry",
  "commission",
  "council",
  "parliament",
  "government",
  "administration",
  "political",
  "humanitarian",
  "nordic",
  "baltic",
  "arab",
  "western",
  "eastern",
  "europe",
  "african",
  "asian",
  "european",
  "international",
  "united",
  "now",
  "today",
  "meanwhile",
  // conjunctions opening a clause ("WASHINGTON — When Luiz Inácio Lula da Silva walked in"),
  // which the tagger may read as a name after a dateline's dash
  "when",
  "while",
  "after",
  "before",
  "although",
  "though",
  "because",
  "since",
  "once",
  "until",
  "whereas",
]);

/** Nothing but space between two tokens (no comma or colon). */
const joined = (t: Token | undefined) => t !== undefined && /^\s*$/.test(t.post);
/** Joined, or joined by a hyphen ("Secretary-General", "Under-Secretary-General"). */
const joinedInRole = (t: Token | undefined) => t !== undefined && /^(?:\s*|-)$/.test(t.post);

/** The words of a role as written, hyphens kept: "UN Under-Secretary-General". */
function roleText(words: Token[]): string {
  return words
    .map((t, k) => (k < words.length - 1 ? t.text + (t.post === "-" ? "-" : " ") : t.text))
    .join("");
}

/**
 * A role relative to someone named with their title, as a reader writes it down: "spokeswoman for
 * Foreign Minister Sergei Lavrov" is the "spokeswoman for the Foreign Minister" (the minister is a
 * participant of their own, and `of` keeps who it is).
 */
function relativeRoleText(words: Token[]): string {
  const link = words.findIndex((t, k) => k > 0 && /^(?:of|to|for)$/i.test(t.text));
  const titleEnd = words.findLastIndex((t) => ROLE_KEYWORDS.has(bare(t).toLowerCase()));
  const name = words.slice(titleEnd + 1);
  if (
    link === -1 ||
    titleEnd <= link ||
    name.length === 0 ||
    !name.every((t) => isNameToken(t) && !isRoleWord(t)) ||
    /['’]s?$/u.test(words[titleEnd]?.text ?? "")
  )
    return roleText(words);
  const determiner = /^(?:the|a|an|his|her|their)$|['’]s$/iu.test(words[link + 1]?.text ?? "");
  const title = roleText(words.slice(link + 1, titleEnd + 1));
  return `${roleText(words.slice(0, link + 1))} ${determiner ? "" : "the "}${title}`;
}

/**
 * `roleBeforeName`: the role words just before a name, "NATO Secretary General Jens Stoltenberg",
 * "Russian Deputy Foreign Minister Alexander Gruschko", "Chancellor Olaf Scholz".
 */
export function roleBeforeName(
  tokens: Token[],
  first: number,
  known?: ReadonlySet<string>,
): { role: RoleFinding; from: number } | undefined {
  // "special envoy for the Horn of Africa": a word right after "the" or a preposition is the
  // complement of the role, not a person it comes before
  if (/^(?:the|of|for|to|on|in)$/i.test(tokens[first - 1]?.text ?? "")) return undefined;
  let from = first;
  for (let i = first - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t || !joinedInRole(t) || t.quote !== undefined) break;
    // "Prime Minister Yitzhak Rabin of Israel and Yasir Arafat": another person's name ends it.
    if (known?.has(bare(t)) && !isRoleWord(t)) break;
    if (!isRoleWord(t) && !isLowercaseDescriptor(t) && !startsTwoWordSide(tokens, i)) break;
    // "and" joins role words ("Minister for Europe and Foreign Affairs"), not two people, nor a
    // person's state and the next one's title ("Vucic of the Republic of Serbia and Prime Minister Hoti").
    if (
      /^and$/i.test(t.text) &&
      (!(tokens[i - 1] && isRoleWord(tokens[i - 1] as Token)) ||
        (entityNamed(tokens[i - 1]?.text ?? "") !== undefined &&
          /^of$/i.test(tokens[i - 2]?.text ?? "") &&
          !/^(?:for|of)$/i.test(tokens[i - 3]?.text ?? "") &&
          !ROLE_KEYWORDS.has(bare(tokens[i - 3] as Token).toLowerCase())))
    )
      break;
    from = i;
    // "There Ukraine's President Volodymyr Zelensky": a possessive opens the role like "the"
    if (/['’]s$/u.test(t.text)) {
      if (i > 0 && joined(tokens[i - 1]) && startsTwoWordSide(tokens, i - 1)) from = i - 1;
      break;
    }
  }
  // Keep descriptors only between role words: "German climate envoy", not "new envoy"; a
  // capitalised one belongs to the title ("Treasury Secretary", "Government spokesman").
  // "in the evening Chancellor X": an article, a lower-case noun, then a capitalised title: the
  // noun is the clause's, not the title's (but "the bloc's foreign policy chief" is a role)
  const timeLike = (k: number) => {
    const t = tokens[k];
    return (
      t !== undefined &&
      /^\p{Ll}+$/u.test(t.text) &&
      t.tags.has("Noun") &&
      !t.tags.has("Adjective") &&
      isLowercaseDescriptor(t) &&
      /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "")
    );
  };
  // "intelligence chief X", "climate envoy X": a noun (not an adjective) right before a role word
  // names the office's field and stays
  const fieldNoun = (k: number) => {
    const t = tokens[k];
    return (
      t?.tags.has("Noun") === true &&
      !t.tags.has("Adjective") &&
      !t.tags.has("Plural") &&
      k + 1 < first &&
      ROLE_KEYWORDS.has(bare(tokens[k + 1] as Token).toLowerCase()) &&
      !/^(?:the|a|an)$/i.test(tokens[k - 1]?.text ?? "")
    );
  };
  while (
    from < first &&
    ((/^(?:the|a|an)$/.test(tokens[from]?.text ?? "") && timeLike(from + 1)) ||
      (isLowercaseDescriptor(tokens[from] as Token) &&
        !isRoleWord(tokens[from] as Token) &&
        !startsTwoWordSide(tokens, from) &&
        !fieldNoun(from) &&
        !/^\p{Lu}/u.test(tokens[from]?.text ?? "")))
  )
    from++;
  // "the chief adviser of President Anna Berg", "a spokeswoman for Foreign Minister Eva Lund": the
  // title before the name is the person's own; the words before "of" or "for" are the role of
  // someone else, named before it.
  for (let k = first - 1; k > from; k--) {
    if (!/^(?:of|to|for)$/i.test(tokens[k]?.text ?? "")) continue;
    if (tokens.slice(k + 1, first).some((t) => ROLE_KEYWORDS.has(bare(t).toLowerCase())))
      from = k + 1;
    break;
  }
  while (from < first && /^(?:of|for|and|the)$/i.test(tokens[from]?.text ?? "")) from++;
  const words = tokens.slice(from, first);
  if (!words.some((t) => ROLE_KEYWORDS.has(bare(t).toLowerCase()))) return undefined;
  const last = tokens[lastNameIndex(tokens, first)];
  const source = spanText(tokens, from, last ? tokens.indexOf(last) : first);
  return { role: withSide({ role: roleText(words), source }, words), from };
}

/**
 * `appositiveRole`: a role set off by commas after the name, "Sergei Lavrov, Russia's foreign
 * minister, said" or "Jens Stoltenberg, the NATO Secretary General, …".
 */
/** The most words a role set off after a name may have. */
const APPOSITIVE_WORDS = 9;

export function appositiveRole(
  tokens: Token[],
  last: number,
  known?: ReadonlySet<string>,
): RoleFinding | undefined {
  const name = tokens[last];
  if (!name || !/^\s*,\s*$/.test(name.post)) return undefined;
  let i = last + 1;
  if (/^(?:the|a|an)$/i.test(tokens[i]?.text ?? "")) i++;
  const start = i;
  // "Blinken, Treasury Secretary Janet Yellen, Sullivan, Zients and …": a list of names, not a role.
  const opening = tokens[start];
  if (
    opening &&
    start === last + 1 &&
    isNameToken(opening) &&
    !isRoleWord(opening) &&
    !startsTwoWordSide(tokens, start) &&
    !/['’]s?$/u.test(tokens[lastNameIndex(tokens, start)]?.text ?? "")
  )
    return undefined;
  /** The last "and" inside the role: "Sharon's chief of staff and his main channel …" ends before it. */
  let and = -1;
  /** "Holbrooke, the Assistant Secretary of State who had spent …": the role ends before "who". */
  let relative = false;
  let closed = false;
  for (; i < tokens.length && i < start + APPOSITIVE_WORDS; i++) {
    const t = tokens[i];
    if (t && i > start && /^(?:who|whose)$/i.test(t.text) && joined(tokens[i - 1])) {
      relative = true;
      i--;
      break;
    }
    if (!t || t.quote !== undefined || t.tags.has("Verb") || t.tags.has("Pronoun")) {
      if (and > start) {
        i = and - 1;
        closed = true;
        break;
      }
      return undefined;
    }
    if (/^and$/i.test(t.text)) and = i;
    if (!joinedInRole(t)) {
      closed = true;
      break;
    }
  }
  // No comma or stop within the window ("senior director for East Asia and Oceania at the
  // National Security Council,"): cut before its last "and" rather than inside a name.
  if (
    !closed &&
    !relative &&
    and > start &&
    !tokens.slice(start, and).some((t) => personTagged(t) || known?.has(bare(t)))
  )
    i = and - 1;
  const words = tokens.slice(start, i + 1);
  const end = tokens[i];
  // "A, the X of Y, B, …": a list where the role after one name is the role of the next.
  const next = tokens[i + 1];
  if (and !== i + 1 && next && /^\s*,\s*$/.test(end?.post ?? "") && isNameToken(next))
    return undefined;
  if (/^and$/i.test(tokens[last + 1]?.text ?? "")) return undefined;
  if (!end || (!/^[,;.]/.test(end.post.trim() || ".") && and !== i + 1 && !relative))
    return undefined;
  // "Kim Jong Un's younger sister", "Holbrooke's wife": a relation to someone named is a role.
  const relation = (t: Token, k: number) =>
    RELATION_WORDS.has(bare(t).toLowerCase()) &&
    words.slice(0, k).some((w) => /['’]s$/u.test(w.text));
  if (!words.some((t, k) => ROLE_KEYWORDS.has(bare(t).toLowerCase()) || relation(t, k)))
    return undefined;
  // "the veteran diplomat who is President Lula's chief adviser": the office after "who is"
  const office = relative ? officeAfterWhoIs(tokens, i + 1) : undefined;
  if (office) {
    const source = spanText(tokens, nameStart(tokens, last), office.end);
    return withSide({ role: roleText(office.words), source, end: i }, office.words);
  }
  const source = spanText(tokens, nameStart(tokens, last), i);
  return withSide(
    { role: relativeRoleText(words), source, end: relative ? clauseEnd(tokens, i) : i },
    words,
    known,
  );
}

/**
 * Where a relative clause after a role ends ("the Assistant Secretary of State who had spent the
 * summer shuttling, went looking"): its last token before the comma a verb follows, so that verb
 * is the person's; the role's own last token when no such comma closes it within a few words.
 */
function clauseEnd(tokens: Token[], roleEnd: number): number {
  for (let k = roleEnd + 1; k < tokens.length && k <= roleEnd + 30; k++) {
    const t = tokens[k] as Token;
    if (t.quote !== undefined || /[.;:]/.test(t.post)) return roleEnd;
    // the comma the person's own verb follows, not one inside a list ("Belgrade, Zagreb and …")
    if (/,/.test(t.post) && tokens[k + 1]?.tags.has("Verb")) return k;
  }
  return roleEnd;
}

/** The role after "who is" / "who serves as" at `who`, up to a comma or stop, when it has a role word. */
function officeAfterWhoIs(
  tokens: Token[],
  who: number,
): { words: Token[]; end: number } | undefined {
  let k = who + 1;
  if (!/^(?:is|was|serves|served|acts|acted)$/i.test(tokens[k]?.text ?? "")) return undefined;
  k++;
  if (/^as$/i.test(tokens[k]?.text ?? "")) k++;
  if (/^(?:the|a|an)$/i.test(tokens[k]?.text ?? "")) k++;
  const from = k;
  for (; k < tokens.length && k < from + 12; k++) {
    const t = tokens[k] as Token;
    if (t.quote !== undefined || t.tags.has("Verb")) return undefined;
    if (!joinedInRole(t)) break;
  }
  const words = tokens.slice(from, k + 1);
  if (!/^[,;.]/.test(tokens[k]?.post.trim() || ".")) return undefined;
  return words.some((t) => ROLE_KEYWORDS.has(bare(t).toLowerCase()))
    ? { words, end: k }
    : undefined;
}

/**
 * `roleBeforeCommaName`: a role set off before the name, "a Kremlin spokesman, Dmitry Peskov,
 * told …" or "China's representative, Zhang Jun, urged …".
 */
export function roleBeforeCommaName(
  tokens: Token[],
  first: number,
  last: number,
  known?: ReadonlySet<string>,
): { role: RoleFinding; from: number } | undefined {
  const comma = tokens[first - 1];
  if (!comma || !/^\s*,\s*$/.test(comma.post) || !/^\s*[,.;:]|^\s*$/.test(tokens[last]?.post ?? ""))
    return undefined;
  if (tokens[last]?.post.trim() === "" && last + 1 < tokens.length) return undefined;
  // The noun phrase before the comma: role words, and a complement with of/to/for ("the President
  // of the United States", "Finland's envoy to the talks", "the head of Ankara's delegation", "the
  // chief adviser of President Anna Berg"), at most 12 words.
  let from = first;
  for (let i = first - 1; i >= 0 && i >= first - 12; i--) {
    const t = tokens[i];
    // "for External Affairs Minister S. Jaishankar, Raveesh Kumar": an initial stays in it
    const initial = /^\p{Lu}$/u.test(t?.text ?? "") && /^\.\s+$/.test(t?.post ?? "");
    if (!t || t.quote !== undefined || (i < first - 1 && !joinedInRole(t) && !initial)) break;
    if (!isRoleWord(t) && !isLowercaseDescriptor(t) && !inRolePhrase(t) && !initial) break;
    from = i;
  }
  // "national security adviser John Bolton and Trump's chief of staff, John Kelly": the role
  // starts after the last person named before it.
  for (let k = first - 2; k > from; k--) {
    const t = tokens[k] as Token;
    const before = tokens[k - 1] as Token;
    if (
      /^and$/i.test(t.text) &&
      (isPersonWord(before) ||
        (isNameToken(before) && !isRoleWord(before) && !COMPASS_WORD.test(before.text)))
    ) {
      from = k + 1;
      break;
    }
  }
  // "6:15 p.m. ET Mélanie Joly's press secretary, …": a possessor's name opens the role unless a
  // title stands before it ("Foreign Minister Sergei Lavrov's spokeswoman")
  const owner = tokens.findIndex(
    (t, k) => k >= from && k < first && /^\p{Lu}.*['’]s$/u.test(t.text),
  );
  /** The words of the possessor's name before its possessive, when the role opens with it. */
  const ownerWords = new Set<Token>();
  if (owner > from) {
    let start = owner;
    while (
      start > from &&
      joined(tokens[start - 1]) &&
      isNameToken(tokens[start - 1] as Token, known)
    )
      start--;
    const title = tokens[start - 1];
    if (start < owner && !(title && ROLE_KEYWORDS.has(bare(title).toLowerCase()))) {
      from = start;
      for (let k = start; k < owner; k++) ownerWords.add(tokens[k] as Token);
    }
  }
  const skipLinks = () => {
    while (from < first && /^(?:of|for|and|the|a|an|to)$/i.test(tokens[from]?.text ?? "")) from++;
  };
  skipLinks();
  let words = tokens.slice(from, first);
  // The head, before any complement, is a role: "envoy" in "Finland's envoy to the talks".
  let complement = words.findIndex((t) => /^(?:of|to|for|on)$/i.test(t.text));
  let head = complement === -1 ? words : words.slice(0, complement);
  // "sat next to the Taoiseach, Bertie Ahern": a head with no role word is no role's; the role
  // starts after its preposition.
  while (complement !== -1 && !head.some((t) => ROLE_KEYWORDS.has(bare(t).toLowerCase()))) {
    from += complement + 1;
    skipLinks();
    words = tokens.slice(from, first);
    complement = words.findIndex((t) => /^(?:of|to|for|on)$/i.test(t.text));
    head = complement === -1 ? words : words.slice(0, complement);
  }
  if (
    head.length === 0 ||
    /^and$/i.test(words.at(-1)?.text ?? "") ||
    // "Mélanie Joly's press secretary, Adrien Blanchard": the possessor's first name is no person
    // of the role's own
    head.some((t) => isPersonWord(t) && !ownerWords.has(t)) ||
    !head.some((t) => ROLE_KEYWORDS.has(bare(t).toLowerCase())) ||
    head.some((t) => t.tags.has("Verb") && !ROLE_KEYWORDS.has(bare(t).toLowerCase()))
  )
    return undefined;
  const source = spanText(tokens, from, last);
  return { role: withSide({ role: relativeRoleText(words), source }, words, known), from };
}

/** Words of regions, not of names: "regional director for the Near and Middle East". */
const COMPASS_WORD =
  /^(?:Near|Middle|Far|North|South|East|West|Northern|Southern|Eastern|Western|Central)$/;

/** A word of a person's name, not a possessive ("Biden's national security adviser") or a title. */
function isPersonWord(t: Token): boolean {
  return (
    personTagged(t) &&
    !isRoleWord(t) &&
    !/['’]s?$/u.test(t.text) &&
    !(t.text.toLowerCase() in HONORIFICS)
  );
}

/** Words that may stand in a role's complement: "of the", "to the talks", "Ankara's", "President Anna Berg". */
function inRolePhrase(t: Token): boolean {
  if (/^(?:of|to|for|on|the|and)$/i.test(t.text)) return true;
  if (/['’]s$/u.test(t.text) && /^\p{Lu}/u.test(t.text)) return true;
  // not a sentence's opening word: "Yet the first vice-president, …", "There Ukraine's President, …"
  const opener =
    !/^(?:his|her|their|its|our)$/i.test(t.text) &&
    ["Adverb", "Conjunction", "Pronoun", "Preposition", "Determiner"].some((tag) =>
      t.tags.has(tag),
    );
  return (
    /^\p{Lu}\p{L}+$/u.test(t.text) && !t.tags.has("Verb") && !opener && !isCalendarWord(t.text)
  );
}

/**
 * Finds every mention of a person in one sentence, in order. `known`: the words of the full names
 * the article gives (see {@link nameWordsOf}), read as names wherever they stand.
 */
export function findMentions(tokens: Token[], known?: ReadonlySet<string>): Mention[] {
  const mentions: Mention[] = [];
  const list = listRole(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const word = t.text.toLowerCase();
    if (word === "he" || word === "she" || word === "him" || word === "her") {
      mentions.push({
        kind: "pronoun",
        first: i,
        last: i,
        from: i,
        text: word,
        gender: word === "he" || word === "him" ? "m" : "f",
        subject: isSubject(tokens, i),
        evidence: "plain",
      });
      continue;
    }
    const roleNoun = roleNounAt(tokens, i);
    if (roleNoun) {
      mentions.push({
        kind: "role",
        first: i,
        last: roleNoun,
        from: i,
        text: /^the$/i.test(t.text)
          ? spanText(tokens, i + 1, roleNoun)
          : `${withoutPossessive(t.text)} ${spanText(tokens, i + 1, roleNoun)}`,
        subject: isSubject(tokens, roleNoun),
        evidence: "plain",
      });
      i = roleNoun;
      continue;
    }
    if (!isNameToken(t, known)) continue;
    // "Ms al-Mahdi": a particle joined by a hyphen opens the name
    const particle = tokens[i - 1];
    if (
      particle &&
      particle.post === "-" &&
      NAME_PARTICLES.has(particle.text.toLowerCase()) &&
      !mentions.some((m) => m.last >= i - 1)
    )
      i--;
    const last = lastNameIndex(tokens, i + (tokens[i] === particle ? 1 : 0), known);
    // "Weimar Triangle", "Minsk Group": a format or group, not a person; "External Affairs
    // Minister": capitalised words the tagger knows no person by, before a role word, are its title.
    const titleWords =
      beforeRoleWord(tokens, last) &&
      !tokens
        .slice(i, last + 1)
        .some((w) => personTagged(w) || known?.has(bare(w)) || /['’]s?$/u.test(w.text));
    // "The Facilitator had a clear message": one capitalised word after "the" is a title used as
    // a noun, not a person's name (a word of a full name the article gives still is one)
    const titleNoun =
      last === i &&
      /^the$/i.test(tokens[i - 1]?.text ?? "") &&
      !personTagged(t) &&
      !known?.has(bare(t));
    if (GROUP_NAME.test(bare(tokens[last] as Token)) || titleWords || titleNoun) {
      i = last;
      continue;
    }
    // "the housing minister, Mr Elkin,": the role set off before an honorific and the name.
    const titledAt =
      (tokens[i - 1]?.text.toLowerCase() ?? "") in HONORIFICS && joinedAfterTitle(tokens[i - 1])
        ? i - 1
        : i;
    const titled0 = roleBeforeName(tokens, i, known);
    // "Chad's transitional leader, General Mahamat Deby,": a rank before the name is no office;
    // the role set off before it is
    const rank = titled0 && MILITARY_RANK.test(titled0.role.role);
    const before =
      (rank ? roleBeforeCommaName(tokens, titled0.from, last, known) : undefined) ??
      titled0 ??
      roleBeforeCommaName(tokens, titledAt, last, known) ??
      ledBy(tokens, titledAt);
    // "of the" an organisation after a full name ("Members of the Assembly" is nobody's)
    const after =
      appositiveRole(tokens, last, known) ??
      (last > i ? organisationAfterName(tokens, last, known) : undefined);
    // "Former president Dmitry Medvedev, deputy head of Russia's security council": an office
    // held before yields to the one the apposition gives
    const past = before?.role && /^(?:former|ex-)/i.test(before.role.role) && after;
    let role =
      (past ? after : undefined) ??
      before?.role ??
      after ??
      (list && i > list.from && i < list.to
        ? { role: list.role, source: spanText(tokens, list.at, last) }
        : undefined);
    // "Prime Minister Yitzhak Rabin of Israel": the state after the name completes the role.
    const state = role && !role.side ? stateAfterName(tokens, last) : undefined;
    if (role && state) role = { ...role, role: `${role.role} of ${state.as}`, side: state.name };
    const run = tokens.slice(i, last + 1);
    const text = withoutPossessive(spanText(tokens, i, last));
    // Not "a resident of Bahri told": a name after a preposition is a place's.
    const speech =
      isSpeechVerb(tokens[i - 1]?.text ?? "") ||
      (joined(tokens[last]) &&
        isSpeechVerb(tokens[verbAfterAdverbs(tokens, last)]?.text ?? "") &&
        !/^(?:of|in|from|at|near|outside|inside|to|for)$/i.test(tokens[i - 1]?.text ?? ""));
    // "Franjo Tudjman of Croatia": a full name followed by the state it is of is a person's.
    const ofState = run.length >= 2 && stateAfterName(tokens, last) !== undefined;
    // "It was Mao Ning who gave that answer": a full name "who" refers to is a person's
    const who = run.length >= 2 && /^who$/i.test(tokens[last + 1]?.text ?? "");
    const evidence = run.some(personTagged)
      ? "tagged"
      : role || ofState
        ? "role"
        : speech
          ? "speech"
          : who
            ? "who"
            : "plain";
    // "Ana Brnabić, the Serbian prime minister, welcomed": the verb follows the appositive.
    // "His deputy, Kim Tae-hyo, said": so does a name apposed to a relation word.
    const apposed =
      /^\s*,\s*$/.test(tokens[i - 1]?.post ?? "") &&
      RELATION_WORDS.has(bare(tokens[i - 1] as Token).toLowerCase());
    const setOff = (before !== undefined || apposed) && /^\s*,\s*$/.test(tokens[last]?.post ?? "");
    // "President Boric of Chile also welcomed": the verb follows the state the name is of
    const of = stateAfterName(tokens, last);
    const subject =
      isSubject(tokens, last, setOff) ||
      (after?.end !== undefined && isSubject(tokens, after.end, true)) ||
      (of !== undefined && isSubject(tokens, of.end));
    // "Mr. Arafat, speaking in Arabic, …": the honorific opens the mention.
    const titled =
      (tokens[i - 1]?.text.toLowerCase() ?? "") in HONORIFICS && joinedAfterTitle(tokens[i - 1]);
    const mention: Mention = {
      kind: "name",
      first: i,
      last,
      from: before?.from ?? (titled ? i - 1 : i),
      text,
      subject,
      evidence,
    };
    if (role) mention.role = role;
    const honorific = tokens[i - 1]?.text.toLowerCase() ?? "";
    // "Kim Tae-hyo": a family name first, before a romanised given name of two joined syllables,
    // says nothing of gender however the tagger reads "Kim"
    const given = spanText(run, 1, run.length - 1);
    const familyFirst = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(given);
    const gender =
      HONORIFICS[honorific] ?? (run.length > 1 && !familyFirst ? genderOf(run[0]) : undefined);
    if (gender) mention.gender = gender;
    mentions.push(mention);
    i = last;
  }
  // "The government's chief negotiator, Jorge Rodríguez, …": the role set off before the name is
  // the name's, not a mention of its own (else it, not the person, would open the sentence).
  for (let k = mentions.length - 2; k >= 0; k--) {
    const role = mentions[k] as Mention;
    const name = mentions[k + 1] as Mention;
    if (role.kind === "role" && name.kind === "name" && name.role && role.last >= name.from - 1)
      mentions.splice(k, 1);
  }
  // "Putin and his Turkish counterpart Erdogan": the counterpart of the person named before.
  for (const [k, m] of mentions.entries()) {
    if (m.kind !== "name" || !m.role || !/\bcounterparts?\b/i.test(m.role.role)) continue;
    const earlier = mentions.slice(0, k).filter((x) => x.kind === "name");
    const other = earlier.find((x) => x.subject) ?? earlier.at(-1);
    if (other) m.role = { ...m.role, counterpartOf: other.text };
  }
  parallelListRoles(tokens, mentions);
  // "Lajcak, a former Slovak foreign minister who …, said": the person set off by a clause acts,
  // and a speech verb after the clause shows the name is a person's.
  const set = clauseSubjectVerb(tokens, mentions);
  if (set && set.mention.kind === "name" && !set.mention.subject) {
    set.mention.subject = true;
    if (set.mention.evidence === "plain" && isSpeechVerb(tokens[set.verb]?.text ?? ""))
      set.mention.evidence = "speech";
  }
  return mentions;
}

/** Military ranks, written before a name like a title but not an office. */
const MILITARY_RANK =
  /^(?:retired\s+)?(?:general|colonel|lieutenant|captain|major|admiral|marshal|brigadier|commander)$/i;

/** Groups a person may head: "The government delegation was led by X". */
const LED_GROUP = /^(?:delegations?|team|mission|side|negotiators|committee|commission|panel)$/i;

/**
 * `ledBy`: "The government delegation was led by Nhial Deng Nhial": the name is the head of the
 * group the sentence names as led or headed by them ("head of the government delegation").
 */
function ledBy(tokens: Token[], first: number): { role: RoleFinding; from: number } | undefined {
  if (!/^by$/i.test(tokens[first - 1]?.text ?? "")) return undefined;
  if (!/^(?:led|headed)$/i.test(tokens[first - 2]?.text ?? "")) return undefined;
  if (!/^(?:was|were|is|are|been)$/i.test(tokens[first - 3]?.text ?? "")) return undefined;
  const head = first - 4;
  if (!LED_GROUP.test(tokens[head]?.text ?? "")) return undefined;
  let from = head;
  while (
    from > head - 4 &&
    from > 0 &&
    joined(tokens[from - 1]) &&
    !/^(?:the|a|an|his|her|their|its)$/i.test(tokens[from - 1]?.text ?? "") &&
    (tokens[from - 1]?.tags.has("Noun") || tokens[from - 1]?.tags.has("Adjective"))
  )
    from--;
  if (!/^the$/i.test(tokens[from - 1]?.text ?? "")) return undefined;
  const words = tokens.slice(from, head + 1);
  const group = words.map((t) => t.text).join(" ");
  const source = spanText(tokens, from - 1, first);
  return { role: withSide({ role: `head of the ${group}`, source }, words), from: first };
}

/** Capitalised words joined to token `last` lead to a role word: "… Affairs Minister". */
function beforeRoleWord(tokens: Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 3 && joinedInRole(tokens[k - 1]); k++) {
    const t = tokens[k];
    if (!t || !/^\p{Lu}/u.test(t.text)) return false;
    if (ROLE_KEYWORDS.has(bare(t).toLowerCase())) return true;
  }
  return false;
}

/** "A, B and C" or "A, B, C": the separator after item `t` of a list, a comma or "and". */
const listSeparator = (t: Token | undefined, next: Token | undefined) =>
  t !== undefined && (/^\s*,\s*$/.test(t.post) || (joined(t) && /^and$/i.test(next?.text ?? "")));

/**
 * `parallelListRoles`: "the heads of state and government of Argentina, India and Senegal –
 * Alberto Fernández, Narendra Modi and Macky Sall –", "the foreign ministers of Armenia and
 * Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov,": a list of states and, right after it, a list
 * of as many names, in the same order. Each name gets the role with its state ("head of state and
 * government of India"); a list of another length is left alone.
 */
export function parallelListRoles(tokens: Token[], mentions: Mention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    // the names: consecutive mentions separated by a comma or "and"
    const names: Mention[] = [];
    for (let j = k; j < mentions.length; j++) {
      const m = mentions[j] as Mention;
      if (m.kind !== "name") break;
      const previous = names.at(-1);
      if (previous) {
        const gap = m.from - previous.last;
        const sep = tokens[previous.last];
        const viaAnd = gap === 2 && /^and$/i.test(tokens[previous.last + 1]?.text ?? "");
        if (!((gap === 1 && /^\s*,\s*$/.test(sep?.post ?? "")) || viaAnd)) break;
      }
      names.push(m);
    }
    if (names.length < 2) continue;
    // a list is read once: a later name of it has a name, not a state, before it
    k += names.length - 1;
    const first = names[0] as Mention;
    // the states, read backwards from the dash, colon or comma before the first name
    const opener = tokens[first.from - 1];
    if (!opener || !/^\s*(?:[–—:,(]|-\s)/.test(opener.post)) continue;
    const states: string[] = [];
    let i = first.from - 1;
    while (i >= 0 && states.length < names.length) {
      const two = i >= 1 ? entityNamed(`${tokens[i - 1]?.text} ${tokens[i]?.text}`) : undefined;
      const one = entityNamed(tokens[i]?.text ?? "");
      const entity = two && joined(tokens[i - 1]) ? two : one;
      if (!entity) break;
      states.unshift(entity.name);
      i -= entity === two && two !== one ? 2 : 1;
      if (states.length === names.length) break;
      if (!listSeparator(tokens[i], tokens[i + 1]) && !/^and$/i.test(tokens[i]?.text ?? "")) break;
      if (/^and$/i.test(tokens[i]?.text ?? "")) i--;
    }
    if (states.length !== names.length || !/^of$/i.test(tokens[i]?.text ?? "")) continue;
    // the role before "of": "heads of state and government", "foreign ministers"
    let from = i;
    while (from > 0 && from > i - 6 && !/^(?:the|a|an)$/i.test(tokens[from - 1]?.text ?? "")) {
      const t = tokens[from - 1] as Token;
      if (t.quote !== undefined || t.tags.has("Verb") || !joined(t)) break;
      from--;
    }
    const words = tokens.slice(from, i).map((t) => t.text);
    const head = words.findIndex((w) => ROLE_KEYWORDS.has(w.toLowerCase().replace(/s$/, "")));
    if (head < 0) continue;
    const singular = words.map((w, n) =>
      n === head && !ROLE_KEYWORDS.has(w.toLowerCase()) ? w.replace(/s$/, "") : w,
    );
    names.forEach((m, n) => {
      if (m.role) return;
      const side = states[n] as string;
      m.role = {
        role: `${singular.join(" ")} of ${side}`,
        source: `${spanText(tokens, from, first.from - 1)} … ${m.text}`,
        side,
      };
      if (m.evidence === "plain") m.evidence = "role";
    });
  }
}

/**
 * "The three presidents - Slobodan Milosevic of Serbia, Franjo Tudjman of Croatia and …": a plural
 * role set off by a dash or colon before a list of names is the role of each name in the list, up
 * to the list's verb. `at` is the role's first word, `from` the mark, `to` the verb.
 */
function listRole(
  tokens: Token[],
): { role: string; at: number; from: number; to: number } | undefined {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!/^\s*[-–—:]\s*$/.test(t.post) || !/s$/i.test(t.text)) continue;
    const singular = t.text.replace(/ies$/i, "y").replace(/s$/i, "");
    if (!ROLE_KEYWORDS.has(singular.toLowerCase())) continue;
    let at = k;
    while (
      at > 0 &&
      ROLE_MODIFIERS.has(tokens[at - 1]?.text.toLowerCase() ?? "") &&
      joined(tokens[at - 1])
    )
      at--;
    const role = [...tokens.slice(at, k).map((w) => w.text), singular].join(" ");
    let to = k + 1;
    while (to < tokens.length && !tokens[to]?.tags.has("Verb")) to++;
    return { role: role.charAt(0).toUpperCase() + role.slice(1), at, from: k, to };
  }
  return undefined;
}

/**
 * The words of the multi-word names among `mentions` ("Aleksandar", "Vucic"), each at least four
 * letters long and at most {@link MAX_NAME_WORDS} of them: what {@link findMentions} reads as names
 * on a second pass.
 */
export function nameWordsOf(mentions: Iterable<Mention>): Set<string> {
  const words = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "name" || !m.text.includes(" ") || m.evidence === "plain") continue;
    for (const w of m.text.split(/[\s-]+/)) {
      if (words.size >= MAX_NAME_WORDS) return words;
      if (/^\p{Lu}\p{Ll}{3,}$/u.test(w)) words.add(w);
    }
  }
  return words;
}
const MAX_NAME_WORDS = 400;

/** The last word of a format or group's name. */
const GROUP_NAME =
  /^(?:Triangle|Group|Format|Quartet|Quad|Council|Committee|Commission|Union|Alliance|Forum|Summit|Process|Initiative|Club|Party|Movement|Front|Assembly|Parliament|Court|Bank|Fund|Agency|Office|Ministry|Institute|Foundation|Organisation|Organization|Association|Conference|Partnership|Dialogue|Talks|Accords?|Agreement|Treaty|Declaration|Pact|Plan)$/;

/**
 * `clauseSubject`: the person a sentence is about when a clause stands between them and the verb,
 * "Rossi, who has spent weeks shuttling between capitals, said", "Novak, speaking to local
 * reporters, called it", "Ivan Petrov, Mr Sokolov's chief of staff, told". The mention opens the sentence (or follows an opening phrase set off by a comma,
 * "In Seoul, …"), and after the set-off clause comes a verb.
 */
export function clauseSubject(tokens: Token[], mentions: Mention[]): Mention | undefined {
  return clauseSubjectVerb(tokens, mentions)?.mention;
}

/** {@link clauseSubject} and the index of its verb (-1 when none is found close after it). */
export function clauseSubjectVerb(
  tokens: Token[],
  mentions: Mention[],
): { mention: Mention; verb: number } | undefined {
  // A possessive ("Berg's adviser, Tom Holm, …") is not the subject; the name after it may be.
  const m = mentions.find(
    (x) => x.kind !== "pronoun" && !/['’]s?$/u.test(tokens[x.last]?.text ?? ""),
  );
  if (!m) return undefined;
  const before = tokens[m.from - 1];
  const lead = tokens.slice(0, m.from);
  const opens =
    lead.every((t) => OPENING.test(t.text) || t.tags.has("Value") || t.tags.has("Time")) ||
    ((/,\s*$/.test(before?.post ?? "") || /['’]s$/u.test(before?.text ?? "")) &&
      !lead.some((t) => t.quote !== undefined) &&
      (!lead.some((t) => t.tags.has("Verb")) || introductory(lead[0])));
  if (!opens) return undefined;
  if (!/^\s*,\s*$/.test(tokens[m.last]?.post ?? ""))
    return m.subject ? { mention: m, verb: verbAfter(tokens, m.last) } : undefined;
  // The set-off clause ends at a comma followed by the verb, within 40
  // words; a list inside it ("in Vienna, New York and Brussels,") has commas of its own.
  for (let i = m.last + 1; i < tokens.length && i <= m.last + 40; i++) {
    const t = tokens[i];
    if (!t || t.quote !== undefined || /[.;:]/.test(t.post)) return undefined;
    if (/,/.test(t.post) && isSubject(tokens, i, true))
      return { mention: m, verb: verbAfter(tokens, i) };
  }
  return m.subject ? { mention: m, verb: verbAfter(tokens, m.last) } : undefined;
}

/**
 * True for a mention inside the clause that sets off the sentence's subject from its verb ("Phee,
 * who was speaking after Thomas-Greenfield had made her comments, said"): not who acts in the
 * sentence. Not a parenthetical attribution ("Putin, Lawrow said, would …"), which opens with a name.
 */
export function insideSetOffClause(
  m: Mention,
  mentions: Mention[],
  subject: Mention | undefined,
  verb: number,
): boolean {
  if (!subject || m === subject || verb <= subject.last) return false;
  if (mentions.some((x) => x.from === subject.last + 1)) return false;
  return m.first > subject.last && m.last < verb;
}

/** "Asked whether …,", "After the talks,", "When …,": a phrase that opens a sentence before its subject. */
function introductory(t: Token | undefined): boolean {
  if (!t) return false;
  return (
    t.tags.has("Preposition") ||
    t.tags.has("Gerund") ||
    /^(?:asked|pressed|questioned|when|while|although|though|after|before|as|once|if)$/i.test(
      t.text,
    )
  );
}

/** Words that may open a sentence before its subject: "His chief adviser, …", "11:25 Xi, …". */
const OPENING = /^(?:the|a|an|his|her|their|its|our|then|meanwhile|and|but)$/i;

/** The first verb after token `from`, or -1. */
function verbAfter(tokens: Token[], from: number): number {
  for (let i = from + 1; i < tokens.length && i <= from + 6; i++)
    if (tokens[i]?.tags.has("Verb")) return i;
  return -1;
}

/** The token after `last` past adverbs ("Fidan later told"): where the verb of a subject stands. */
function verbAfterAdverbs(tokens: Token[], last: number): number {
  let i = last + 1;
  while (i <= last + 2 && SKIPPABLE.test(tokens[i]?.text ?? "") && joined(tokens[i])) i++;
  return i;
}

/** The person does something: the name is followed (adverbs and auxiliaries aside) by a verb. */
export function isSubject(tokens: Token[], last: number, afterComma = false): boolean {
  if (!afterComma && !joined(tokens[last])) return false;
  for (let i = last + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.quote !== undefined) return false;
    // Any verb, a copula included: "Szijjártó was blunt" makes him the one acting.
    if (t.tags.has("Verb")) return true;
    if (!SKIPPABLE.test(t.text) && !["Adverb", "Negative"].some((tag) => t.tags.has(tag)))
      return false;
    if (!joined(t)) return false;
  }
  return false;
}

/** A month-like word ending a name, "Zhang Jun", "Theresa May", but not "May 5" or "in May". */
function isNameTail(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const previous = tokens[j - 1];
  if (!t || !previous || !joined(previous) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  if (!t.tags.has("Date") && !isCalendarWord(t.text)) return false;
  return (
    !/^\d/.test(tokens[j + 1]?.text ?? "") &&
    (previous.tags.has("FirstName") || previous.tags.has("Person"))
  );
}

function lastNameIndex(tokens: Token[], first: number, known?: ReadonlySet<string>): number {
  let last = first;
  for (let j = first; j < tokens.length; j++) {
    const t = tokens[j];
    const hyphenPart =
      j > first && tokens[j - 1]?.post === "-" && /^\p{L}+(?:['’]s)?$/u.test(t?.text ?? "");
    // "Kim Jong Un's": a short capitalised word with a possessive, which the tagger reads as an
    // adjective, ends a name of two words or more.
    const possessiveTail =
      j > first + 1 &&
      t !== undefined &&
      /^\p{Lu}\p{Ll}{1,3}['’]s$/u.test(t.text) &&
      t.tags.has("Adjective") &&
      isNameToken(tokens[j - 1] as Token, known);
    // "Mélanie Joly's press secretary": a capitalised word right after a first name is the
    // surname, whatever the tagger made of it ("Joly's" an organisation)
    const surname =
      j === first + 1 &&
      t !== undefined &&
      tokens[first]?.tags.has("FirstName") === true &&
      joined(tokens[first]) &&
      /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(t.text) &&
      isNameToken({ ...t, tags: new Set(["ProperNoun"]) }, known);
    // "Mélanie Joly's press secretary": a surname with a possessive after a first name, which
    // the tagger reads as an organisation, ends the name
    const possessiveSurname =
      j > first &&
      t !== undefined &&
      /^\p{Lu}[\p{L}-]+['’]s$/u.test(t.text) &&
      t.tags.has("Organization") &&
      personTagged(tokens[j - 1] as Token) &&
      joined(tokens[j - 1]) &&
      !entityNamed(bare(t)) &&
      !ROLE_KEYWORDS.has(bare(t).toLowerCase());
    // "King Abdullah II of Jordan": a regnal number ends a name
    const regnal =
      j > first &&
      joined(tokens[j - 1]) &&
      /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/.test(t?.text ?? "");
    if (
      !t ||
      !(
        isNameToken(t, known) ||
        hyphenPart ||
        possessiveTail ||
        surname ||
        possessiveSurname ||
        regnal ||
        (j > first && isNameTail(tokens, j))
      )
    )
      break;
    if (regnal || possessiveSurname) {
      last = j;
      break;
    }
    last = j;
    if (/['’]s?$/.test(t.text)) break;
    // "Andrei V. Kozyrev", "S. Jaishankar": an initial.
    if (/^\p{Lu}$/u.test(t.text) && /^\.\s+$/.test(t.post) && isNameToken(tokens[j + 1] as Token))
      continue;
    // "Kang Kyung-wha", "Moon Jae-in": a name goes on after a hyphen.
    if (t.post === "-" && tokens[j + 1] && /^\p{L}/u.test(tokens[j + 1]?.text ?? "")) continue;
    if (!joined(t)) break;
    // "Ursula von der Leyen", "Faisal bin Farhan": up to two particles inside a name.
    let k = j + 1;
    // "Majed al-Ansari", "Abdel Fattah el-Sisi": a particle joined by a hyphen too.
    while (
      k <= j + 2 &&
      NAME_PARTICLES.has(tokens[k]?.text.toLowerCase() ?? "") &&
      joinedInRole(tokens[k])
    )
      k++;
    if (k > j + 1 && tokens[k] && isNameToken(tokens[k] as Token)) j = k - 1;
  }
  return last;
}

function nameStart(tokens: Token[], last: number): number {
  let first = last;
  while (first > 0 && isNameToken(tokens[first - 1] as Token) && joined(tokens[first - 1])) first--;
  return first;
}

/** `the minister`, `the NATO chief`: a determiner and role words not followed by a name. */
function roleNounAt(tokens: Token[], i: number): number | undefined {
  const t0 = tokens[i];
  if (!t0 || !joined(t0)) return undefined;
  // "Greece's foreign minister", "Armenia's top diplomat": a state's possessive as determiner
  // (read as "the Greek foreign minister"; the mention's text keeps the state's name).
  const statePossessive =
    /^\p{Lu}.*['’]s$/u.test(t0.text) && entityNamed(t0.text) !== undefined && i + 1 < tokens.length;
  if (!/^the$/i.test(t0.text) && !statePossessive) return undefined;
  let j = i + 1;
  let last: number | undefined;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    // "the Federal Chancellor", "the Israeli leader": descriptors, demonyms and role words.
    if (!t || !(isRoleWord(t) || isLowercaseDescriptor(t)) || /^(?:the|of|and|for)$/i.test(t.text))
      break;
    if (ROLE_KEYWORDS.has(bare(t).toLowerCase())) last = j;
    if (!joined(t)) break;
  }
  if (last === undefined) return undefined;
  const next = tokens[last + 1];
  if (joined(tokens[last]) && next && isNameToken(next)) return undefined;
  // "The minister, Qin Gang, later told": the name set off after the role noun is the mention.
  if (
    /^\s*,\s*$/.test(tokens[last]?.post ?? "") &&
    next &&
    isNameToken(next) &&
    !isRoleWord(next) &&
    /,/.test(tokens[lastNameIndex(tokens, last + 1)]?.post ?? "")
  )
    return undefined;
  // "the President of the European Commission": the complement names whose role it is.
  if (joined(tokens[last]) && /^of$/i.test(next?.text ?? "") && joined(next)) {
    let k = last + 2;
    if (/^the$/i.test(tokens[k]?.text ?? "") && joined(tokens[k])) k++;
    let end = -1;
    for (; k < tokens.length && k <= last + 6; k++) {
      const t = tokens[k] as Token;
      if (!/^\p{Lu}/u.test(t.text) || t.quote !== undefined || isPersonWord(t)) break;
      end = k;
      if (!joined(t)) break;
    }
    if (end !== -1) return end;
  }
  return last;
}

/** "… Rabin of Israel": a state or organisation named right after a name with "of". */
function stateAfterName(
  tokens: Token[],
  last: number,
): { name: string; as: string; end: number } | undefined {
  if (
    !joined(tokens[last]) ||
    !/^of$/i.test(tokens[last + 1]?.text ?? "") ||
    !joined(tokens[last + 1])
  )
    return undefined;
  const at = afterStateForm(tokens, last + 2);
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(at, at + n);
    if (words.length < n || !/^\p{Lu}/u.test(words[0]?.text ?? "")) continue;
    const as = words.map((t) => t.text).join(" ");
    const entity = entityNamed(as);
    if (entity) return { name: entity.name, as: withoutPossessive(as), end: at + n - 1 };
  }
  return undefined;
}

/** Words that make a capitalised phrase an organisation a person can be "of". */
const ORGANISATION_HEAD =
  /^(?:Council|Committee|Commission|Union|Alliance|Party|Movement|Front|Assembly|Parliament|Court|Bank|Fund|Agency|Office|Ministry|Institute|Foundation|Organisation|Organization|Association|Conference|Delegation|Mission|Embassy|Secretariat|Presidency|Church|Service|Authority|Department|Directorate)$/;
/** Heads of a state's own organs: their people act for the state the phrase names. */
const STATE_ORGAN =
  /^(?:Council|Parliament|Assembly|Court|Agency|Office|Ministry|Delegation|Mission|Embassy|Secretariat|Presidency|Service|Authority|Department|Directorate)$/;
/** At most this many words in an organisation's name after "of the". */
const MAX_ORGANISATION_WORDS = 8;

/**
 * `organisationAfterName`: "Nabil Ammar of the Tunisian Ministry of Foreign Affairs", "Marcus
 * Cornaro of the EU Delegation to Tunisia", "Héctor Henao of the Colombian Episcopal Conference":
 * the organisation is the role. A state's organ acts for the state it names; any other
 * organisation ("Episcopal Conference", "Red Crescent Society") is its people's own side unless
 * it names an organisation such as the EU or the UN.
 */
function organisationAfterName(
  tokens: Token[],
  last: number,
  known?: ReadonlySet<string>,
): RoleFinding | undefined {
  if (
    !joined(tokens[last]) ||
    !/^of$/i.test(tokens[last + 1]?.text ?? "") ||
    !joined(tokens[last + 1]) ||
    !/^the$/.test(tokens[last + 2]?.text ?? "") ||
    !joined(tokens[last + 2])
  )
    return undefined;
  const start = last + 3;
  let end = start - 1;
  for (let k = start; k < tokens.length && k < start + MAX_ORGANISATION_WORDS; k++) {
    const t = tokens[k] as Token;
    // "(UFR)": an opening bracket, dropped from the words, ends the name
    const previous = tokens[k - 1];
    if (k > start && previous && t.start > previous.end + previous.post.length) break;
    const capital = /^\p{Lu}/u.test(t.text) && t.quote === undefined;
    // "Ministry of Foreign Affairs", "Ministry of the Sea", "Delegation to Tunisia"
    const capitalAt = (j: number) => /^\p{Lu}/u.test(tokens[j]?.text ?? "");
    const linker =
      (/^(?:of|to|in|for)$/.test(t.text) &&
        (capitalAt(k + 1) || (tokens[k + 1]?.text === "the" && capitalAt(k + 2)))) ||
      (t.text === "the" &&
        /^(?:of|to|in|for)$/.test(tokens[k - 1]?.text ?? "") &&
        capitalAt(k + 1));
    if (!capital && !linker) break;
    if (capital) end = k;
    if (!joined(t)) break;
  }
  const words = tokens.slice(start, end + 1);
  const head = words.findIndex((t) => ORGANISATION_HEAD.test(bare(t)));
  if (head < 0) return undefined;
  const source = spanText(tokens, nameStart(tokens, last), end);
  const found = withSide({ role: roleText(words), source, end }, words, known);
  // "Ministry of the Sea": a capitalised word after "of" is part of the name, no person
  delete found.of;
  const named = words.slice(0, head).some((t) => entityNamed(bare(t)) !== undefined);
  if (!named && !STATE_ORGAN.test(bare(words[head] as Token))) found.side = found.role;
  return found;
}

/**
 * Where the state's own name starts in "the Republic of Serbia", "the Russian Federation" is not
 * this, "the Islamic Republic of Iran": after "the", up to three capitalised words and "of";
 * `at` itself when the phrase does not open so.
 */
export function afterStateForm(tokens: Token[], at: number): number {
  if (!/^the$/i.test(tokens[at]?.text ?? "")) return at;
  for (let k = at + 1; k <= at + 4 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (/^of$/i.test(t.text)) return k > at + 1 ? k + 1 : at;
    if (!/^\p{Lu}/u.test(t.text) || !joined(t) || personTagged(t)) return at;
  }
  return at;
}

/** "South Korean", "Saudi Arabia": a state or demonym of two words starting at token `i`. */
function startsTwoWordSide(tokens: Token[], i: number): boolean {
  const pair = `${tokens[i]?.text ?? ""} ${tokens[i + 1]?.text ?? ""}`;
  return entityOfDemonym(pair) !== undefined || entityNamed(pair) !== undefined;
}

/** A noun or adjective inside a role: "climate" in "German climate envoy", "External" in "External Affairs Minister". */
function isLowercaseDescriptor(t: Token): boolean {
  if (t.quote !== undefined || PERSON_TAGS.some((tag) => t.tags.has(tag))) return false;
  // "Our correspondent X" (the tagger may read "Our" a noun): the report's own voice, no office
  if (/^(?:my|our|your)$/i.test(t.text)) return false;
  if (/^\p{Lu}/u.test(t.text) && (isCalendarWord(t.text) || t.tags.has("Date"))) return false;
  if (
    ["Determiner", "Preposition", "Conjunction", "Verb", "Pronoun", "Adverb", "Value"].some((tag) =>
      t.tags.has(tag),
    )
  )
    return false;
  return t.tags.has("Noun") || t.tags.has("Adjective");
}

function isRoleWord(t: Token): boolean {
  const word = bare(t);
  const lower = word.toLowerCase();
  if (ROLE_KEYWORDS.has(lower) || ROLE_MODIFIERS.has(lower)) return true;
  if (entityNamed(word) || entityOfDemonym(word)) return true;
  if (t.tags.has("Demonym") || t.tags.has("Country")) return true;
  return /^\p{Lu}{2,6}$/u.test(word);
}

function withSide(role: RoleFinding, words: Token[], known?: ReadonlySet<string>): RoleFinding {
  // "H.E. President X": "His Excellency" is a form of address, no part of the office
  const found: RoleFinding = { ...role, role: role.role.replace(/(?<!\S)H\.\s?E\.\s+/g, "") };
  // A title only one state uses ("Northern Ireland Secretary" is a British minister) is that
  // state's unless the role names a state outside the title ("India's foreign secretary").
  const national = NATIONAL_TITLES.find((t) => t.title.test(role.role));
  const titleWords = new Set(
    (national ? (role.role.match(national.title)?.[0] ?? "") : "").toLowerCase().split(/\s+/),
  );
  // Whether each word stands in a complement after to/for/on (until an "of"): "Envoy for Serbia
  // and Kosovo Peace Negotiations".
  const dealtWith: boolean[] = [];
  let inComplement = false;
  for (const t of words) {
    dealtWith.push(inComplement);
    if (/^(?:to|for|on)$/i.test(t.text)) inComplement = true;
    else if (/^of$/i.test(t.text)) inComplement = false;
  }
  // "a former Kenyan president": a past office is a life story, not the side acted for; "Rutte
  // of the Netherlands and the Belgian Prime Minister": the role is the last one of a list
  const listed = words.findLastIndex(
    (t, k) => /^and$/i.test(t.text) && /^the$/i.test(words[k + 1]?.text ?? ""),
  );
  const start = FORMER.test(role.role) ? words.length : listed + 1;
  // "the president of the Comoros and chairperson of the AU": of two offices, the last one's
  // state or organisation when it names one ("Qatar's deputy prime minister and foreign
  // minister" names one before the "and" only)
  const lastOffice = words.findLastIndex(
    (t, k) =>
      k > start &&
      /^and$/i.test(t.text) &&
      ROLE_KEYWORDS.has(bare(words[k + 1] ?? t).toLowerCase()),
  );
  const scan = (from: number) => {
    for (let i = from; i < words.length && !found.side; i++) {
      // Longest first: "United States", "Saudi Arabia", then "Russian".
      for (let n = Math.min(3, words.length - i); n >= 1; n--) {
        const phrase = words
          .slice(i, i + n)
          .map((t) => t.text)
          .join(" ");
        // Capitalised only: "who" is not the WHO.
        if (!/^\p{Lu}/u.test(phrase)) continue;
        // "Envoy for Serbia and Kosovo", "Ambassador to Russia", "adviser on Cyprus": the state the
        // role deals with, not the one it serves (but "a spokeswoman for Russia's foreign ministry").
        if (dealtWith[i] && !/['’]s?$/u.test(words[i + n - 1]?.text ?? "")) continue;
        if (titleWords.has((words[i]?.text ?? "").toLowerCase())) continue;
        const entity = entityNamed(phrase) ?? entityOfDemonym(withoutPossessive(phrase));
        // "a Ukrainian-born Russian speaker": a life story and a language, not a side
        const end = words[i + n - 1];
        const compound = `${phrase}${end?.post.trim() ?? ""}${words[i + n]?.text ?? ""}`;
        if (BIOGRAPHY_COMPOUND.test(compound) || /^speakers?$/.test(words[i + n]?.text ?? ""))
          continue;
        if (entity) {
          found.side = entity.name;
          break;
        }
      }
    }
  };
  if (lastOffice > 0) scan(lastOffice + 1);
  scan(start);
  if (national && !found.side) found.side = national.side;
  const person = personInRole(words, known);
  if (person) found.of = person;
  if (!found.side && !person) {
    const organisation = organisationBeforeHead(words);
    if (organisation) found.side = organisation;
  }
  return found;
}

/**
 * "the SDLP leader", "FARC leader", "Sinn Féin president": a capitalised name of no state or
 * person right before the role's head word is the party or movement the person leads or speaks
 * for. Offices ("Department", "Ministry") are not sides.
 */
function organisationBeforeHead(words: Token[]): string | undefined {
  let i = 0;
  while (i < words.length && /^(?:the|a|an|his|her|its|their|H\.E\.?)$/i.test(words[i]?.text ?? ""))
    i++;
  const start = i;
  for (; i < words.length; i++) {
    const t = words[i] as Token;
    const lower = bare(t).toLowerCase();
    if (!/^\p{Lu}/u.test(t.text) || ROLE_KEYWORDS.has(lower) || ROLE_MODIFIERS.has(lower)) break;
    if (
      NOT_PERSON_WORDS.has(lower) ||
      personTagged(t) ||
      // "Presidential spokesperson", "Ministerial adviser": an adjective of an office, not a name
      (t.tags.has("Adjective") && !t.tags.has("Noun")) ||
      /^\p{Lu}\p{Ll}+(?:ial|ional|erial|ary)$/u.test(t.text) ||
      isCalendarWord(t.text) ||
      ["Demonym", "Pronoun", "Determiner"].some((tag) => t.tags.has(tag))
    )
      return undefined;
    if (/['’]s?$/u.test(t.text)) {
      i++;
      break;
    }
  }
  const head = words[i];
  const name = words.slice(start, i);
  if (name.length === 0 || name.length > 3 || !head) return undefined;
  // "Justice Minister", "Energy Secretary": the words before a minister's title are the portfolio
  if (/^(?:minister|secretary)$/i.test(bare(head))) return undefined;
  if (!ROLE_KEYWORDS.has(bare(head).toLowerCase())) {
    const modifier = bare(head).toLowerCase();
    if (!ROLE_MODIFIERS.has(modifier) || /^(?:of|for|and|the)$/.test(modifier)) return undefined;
  }
  return withoutPossessive(name.map((t) => t.text).join(" "));
}

/**
 * The person a role is relative to: a capitalised name that is no role or place word, as a
 * possessive ("Erdogan's spokesman") or after of/to ("aide to Putin", "adviser of President Berg").
 */
function personInRole(words: Token[], known?: ReadonlySet<string>): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const t = words[i] as Token;
    const possessive = /['’]s?$/u.test(t.text);
    const afterLink =
      /^(?:of|to)$/i.test(words[i - 1]?.text ?? "") || isRoleWord(words[i - 1] ?? t);
    // a word of a full name the report gives, however tagged ("Erdoğan's" read an organisation);
    // not a region ("director for the Near and Middle East")
    if (!isNameToken(t, known) || isRoleWord(t) || COMPASS_WORD.test(t.text)) continue;
    let j = i;
    while (
      j + 1 < words.length &&
      isNameToken(words[j + 1] as Token, known) &&
      !/['’]s?$/u.test(words[j]?.text ?? "")
    )
      j++;
    const end = words[j] as Token;
    if (/['’]s?$/u.test(end.text) || (afterLink && j === words.length - 1) || possessive)
      return withoutPossessive(
        words
          .slice(i, j + 1)
          .map((x) => x.text)
          .join(" "),
      );
    i = j;
  }
  return undefined;
}

function genderOf(t: Token | undefined): "m" | "f" | undefined {
  if (!t) return undefined;
  if (t.tags.has("FemaleName")) return "f";
  if (t.tags.has("MaleName")) return "m";
  return undefined;
}

/** The text of tokens `[from, to]` as written, from the first word's start to the last's end. */
export function spanText(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(from, to + 1)
    .map((t, k, all) => (k < all.length - 1 ? t.text + (t.post || " ") : t.text))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
