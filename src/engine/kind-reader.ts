// The one reader of a question's kind, used by answering and by the typed question alike. It
// reads the NLP parse (lemmas and parts of speech, `./nlp.ts`) in the order a question's grammar
// gives: the question word and its noun ("when", "which city", "how long"), then what the main
// clause's words ask for (said, attended, agreed, wanted, discussed …), then weaker cues. The
// words are tables by kind (`./knowledge/kind-lexicon.ts`), matched by lemma, so inflections and
// paraphrases of one verb read alike.

import { editDistance } from "../text/edit-distance.ts";
import { isOwnEnglishWord } from "../text/english.ts";
import { isRoleWord } from "../text/index.ts";
import {
  KIND_CUES,
  type KindCues,
  PEOPLE_NOUNS,
  PLACE_NOUNS,
  ROLE_NOUNS,
  SAID_CUES,
  SIDE_NOUNS,
  STANCE_VERBS,
  SUBORDINATORS,
  SUMMARY_REQUESTS,
  TIME_NOUNS,
  TIME_UNITS,
  WEAK_KIND_CUES,
} from "./knowledge/kind-lexicon.ts";
import { type ParsedWord, parseWords } from "./nlp.ts";
import type { Kind } from "./question.ts";

/** Kinds a question word (with its noun) asks for by itself. */
type AskedFor = "howlong" | "when" | "where" | "who";

/** Irregular pasts no stem reaches (the tagger misses verbs in lower-case chat: "zelensky said"). */
const IRREGULAR: Readonly<Record<string, string>> = {
  said: "say",
  told: "tell",
  wrote: "write",
  spoke: "speak",
  sought: "seek",
  took: "take",
  gave: "give",
  led: "lead",
  brought: "bring",
  got: "get",
  came: "come",
  thought: "think",
  stood: "stand",
  began: "begin",
  held: "hold",
};

/** Words after which a word is a noun ("the table", "how many states"), whatever the tagger says. */
const NOUN_MAKERS = new Set(
  "the a an this that these those its their his her our your my many much several few some all both which what whose".split(
    " ",
  ),
);

/** A verb's inflections: "offer" → offers, offered, offering; "agree" → agreed, agreeing. */
function verbForms(lemma: string): string[] {
  const base = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  const doubled = lemma + lemma.slice(-1);
  return [
    lemma,
    `${lemma}s`,
    `${lemma}es`,
    `${base}ed`,
    `${base}ing`,
    `${doubled}ed`,
    `${doubled}ing`,
  ].concat(lemma.endsWith("y") ? [`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`] : []);
}

/** A noun's singular or plural: "point", "points"; "party", "parties". */
function nounForms(noun: string): string[] {
  return [noun, `${noun}s`, `${noun}es`].concat(
    noun.endsWith("y") ? [`${noun.slice(0, -1)}ies`] : [],
  );
}

/** Adds `value` to the list kept under `key`. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * One table of cues made into lookups by the written word, so that a question's words are each
 * looked up once instead of compared with every entry and its every inflection.
 */
interface CueLookup {
  /** Single words, by the word or its lemma. */
  words: ReadonlySet<string>;
  /** Two-word entries ("follow up"): first word → second words. */
  pairs: ReadonlyMap<string, readonly string[]>;
  /** Verb lemma → the particles that must follow it (undefined: none). */
  verbs: ReadonlyMap<string, readonly (string | undefined)[]>;
  /** An inflection or irregular past → the verb lemmas it is a form of. */
  verbForms: ReadonlyMap<string, readonly string[]>;
  /** Noun lemmas. */
  nouns: ReadonlySet<string>;
  /** A noun's singular or plural → true. */
  nounForms: ReadonlySet<string>;
}

const lookups = new WeakMap<KindCues, CueLookup>();

function lookupOf(cues: KindCues): CueLookup {
  const known = lookups.get(cues);
  if (known) return known;
  const words = new Set<string>();
  const pairs = new Map<string, string[]>();
  for (const entry of cues.words ?? []) {
    const [first = "", second] = entry.split(" ");
    if (second === undefined) words.add(entry);
    else addTo(pairs, first, second);
  }
  const verbs = new Map<string, (string | undefined)[]>();
  const forms = new Map<string, string[]>();
  for (const entry of cues.verbs ?? []) {
    const [lemma = "", particle] = entry.split(" ");
    if (!verbs.has(lemma)) {
      for (const form of verbForms(lemma)) addTo(forms, form, lemma);
      for (const [past, of] of Object.entries(IRREGULAR))
        if (of === lemma) addTo(forms, past, lemma);
    }
    addTo(verbs, lemma, particle);
  }
  const nouns = new Set(cues.nouns ?? []);
  const lookup: CueLookup = {
    words,
    pairs,
    verbs,
    verbForms: forms,
    nouns,
    nounForms: new Set([...nouns].flatMap(nounForms)),
  };
  lookups.set(cues, lookup);
  return lookup;
}

