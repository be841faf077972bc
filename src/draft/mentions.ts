// Finds the people a sentence mentions: names (with a role before or after them), pronouns, and
// role nouns ("the minister"). Each rule is a small named function, tested on its own.
import { entityNamed, entityOfDemonym, withoutPossessive } from "./gazetteer.ts";
import type { Token } from "./tokens.ts";
import {
  isCalendarWord,
  isSpeechVerb,
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
  /** Why this name is a person: compromise knows it, a role, or a speech verb next to it. */
  evidence: "tagged" | "role" | "speech" | "plain";
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
]);
const SKIPPABLE =
  /^(?:also|then|later|earlier|first|previously|again|still|once|now|further|however|too|has|had|have|was|is|will|would|recently|repeatedly|already|even|just|never|not|reportedly|publicly|immediately)$/i;

const bare = (t: Token) => withoutPossessive(t.text);
const personTagged = (t: Token) => PERSON_TAGS.some((tag) => t.tags.has(tag));

/** True for a word that can be part of a person's name here (capitalised, not a role, place or month). */
export function isNameToken(t: Token, known?: ReadonlySet<string>): boolean {
  if (t.quote !== undefined || t.text.toLowerCase() in HONORIFICS) return false;
  const word = bare(t);
  if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(word)) return false;
  if (word.length > 1 && /^[\p{Lu}.]+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (ROLE_KEYWORDS.has(lower) || ROLE_MODIFIERS.has(lower) || isCalendarWord(word)) return false;
  if (entityNamed(word) || entityOfDemonym(word)) return false;
  if (personTagged(t)) return true;
  // A word of a full name the article gives elsewhere, whatever the tagger made of it here
  // ("Vucic, speaking …" tagged an adjective, "Blinken later said" a verb).
  if (known?.has(word)) return true;
  return !NOT_NAME_TAGS.some((tag) => t.tags.has(tag));
}

/** Nothing but space between two tokens (no comma or colon). */
const joined = (t: Token | undefined) => t !== undefined && /^\s*$/.test(t.post);
/** Inside a role a hyphen joins words too: "Secretary-General", "Vice-President". */
const joinedInRole = (t: Token | undefined) => joined(t) || t?.post === "-";
/** A role's words as written, hyphens kept ("UN Secretary-General"). */
const roleText = (words: Token[]) =>
  words
    .map((t, k) => (k < words.length - 1 && t.post === "-" ? `${t.text}-` : `${t.text} `))
    .join("")
    .trim();

/**
 * `roleBeforeName`: the role words just before a name, "NATO Secretary General Jens Stoltenberg",
 * "Russian Deputy Foreign Minister Alexander Gruschko", "Chancellor Olaf Scholz".
 */
export function roleBeforeName(
  tokens: Token[],
  first: number,
): { role: RoleFinding; from: number } | undefined {
  let from = first;
  for (let i = first - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t || !joinedInRole(t) || t.quote !== undefined) break;
    if (!isRoleWord(t) && !isLowercaseDescriptor(t) && !startsTwoWordSide(tokens, i)) break;
    // "and" joins role words ("Minister for Europe and Foreign Affairs"), not two people.
    if (/^and$/i.test(t.text) && !(tokens[i - 1] && isRoleWord(tokens[i - 1] as Token))) break;
    from = i;
  }
  // Keep descriptors only between role words: "German climate envoy", not "new envoy"; a
  // capitalised one belongs to the title ("Treasury Secretary", "Government spokesman").
  while (
    from < first &&
    isLowercaseDescriptor(tokens[from] as Token) &&
    !isRoleWord(tokens[from] as Token) &&
    !startsTwoWordSide(tokens, from) &&
    !/^\p{Lu}/u.test(tokens[from]?.text ?? "")
  )
    from++;
  from = ownRoleStart(tokens, from, first);
  while (from < first && /^(?:of|for|and|the)$/i.test(tokens[from]?.text ?? "")) from++;
  const words = tokens.slice(from, first);
  if (!words.some((t) => ROLE_KEYWORDS.has(bare(t).toLowerCase()))) return undefined;
  const last = tokens[lastNameIndex(tokens, first)];
  const source = spanText(tokens, from, last ? tokens.indexOf(last) : first);
  return { role: withSide({ role: roleText(words), source }, words), from };
}

/**
 * "a spokeswoman for Foreign Minister Baerbock", "the chief adviser of President Berg, Lind": the
 * words before "for/of/to" are someone else's role, tied to the named person; only the title after
 * it is the person's own. "Secretary of State X", "Head of the Office of the President X" (no
 * relation word before "of") stay whole.
 */
