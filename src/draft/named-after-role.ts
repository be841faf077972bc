// A person introduced by their role first and named only in the next sentence, a common way of
// varying a report: "Greece's foreign minister, who has led months of quiet contacts with Ankara,
// signed several of the agreements. George Gerapetritis later told state broadcaster ERT …". A
// careful reader takes the role for the name; so does the drafter, but only when nothing else can
// be meant (see `namedAfterRole`).
import { clauseSubjectVerb, type Mention, spanText } from "./mentions.ts";
import type { People, Person } from "./people.ts";
import { sideOfRole } from "./sides.ts";
import type { Sentence } from "./tokens.ts";

/** A paragraph's sentences, each with its mentions, in article order. */
export type Paragraph = Array<{ sentence: Sentence; mentions: Mention[] }>;

/**
 * `namedAfterRole`: gives a person the role that the sentence before their first mention gave
 * without a name. All of these must hold:
 * - the earlier sentence's subject is a role noun ("the Northern Ireland Secretary", "Japan's
 *   foreign minister") that fits nobody the article has named with a role so far, and it names no
 *   other person as acting;
 * - the next sentence of the same paragraph opens with a full name as its subject;
 * - that is the person's first mention in the article, and they have no role of their own.
 * Returns the people given a role, for the review marks.
 */
export function namedAfterRole(paragraphs: Paragraph[], people: People): Person[] {
  const seen = new Set<Person>();
  const named: Person[] = [];
  for (const paragraph of paragraphs) {
    for (let k = 0; k < paragraph.length; k++) {
      const current = paragraph[k];
      if (!current) continue;
      const next = paragraph[k + 1];
      for (const m of current.mentions) {
        if (m.kind !== "name") continue;
        for (const p of people.candidates(m)) seen.add(p);
      }
      const role = roleSubject(current.sentence, current.mentions);
      const person =
        role && next ? firstNamedSubject(next.sentence, next.mentions, people) : undefined;
      if (
        role &&
        person &&
        !seen.has(person) &&
        !person.role &&
        people.candidates(role).length === 0 &&
        !current.mentions.some((m) => m.kind === "name" && m.subject)
      ) {
        const tokens = current.sentence.tokens;
        const text = spanText(tokens, role.first, role.last).replace(/^the\s+/i, "");
        const side = sideOfRole(text);
        people.giveRole(person, {
          role: text,
          source: `${spanText(tokens, role.first, role.last)} … ${person.name}`,
          ...(side ? { side } : {}),
        });
        named.push(person);
      }
    }
  }
  return named;
}

/** The role noun a sentence is about: its subject when that is a role ("the minister said"). */
function roleSubject(sentence: Sentence, mentions: Mention[]): Mention | undefined {
  const subject = clauseSubjectVerb(sentence.tokens, mentions)?.mention;
  return subject?.kind === "role" ? subject : undefined;
}