/**
 * Whether the word at `i` is one of the lookup's verbs, or a verb with its particle ("take part").
 * The tagger's verb lemma first; its tags are not trusted alone, since lower-case chat misleads it
 * ("what did zelensky say" reads "say" as a noun), so a word's own inflections count too, unless
 * a determiner or a possessive before it makes it a noun, or it is part of a place's name.
 */
function isVerb(words: readonly ParsedWord[], i: number, cues: CueLookup): boolean {
  const w = words[i] as ParsedWord;
  const next = words[i + 1]?.normal;
  const takes = (lemma: string) =>
    cues.verbs.get(lemma)?.some((particle) => particle === undefined || particle === next) === true;
  if (w.verb && takes(w.lemma)) return true;
  const before = words[i - 1];
  // "secretary of state": a word right after "of" is a noun
  if (w.proper || (before && (NOUN_MAKERS.has(before.normal) || before.apostrophe))) return false;
  if (before?.normal === "of") return false;
  return cues.verbForms.get(w.normal)?.some(takes) === true;
}

/** The word at `i` as written or as its lemma; two words ("follow up") as written. */
function isWord(words: readonly ParsedWord[], i: number, cues: CueLookup): boolean {
  const w = words[i] as ParsedWord;
  if (cues.words.has(w.normal) || cues.words.has(w.lemma)) return true;
  const next = words[i + 1]?.normal;
  return next !== undefined && cues.pairs.get(w.normal)?.includes(next) === true;
}

/** Whether any word of the clause is one of these cues, each by its part of speech. */
function hasCue(words: readonly ParsedWord[], cues: KindCues): boolean {
  const lookup = lookupOf(cues);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as ParsedWord;
    if (isWord(words, i, lookup)) return true;
    // "tell me", "tell us": a request to the bot, not what someone said
    const toTheBot = words[i + 1]?.normal === "me" || words[i + 1]?.normal === "us";
    if (!toTheBot && isVerb(words, i, lookup)) return true;
    if (!w.possessive && (lookup.nouns.has(w.lemma) || lookup.nounForms.has(w.normal))) return true;
  }
  return false;
}

/** "where does Germany stand on …" */
const STANCE_CUES: KindCues = { verbs: STANCE_VERBS };
/** "how did the war start" */
const BEGINNING_CUES: KindCues = { verbs: ["start", "begin"] };

/** The kind a question word asks for, with the noun after it ("which city", "how many days"). */
function askedFor(words: readonly ParsedWord[]): AskedFor | undefined {
  let found: AskedFor | undefined;
  const rank: AskedFor[] = ["howlong", "when", "where", "who"];
  const take = (k: AskedFor) => {
    if (found === undefined || rank.indexOf(k) < rank.indexOf(found)) found = k;
  };
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] as ParsedWord).normal;
    const next = words[i + 1];
    const after = next?.lemma ?? "";
    if (w === "how" && next?.normal === "long") take("howlong");
    else if (
      w === "how" &&
      next?.normal === "many" &&
      TIME_UNITS.includes(words[i + 2]?.lemma ?? "")
    )
      take("howlong");
    else if (w === "duration" || (w === "length" && (i === 0 || next?.normal === "of")))
      take("howlong");
    else if (w === "last" || w === "lasted") {
      if (next?.normal === "for") take("howlong");
    } else if (w === "when" || w === "whens") take("when");
    else if (w === "where" || w === "wheres") take("where");
    else if (w === "who" || w === "whom" || w === "whose" || w === "whos") take("who");
    else if (w === "what" || w === "which") {
      // the noun the question word asks for, after its modifiers: "which american diplomat"
      const head = headNoun(words, i + 1) ?? next;
      const noun = head?.lemma ?? "";
      if (TIME_NOUNS.includes(after)) take("when");
      // "which country" asks where; "which countries" asks for the sides
      else if (PLACE_NOUNS.includes(next?.normal ?? "")) take("where");
      else if (SIDE_NOUNS.includes(after) || (w === "which" && PEOPLE_NOUNS.includes(after)))
        take("who");
      else if (w === "which" && head && asksForPeople(head)) take("who");
      else if (noun !== after && SIDE_NOUNS.includes(noun)) take("who");
    }
  }
  return found;
}