function ownRoleStart(tokens: Token[], from: number, first: number): number {
  for (let j = first - 2; j > from; j--) {
    if (!/^(?:of|for|to)$/i.test(tokens[j]?.text ?? "")) continue;
    const tie = bare(tokens[j - 1] as Token).toLowerCase();
    const after = tokens.slice(j + 1, first);
    if (RELATION_WORDS.has(tie) && after.some((t) => ROLE_KEYWORDS.has(bare(t).toLowerCase())))
      return j + 1;
  }
  return from;
}

/**
 * `appositiveRole`: a role set off by commas after the name, "Sergei Lavrov, Russia's foreign
 * minister, said" or "Jens Stoltenberg, the NATO Secretary General, …".
 */
export function appositiveRole(tokens: Token[], last: number): RoleFinding | undefined {
  const name = tokens[last];
  if (!name || !/^\s*,\s*$/.test(name.post)) return undefined;
  let i = last + 1;
  if (/^(?:the|a|an)$/i.test(tokens[i]?.text ?? "")) i++;
  const start = i;
  for (; i < tokens.length && i < start + 9; i++) {
    const t = tokens[i];
    if (!t || t.quote !== undefined || t.tags.has("Verb") || t.tags.has("Pronoun"))
      return undefined;
    if (!joinedInRole(t)) break;
  }
  const words = tokens.slice(start, i + 1);
  const end = tokens[i];
  if (!end || !/^[,;.]/.test(end.post.trim() || ".")) return undefined;
  if (!words.some((t) => ROLE_KEYWORDS.has(bare(t).toLowerCase()))) return undefined;
  const source = spanText(tokens, nameStart(tokens, last), i);
  return withSide({ role: roleText(words), source, end: i }, words);
}

/**
 * `roleBeforeCommaName`: a role set off before the name, "a Kremlin spokesman, Dmitry Peskov,
 * told …" or "China's representative, Zhang Jun, urged …".
 */
export function roleBeforeCommaName(
  tokens: Token[],
  first: number,
  last: number,
): { role: RoleFinding; from: number } | undefined {
  const comma = tokens[first - 1];
  if (!comma || !/^\s*,\s*$/.test(comma.post) || !/^\s*[,.;:]|^\s*$/.test(tokens[last]?.post ?? ""))
    return undefined;
  if (tokens[last]?.post.trim() === "" && last + 1 < tokens.length) return undefined;
  let from = first - 1;
  for (let i = first - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t || t.quote !== undefined || (i < first - 1 && !joinedInRole(t))) break;
    if (!isRoleWord(t) && !isLowercaseDescriptor(t)) break;
    from = i;
  }
  while (from < first && /^(?:of|for|and|the)$/i.test(tokens[from]?.text ?? "")) from++;
  const tied = from < first && ROLE_KEYWORDS.has(bare(tokens[first - 1] as Token).toLowerCase());
  if (!tied) from = tiedRoleStart(tokens, first) ?? first;
  const words = tokens.slice(from, first);
  if (words.length === 0) return undefined;
  const source = spanText(tokens, from, last);
  return { role: withSide({ role: roleText(words), source }, words), from };
}

/** The most words a role's "of/for/to" part may have: "of the European Commission". */
const MAX_ROLE_TAIL = 7;

/**
 * "Finland's envoy to the talks, Jane Doe,", "the head of Ankara's delegation, Ali Kaya,", "the
 * chief adviser of President Anna Berg, Tom Lind,": a role word, "of/for/to" and a few words
 * without a verb or a comma, ending just before the name. Returns where the role starts.
 */
function tiedRoleStart(tokens: Token[], first: number): number | undefined {
  for (let j = first - 1; j >= Math.max(1, first - 1 - MAX_ROLE_TAIL); j--) {
    const t = tokens[j] as Token;
    if (t.quote !== undefined || t.tags.has("Verb") || /^and$/i.test(t.text)) return undefined;
    if (j < first - 1 && !joinedInRole(t)) return undefined;
    if (!/^(?:of|for|to)$/i.test(t.text)) continue;
    let k = j - 1;
    // "chief of staff": the keyword may be a word before "of"
    if (!ROLE_KEYWORDS.has(bare(tokens[k] as Token).toLowerCase())) continue;
    while (k > 0) {
      const before = tokens[k - 1] as Token;
      if (!joinedInRole(before) || before.quote !== undefined) break;
      if (
        !isRoleWord(before) &&
        !isLowercaseDescriptor(before) &&
        !startsTwoWordSide(tokens, k - 1)
      )
        break;
      k--;
    }
    while (k < j && /^(?:of|for|and|the)$/i.test(tokens[k]?.text ?? "")) k++;
    return k;
  }
  return undefined;
}

/**
 * Finds every mention of a person in one sentence, in order. `known`: the words of the full names
 * the article gives (see {@link nameWordsOf}), read as names wherever they stand.
 */