/** The one person a sentence opens with, as its subject, written with a full name. */
function firstNamedSubject(
  sentence: Sentence,
  mentions: Mention[],
  people: People,
): Person | undefined {
  const first = mentions[0];
  if (first?.kind !== "name" || !first.text.includes(" ") || first.from > 1) return undefined;
  const subject = clauseSubjectVerb(sentence.tokens, mentions)?.mention;
  if (subject !== first && !first.subject) return undefined;
  const found = people.candidates(first);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * `counterpartOfPrevious`: "His Turkish counterpart, Hakan Fidan, was also present." after a
 * sentence about Greece's foreign minister: "his" is the person the sentence before was about
 * (its subject, one person), and the counterpart mirrors their role with their own state
 * ("Turkish foreign minister"). Only for a counterpart that names nobody else in its sentence.
 */
export function counterpartOfPrevious(paragraphs: Paragraph[], people: People): void {
  let previous: Person | undefined;
  for (const paragraph of paragraphs) {
    for (const { sentence, mentions } of paragraph) {
      const names = mentions.filter((m) => m.kind === "name");
      const counterpart = names[0];
      if (
        previous &&
        counterpart?.role &&
        names.length === 1 &&
        !counterpart.role.counterpartOf &&
        /^(?:his|her)\s+(?:\p{L}+\s+){1,2}counterpart$/iu.test(counterpart.role.role) &&
        // "his counterpart" alone says only that they are on the other side, not their role
        sideOfRole(counterpart.role.role) !== undefined
      ) {
        const found = people.candidates(counterpart);
        const p = found.length === 1 ? found[0] : undefined;
        if (p && p !== previous) people.mirrorCounterpart(p, previous);
      }
      const subject = clauseSubjectVerb(sentence.tokens, mentions)?.mention;
      const read = subject && subject.kind !== "pronoun" ? people.candidates(subject) : [];
      previous = read.length === 1 ? read[0] : undefined;
    }
  }
}

/** One unit of an article in order: a heading, or a paragraph's sentences. */
export interface Unit {
  heading: boolean;
  sentences: Paragraph;
}

/**
 * `roleAfterName`: a person named alone and then described by their role in the next sentence,
 * the live blog's "6:47am Sunak: 'most significant partnership'" followed by "The British Prime
 * Minister described AUKUS as …", or "Lavrov arrived first. Russia's foreign minister said …": the
 * role is theirs. All of these must hold:
 * - the heading, or the sentence before in the same paragraph, names exactly one person, who has
 *   no role of their own yet, and no sentence of the paragraph before it names another person
 *   without a role (who may be the one the role noun means);
 * - the next sentence (the first of the paragraph after a heading) has as its subject a role noun
 *   that names a state or organisation ("British", "Russia's") and fits nobody the draft knows,
 *   and it names nobody by name before that role.
 * Returns the people given a role.
 */
export function roleAfterName(units: Unit[], people: People): Person[] {
  const named: Person[] = [];
  /** A name of someone other than `alone` who has no role the draft knows. */
  const roleless = (m: Mention, alone: Person) =>
    m.kind === "name" && people.candidates(m).some((p) => p !== alone && p.role === undefined);
  const consider = (
    before: { sentence: Sentence; mentions: Mention[] },
    after: { sentence: Sentence; mentions: Mention[] } | undefined,
    earlier: readonly { mentions: Mention[] }[] = [],
  ) => {
    if (!after) return;
    const alone = onePersonNamed(before.mentions, people);
    if (!alone || alone.role) return;
    // "Trudeau and López Obrador have finished their meeting. Trudeau called Mexico … The
    // Mexican president thanked …": another person of the paragraph with no role may be it
    if (earlier.some((e) => e.mentions.some((m) => roleless(m, alone)))) return;
    const role = roleSubject(after.sentence, after.mentions);
    if (!role || people.candidates(role).length > 0) return;
    if (after.mentions.some((m) => m.kind === "name" && m.first < role.first)) return;
    const tokens = after.sentence.tokens;
    const text = spanText(tokens, role.first, role.last).replace(/^the\s+/i, "");
    const side = sideOfRole(text);
    if (!side) return;
    people.giveRole(alone, {
      role: text,
      source: `${alone.name} … ${spanText(tokens, role.first, role.last)}`,
      side,
    });
    named.push(alone);
  };
  units.forEach((unit, u) => {
    if (unit.heading) {
      const next = units[u + 1];
      const heading = unit.sentences[0];
      if (heading && unit.sentences.length === 1 && next && !next.heading)
        consider(heading, next.sentences[0]);
      return;
    }
    for (let k = 0; k + 1 < unit.sentences.length; k++)
      consider(
        unit.sentences[k] as Paragraph[number],
        unit.sentences[k + 1],
        unit.sentences.slice(0, k),
      );
  });
  return named;
}

/** The one person a sentence names, by name, however often; undefined for none or several. */
function onePersonNamed(mentions: Mention[], people: People): Person | undefined {
  let found: Person | undefined;
  for (const m of mentions) {
    if (m.kind !== "name") continue;
    const candidates = people.candidates(m);
    const p = candidates.length === 1 ? candidates[0] : undefined;
    if (!p || (found && found !== p)) return undefined;
    found = p;
  }
  return found;
}
