// Groups that are not states (a rebel army, a militia, an opposition front), which a report
// introduces once with their acronym, "the Oromo Liberation Army (OLA)", "the Estado Mayor
// Central (EMC)", and then names by it. The gazetteer cannot know them, so each report's are read
// from its own words: the people who lead or speak for such a group act for it ("the OLA's
// commander-in-chief, X", "Its leader, X" after a sentence about the group, "the group's
// negotiator, X"), and the group becomes a party.
import { entityFormsStartingWith, entityNamed } from "./gazetteer.ts";
import { MAX_SECTION_ITEMS } from "./limits.ts";
import type { Mention } from "./mentions.ts";
import type { People, Person } from "./people.ts";
import type { Token } from "./tokens.ts";

/** A group the report defines with its acronym. */
export interface Group {
  /** As written before the brackets: "Oromo Liberation Army". */
  name: string;
  /** "OLA". */
  acronym: string;
}

/** Lower-case words that may stand inside a group's name: "Front for the Liberation of …". */
const NAME_PARTICLE = /^(?:of|for|the|and|de|del|la|los|las|el|y|des|du|et)$/;

/** At most this many words of a name before its acronym. */
const MAX_NAME_WORDS = 8;

/**
 * `groupsDefined`: every "Capitalised Words (ACRONYM)" or "Capitalised Words, or ACRONYM" of the texts whose acronym is the initials
 * of the capitalised words, and which the gazetteer does not already know ("the North Atlantic
 * Treaty Organization (NATO)" is a party anyway); at most as many as a draft lists parties.
 */