/** The most modifiers read before the noun a question word asks for ("which cattle ranchers leader"). */
const MAX_MODIFIERS = 3;

/** Words that end a noun phrase: the verb or preposition after it. */
const PHRASE_ENDS = new Set(
  "of at in on to for from with by about was were is are did does do has have had will would can could".split(
    " ",
  ),
);

/**
 * The last word of the noun phrase that starts at `from` ("american diplomat" → "diplomat"),
 * read up to the verb or preposition after it; undefined when it runs on past a few words.
 */
function headNoun(words: readonly ParsedWord[], from: number): ParsedWord | undefined {
  let head: ParsedWord | undefined;
  for (let k = from; k < words.length && k <= from + MAX_MODIFIERS; k++) {
    const w = words[k] as ParsedWord;
    if (PHRASE_ENDS.has(w.normal) || (k > from && w.verb && !w.noun)) return head;
    head = w;
  }
  return head !== undefined && words.length <= from + MAX_MODIFIERS + 1 ? head : undefined;
}

/** A noun for people or a role held ("diplomat", "leader", "envoy"): "which X" asks who. */
function asksForPeople(w: ParsedWord): boolean {
  return PEOPLE_NOUNS.includes(w.lemma) || ROLE_NOUNS.includes(w.lemma) || isRoleWord(w.normal);
}

/** "tell me about …", "brief me on …", "fill me in on …", "talk me through …". */
function asksForTheStory(all: readonly ParsedWord[]): boolean {
  // "pls tell me about …", "hey bot, brief me on …"
  const words = all.slice(
    Math.max(
      0,
      all.findIndex((w) => SUMMARY_REQUESTS.includes(w.lemma)),
    ),
  );
  const [first, second, third, fourth] = words;
  if (!first || !second || !SUMMARY_REQUESTS.includes(first.lemma) || second.normal !== "me")
    return false;
  // "tell me about …", "fill me in on …"; not "tell me Borrell's verdict on …", which asks it
  const opens = (w: ParsedWord | undefined) =>
    w?.normal === "about" || w?.normal === "on" || w?.normal === "through";
  return opens(third) || (third?.normal === "in" && opens(fourth));
}

/** "did X say yes": a say-verb whose object is yes or no asks where X stands. */
function saysYesOrNo(words: readonly ParsedWord[]): boolean {
  return words.some(
    (w, i) =>
      w.lemma === "say" && (words[i + 1]?.normal === "yes" || words[i + 1]?.normal === "no"),
  );
}

/** A role noun names the role asked about when "of" follows it or it ends the question. */
function asksTheRole(words: readonly ParsedWord[], i: number): boolean {
  const next = words[i + 1]?.normal;
  // "head of the delegation?", "US representative at the Astana talks"
  return next === undefined || ROLE_LINKS.has(next);
}

/** Words after a role noun that say whose or where the role is. */
const ROLE_LINKS: ReadonlySet<string> = new Set(["of", "at", "in", "for"]);

function kindOfClause(words: readonly ParsedWord[]): Kind {
  const kind = kindOfWords(words);
  // "how many deputies attended", "how much aid did Harris announce": when the question word
  // asks for a number, the verb only says of which act; the number is the answer, not the
  // people there or the words said
  return (kind === "who" || kind === "said") && asksCountFirst(words) ? "general" : kind;
}

/** "how many …" before any verb: the clause's own question word asks for a number. */
function asksCountFirst(words: readonly ParsedWord[]): boolean {
  const at = words.findIndex(
    (w, i) =>
      w.normal === "how" && (words[i + 1]?.normal === "many" || words[i + 1]?.normal === "much"),
  );
  return at >= 0 && !words.slice(0, at).some((w) => w.verb && !w.proper);
}