export function findMentions(tokens: Token[], known?: ReadonlySet<string>): Mention[] {
  const mentions: Mention[] = [];
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
        text: spanText(tokens, i + 1, roleNoun),
        subject: isSubject(tokens, roleNoun),
        evidence: "plain",
      });
      i = roleNoun;
      continue;
    }
    if (!isNameToken(t, known)) continue;
    const last = lastNameIndex(tokens, i, known);
    // "Weimar Triangle", "Minsk Group": a format or group, not a person.
    if (GROUP_NAME.test(bare(tokens[last] as Token))) {
      i = last;
      continue;
    }
    const before = roleBeforeName(tokens, i) ?? roleBeforeCommaName(tokens, i, last);
    const after = appositiveRole(tokens, last);
    const role = before?.role ?? after;
    const run = tokens.slice(i, last + 1);
    const text = withoutPossessive(spanText(tokens, i, last));
    const speech =
      isSpeechVerb(tokens[i - 1]?.text ?? "") ||
      (joined(tokens[last]) && isSpeechVerb(tokens[last + 1]?.text ?? ""));
    const evidence = run.some(personTagged)
      ? "tagged"
      : role
        ? "role"
        : speech
          ? "speech"
          : "plain";
    // "Ana Brnabić, the Serbian prime minister, welcomed": the verb follows the appositive.
    const setOff = before !== undefined && /^\s*,\s*$/.test(tokens[last]?.post ?? "");
    const subject =
      isSubject(tokens, last, setOff) ||
      (after?.end !== undefined && isSubject(tokens, after.end, true));
    const mention: Mention = {
      kind: "name",
      first: i,
      last,
      from: before?.from ?? i,
      text,
      subject,
      evidence,
    };
    if (role) mention.role = role;
    const honorific = tokens[i - 1]?.text.toLowerCase() ?? "";
    const gender = HONORIFICS[honorific] ?? (run.length > 1 ? genderOf(run[0]) : undefined);
    if (gender) mention.gender = gender;
    mentions.push(mention);
    i = last;
  }
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

/** {@link clauseSubject} and the index of its verb. */
function clauseSubjectVerb(
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
  if (m.subject) return { mention: m, verb: verbAfter(tokens, m.last) };
  if (!/^\s*,\s*$/.test(tokens[m.last]?.post ?? "")) return undefined;
  // The set-off clause ends at a comma followed by the verb, within 40
  // words; a list inside it ("in Vienna, New York and Brussels,") has commas of its own.
  for (let i = m.last + 1; i < tokens.length && i <= m.last + 40; i++) {
    const t = tokens[i];
    if (!t || t.quote !== undefined || /[.;:]/.test(t.post)) return undefined;
    if (/,/.test(t.post) && isSubject(tokens, i, true))
      return { mention: m, verb: verbAfter(tokens, i) };
  }
  return undefined;
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
    if (!t || !(isNameToken(t, known) || hyphenPart || (j > first && isNameTail(tokens, j)))) break;
    last = j;
    if (/['’]s?$/.test(t.text)) break;
    // "Kang Kyung-wha", "Moon Jae-in": a name goes on after a hyphen.
    if (t.post === "-" && tokens[j + 1] && /^\p{L}/u.test(tokens[j + 1]?.text ?? "")) continue;
    if (!joined(t)) break;
    const next = tokens[j + 1];
    if (
      next &&
      NAME_PARTICLES.has(next.text.toLowerCase()) &&
      joined(next) &&
      tokens[j + 2] &&
      isNameToken(tokens[j + 2] as Token)
    )
      j++;
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
  if (!/^the$/i.test(tokens[i]?.text ?? "") || !joined(tokens[i])) return undefined;
  let j = i + 1;
  let last: number | undefined;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t || !isRoleWord(t)) break;
    if (ROLE_KEYWORDS.has(bare(t).toLowerCase())) last = j;
    if (!joined(t)) break;
  }
  if (last === undefined) return undefined;
  const next = tokens[last + 1];
  if (joined(tokens[last]) && next && isNameToken(next)) return undefined;
  return last;
}

/** "South Korean", "Saudi Arabia": a state or demonym of two words starting at token `i`. */
function startsTwoWordSide(tokens: Token[], i: number): boolean {
  const pair = `${tokens[i]?.text ?? ""} ${tokens[i + 1]?.text ?? ""}`;
  return entityOfDemonym(pair) !== undefined || entityNamed(pair) !== undefined;
}

/** A noun or adjective inside a role: "climate" in "German climate envoy", "External" in "External Affairs Minister". */
function isLowercaseDescriptor(t: Token): boolean {
  if (t.quote !== undefined || PERSON_TAGS.some((tag) => t.tags.has(tag))) return false;
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

function withSide(role: RoleFinding, words: Token[]): RoleFinding {
  for (const t of words) {
    const entity = entityNamed(t.text) ?? entityOfDemonym(bare(t));
    if (entity) return { ...role, side: entity.name };
  }
  return role;
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
