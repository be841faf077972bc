// The one reader of a question's kind, used by answering and by the typed question alike. It
// reads the NLP parse (lemmas and parts of speech, `./nlp.ts`) in the order a question's grammar
// gives: the question word and its noun ("when", "which city", "how long"), then what the main
// clause's words ask for (said, attended, agreed, wanted, discussed …), then weaker cues. The
// words are tables by kind (`./knowledge/kind-lexicon.ts`), matched by lemma, so inflections and
// paraphrases of one verb read alike.
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
function inflectsVerb(word: string, lemma: string): boolean {
  if (word === lemma) return true;
  const base = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  const doubled = lemma + lemma.slice(-1);
  return [`${lemma}s`, `${lemma}es`, `${base}ed`, `${base}ing`, `${doubled}ed`, `${doubled}ing`]
    .concat(lemma.endsWith("y") ? [`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`] : [])
    .includes(word);
}

/** A noun's singular or plural: "point", "points"; "party", "parties". */
function inflectsNoun(word: string, noun: string): boolean {
  return (
    word === noun ||
    word === `${noun}s` ||
    word === `${noun}es` ||
    (noun.endsWith("y") && word === `${noun.slice(0, -1)}ies`)
  );
}

/**
 * Whether the word at `i` is `entry`'s verb, or a verb with its particle ("take part"). The
 * tagger's verb lemma first; its tags are not trusted alone, since lower-case chat misleads it
 * ("what did zelensky say" reads "say" as a noun), so a word's own inflections count too, unless
 * a determiner or a possessive before it makes it a noun, or it is part of a place's name.
 */
function isVerb(words: readonly ParsedWord[], i: number, entry: string): boolean {
  const w = words[i] as ParsedWord;
  const [lemma = "", particle] = entry.split(" ");
  if (particle !== undefined && words[i + 1]?.normal !== particle) return false;
  const before = words[i - 1];
  if (w.verb && w.lemma === lemma) return true;
  if (w.proper || (before && (NOUN_MAKERS.has(before.normal) || before.apostrophe))) return false;
  return IRREGULAR[w.normal] === lemma || inflectsVerb(w.normal, lemma);
}

function isNoun(w: ParsedWord, entry: string): boolean {
  return w.lemma === entry || inflectsNoun(w.normal, entry);
}

/** The word at `i` as written or as its lemma; two words ("follow up") as written. */
function isWord(words: readonly ParsedWord[], i: number, entry: string): boolean {
  const w = words[i] as ParsedWord;
  const [first, second] = entry.split(" ");
  if (second !== undefined) return w.normal === first && words[i + 1]?.normal === second;
  return w.normal === entry || w.lemma === entry;
}

/** Whether any word of the clause is one of these cues, each by its part of speech. */
function hasCue(words: readonly ParsedWord[], cues: KindCues): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as ParsedWord;
    if (cues.words?.some((c) => isWord(words, i, c))) return true;
    // "tell me", "tell us": a request to the bot, not what someone said
    const toTheBot = words[i + 1]?.normal === "me" || words[i + 1]?.normal === "us";
    if (!toTheBot && cues.verbs?.some((c) => isVerb(words, i, c))) return true;
    if (!w.possessive && cues.nouns?.some((c) => isNoun(w, c))) return true;
  }
  return false;
}

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
      if (TIME_NOUNS.includes(after)) take("when");
      // "which country" asks where; "which countries" asks for the sides
      else if (PLACE_NOUNS.includes(next?.normal ?? "")) take("where");
      else if (SIDE_NOUNS.includes(after) || (w === "which" && PEOPLE_NOUNS.includes(after)))
        take("who");
    }
  }
  return found;
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
  const [first, second] = words;
  if (!first || !second || !SUMMARY_REQUESTS.includes(first.lemma) || second.normal !== "me")
    return false;
  return words
    .slice(2, 5)
    .some((w) => w.normal === "about" || w.normal === "on" || w.normal === "through");
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
  return next === undefined || next === "of";
}

function kindOfClause(words: readonly ParsedWord[]): Kind {
  const asked = askedFor(words);
  if (asked === "howlong" || asked === "when") return asked;
  if (asked === "where") {
    // "where does Germany stand on …" asks for a position, not a place
    return hasCue(words, { verbs: STANCE_VERBS }) ? "position" : "where";
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
    if (
      kind === "general" &&
      words[0]?.normal === "how" &&
      hasCue(words, { verbs: ["start", "begin"] })
    )
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
  if (words.some((w, i) => ROLE_NOUNS.includes(w.lemma) && asksTheRole(words, i))) return "who";
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

/** The most words read: a question, not an essay (the parse's cost grows with its length). */
const MAX_WORDS = 60;

/** The kind of a question: its main clause first, since a subordinate clause only says when or why. */
export function readKind(text: string): Kind {
  const words = parseWords(text).slice(0, MAX_WORDS);
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