export function groupsDefined(texts: readonly string[]): Group[] {
  const groups = new Map<string, Group>();
  for (const text of texts)
    for (const m of text.matchAll(/\((\p{Lu}{2,6})\)|,\s+or\s+(\p{Lu}{2,6})\b/gu)) {
      const acronym = m[1] ?? m[2] ?? "";
      if (groups.size >= MAX_SECTION_ITEMS) break;
      if (groups.has(acronym) || entityNamed(acronym)) continue;
      const words = text.slice(0, m.index).trimEnd().split(/\s+/).slice(-MAX_NAME_WORDS);
      // the shortest run of words before the brackets whose capitals spell the acronym
      for (let from = words.length - 1; from >= 0; from--) {
        const run = words.slice(from);
        if (!/^\p{Lu}/u.test(run[0] ?? "")) continue;
        if (run.some((w) => !/^\p{Lu}[\p{L}'’-]*$/u.test(w) && !NAME_PARTICLE.test(w))) break;
        const initials = run
          .filter((w) => /^\p{Lu}/u.test(w))
          .map((w) => w[0])
          .join("");
        if (initials === acronym) {
          const name = run.join(" ");
          if (!entityNamed(name)) groups.set(acronym, { name, acronym });
          break;
        }
      }
    }
  return [...groups.values()];
}

/** One sentence's tokens and the people it mentions. */
interface SentenceMentions {
  tokens: Token[];
  mentions: Mention[];
}

/** "the group's", "the rebels'", "its": a role relative to a group named before. */
const GROUP_REFERENCE =
  /^(?:(?:the\s+)?(?:group|rebels?|movement|militia|organisation|organization|front|army)['’]s?|its)\s+/i;

/** "the group's negotiator" refers at most this many sentences back. */
const RECENT_SENTENCES = 3;

/** The groups by acronym and by the first word of their name, so a sentence is read once. */
interface GroupIndex {
  byAcronym: Map<string, Group>;
  byFirstWord: Map<string, Group[]>;
}

function indexOf(groups: readonly Group[]): GroupIndex {
  const byAcronym = new Map(groups.map((g) => [g.acronym, g]));
  const byFirstWord = new Map<string, Group[]>();
  for (const g of groups) {
    const first = g.name.split(" ")[0] ?? "";
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), g]);
  }
  return { byAcronym, byFirstWord };
}

const bareText = (t: Token | undefined) => (t?.text ?? "").replace(/['’]s?$/u, "");

/** The group a sentence names last before token `end`, by acronym or name. */
function groupNamedBefore(tokens: Token[], end: number, index: GroupIndex): Group | undefined {
  let found: Group | undefined;
  for (let i = 0; i < end; i++) {
    const word = bareText(tokens[i]);
    found = index.byAcronym.get(word) ?? found;
    for (const g of index.byFirstWord.get(word) ?? []) {
      const length = g.name.split(" ").length;
      const written = tokens
        .slice(i, i + length)
        .map(bareText)
        .join(" ");
      if (written === g.name) found = g;
    }
  }
  return found;
}

/**
 * `readGroupRoles`: gives the people who act for a group defined by its acronym that group as
 * their side, and writes a role relative to it with the acronym ("the group's negotiator" → "EMC
 * negotiator", "Its leader" → "EMC leader"): a role that names the group, or one that refers to
 * the group named last before it, in its sentence or the two before.
 */
export function readGroupRoles(
  sentences: readonly SentenceMentions[],
  people: People,
  groups: readonly Group[],
): void {
  if (groups.length === 0) return;
  const index = indexOf(groups);
  const recent: Array<Group | undefined> = [];
  for (const { tokens, mentions } of sentences) {
    for (const m of mentions) {
      if (m.kind !== "name") continue;
      const found = people.candidates(m);
      const p = found.length === 1 ? found[0] : undefined;
      if (!p?.role) continue;
      // "the NLM's commander-in-chief": the role's own reading took the acronym for a name
      const byAcronym = index.byAcronym.get(p.role.side ?? "");
      if (byAcronym) p.role = { ...p.role, side: byAcronym.name };
      if (p.role.side) continue;
      // a role that refers back ("its leader") is read where it was written
      giveGroup(p, tokens, m, index, m.role?.source === p.role.source ? recent : undefined);
    }
    recent.push(groupNamedBefore(tokens, tokens.length, index));
    if (recent.length > RECENT_SENTENCES) recent.shift();
  }
}

function giveGroup(
  p: Person,
  tokens: Token[],
  m: Mention,
  index: GroupIndex,
  recent: ReadonlyArray<Group | undefined> | undefined,
): void {
  const role = p.role;
  if (!role) return;
  const words = role.role.split(/\s+/).map((w) => w.replace(/['’]s?$/u, ""));
  const named =
    words.map((w) => index.byAcronym.get(w)).find((g) => g !== undefined) ??
    words.flatMap((w) => index.byFirstWord.get(w) ?? []).find((g) => role.role.includes(g.name));
  if (named) {
    p.role = { ...role, side: named.name };
    return;
  }
  const reference = GROUP_REFERENCE.exec(role.role);
  if (!reference || !recent) return;
  // "Its leader, X" refers to the sentence before at most; "the group's negotiator" a little further
  const before = /^its\s/i.test(reference[0]) ? recent.slice(-1) : recent;
  const inSentence = groupNamedBefore(tokens, m.from, index);
  // "The group's negotiator, X, was the first to speak for the Houthis": the sentence names the
  // side itself, so a group of the sentences before is not the one meant
  if (!inSentence && sideNamedAfter(tokens, m.last)) return;
  const group = inSentence ?? [...before].reverse().find((g) => g !== undefined);
  if (!group) return;
  p.role = {
    ...role,
    role: `${group.acronym} ${role.role.slice(reference[0].length)}`,
    side: group.name,
  };
}

/** Whether a state or organisation the gazetteer knows is named after token `last`. */
function sideNamedAfter(tokens: Token[], last: number): boolean {
  for (let i = last + 1; i < tokens.length; i++) {
    const word = tokens[i]?.text ?? "";
    if (!/^\p{Lu}/u.test(word)) continue;
    for (const form of entityFormsStartingWith(word)) {
      const phrase = tokens
        .slice(i, i + form.words.length)
        .map((t) => t.text.replace(/['’]s?$/u, ""))
        .join(" ")
        .toLowerCase();
      if (phrase === form.form) return true;
    }
  }
  return false;
}