function kindOfWords(words: readonly ParsedWord[]): Kind {
  const asked = askedFor(words);
  if (asked === "howlong" || asked === "when") return asked;
  if (asked === "where") {
    // "where does Germany stand on …" asks for a position, not a place
    return hasCue(words, STANCE_CUES) ? "position" : "where";
  }
  if (saysYesOrNo(words)) return "position";
  const story = asksForTheStory(words);
  // "who said …" is a quote question whose answer names the speaker
  if (!story && hasCue(words, SAID_CUES)) return "said";
  if (asked === "who") return "who";
  let kind: Kind = story ? "summary" : "general";
  if (!story) {
    for (const [k, cues] of KIND_CUES) {
      if (hasCue(words, cues)) {
        kind = k;
        break;
      }
    }
    // "how did the war start": how something began is its background
    if (kind === "general" && words[0]?.normal === "how" && hasCue(words, BEGINNING_CUES))
      kind = "background";
    // "what happened", "what was it about", "what were the talks about": the whole story
    const endsInAbout = words.length >= 3 && words[words.length - 1]?.normal === "about";
    const whatHappened = words.some(
      (w, i) => w.normal === "what" && words[i + 1]?.normal === "happened",
    );
    if (kind === "general" && (endsInAbout || whatHappened)) kind = "summary";
  }
  if (kind !== "general" && kind !== "summary") return kind;
  // what nothing above decided: the weaker cues of the question's verbs and nouns
  for (const [k, cues] of WEAK_KIND_CUES) if (hasCue(words, cues)) return k;
  // "head of the Russian delegation?", "Minsk II host?": a role asked about is a who-question
  // ("how many heads of state came" counts them)
  if (
    !asksCount(words) &&
    words.some((w, i) => ROLE_NOUNS.includes(w.lemma) && asksTheRole(words, i))
  )
    return "who";
  // "will they …": a question about what is to come
  if (words[0]?.normal === "will") return "next";
  return kind;
}

/** "how many …", "how much …": the question word asks for a number. */
function asksCount(words: readonly ParsedWord[]): boolean {
  return words.some(
    (w, i) =>
      w.normal === "how" && (words[i + 1]?.normal === "many" || words[i + 1]?.normal === "much"),
  );
}

/** The words that make a question of each kind, as the reader weighs them. */
const CUES_OF: Partial<Record<Kind, readonly KindCues[]>> = {
  said: [SAID_CUES],
  who: [{ nouns: [...PEOPLE_NOUNS, ...ROLE_NOUNS, ...SIDE_NOUNS] }],
  where: [{ nouns: PLACE_NOUNS }],
  when: [{ nouns: TIME_NOUNS }],
  position: [STANCE_CUES],
};
for (const [kind, cues] of [...KIND_CUES, ...WEAK_KIND_CUES]) {
  CUES_OF[kind] = [...(CUES_OF[kind] ?? []), cues];
}

/**
 * Whether a question word is one of the words that make a question of this kind ("stand" in
 * "where does China stand", "verdict" in "Borrell's verdict on …"): it says what kind of answer
 * is wanted, not what about, so the briefings need not use it.
 */
export function isCueOf(word: string, kind: Kind): boolean {
  return (CUES_OF[kind] ?? []).some((cues) => {
    const lookup = lookupOf(cues);
    return (
      lookup.words.has(word) ||
      lookup.verbs.has(word) ||
      lookup.verbForms.has(word) ||
      lookup.nounForms.has(word)
    );
  });
}

/** Cue words of every kind, of six letters or more (shorter ones are too near other words). */
let longCues: readonly string[] | undefined;
function longCueWords(): readonly string[] {
  if (!longCues) {
    const all = new Set<string>();
    for (const list of Object.values(CUES_OF))
      for (const cues of list ?? [])
        for (const w of [...(cues.nouns ?? []), ...(cues.words ?? []), ...(cues.verbs ?? [])])
          if (/^\p{L}{6,}$/u.test(w)) all.add(w);
    longCues = [...all];
  }
  return longCues;
}

/**
 * "turkeys positoin on its troops", "chinas postion at cop21": a word the lexicon does not have and
 * one edit (a swap of two letters counts as one) from a long cue word is read as that cue, so a
 * typo does not change what kind of answer is wanted. Same first letter and length within one.
 */
export function spellCueWords(text: string): string {
  return text.replace(/\p{L}{6,}/gu, (typed) => {
    const w = typed.toLowerCase();
    if (isOwnEnglishWord(w)) return typed;
    const cue = longCueWords().find(
      (c) => c[0] === w[0] && Math.abs(c.length - w.length) <= 1 && editDistance(w, c, 1) <= 1,
    );
    return cue ?? typed;
  });
}

/** The most words read: a question, not an essay (the parse's cost grows with its length). */
const MAX_WORDS = 60;

/** The kind of a question: its main clause first, since a subordinate clause only says when or why. */
export function readKind(text: string): Kind {
  const words = parseWords(spellCueWords(text)).slice(0, MAX_WORDS);
  // "the first minsk deal was signed when": a last word is the question word, not a subordinator
  const cut = words.findIndex(
    (w, i) => i > 0 && i < words.length - 1 && SUBORDINATORS.includes(w.normal),
  );
  if (cut >= 3) {
    const main = words.slice(0, cut);
    const kind = kindOfClause(main);
    // "how many troops were there when the deal was signed": a count asked in the main clause
    // stays a count; the subordinate clause only says of which time
    if (kind !== "general" || asksCount(main)) return kind;
  }
  return kindOfClause(words);
}
