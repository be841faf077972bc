// Parties (states, alliances, organisations) named as sides, and the positions the report states
// for them: sentences whose subject is the party and whose verb says what it wants, demands or rejects.
import { entityFormsStartingWith, entityNamed, entityOfDemonym } from "./gazetteer.ts";
import type { Sentence, Token } from "./tokens.ts";
import { POSITION_ADJECTIVE, POSITION_VERB } from "./vocabulary.ts";

/** A party's position and the words that made it one ("Russia is demanding"). */
export interface PositionFinding {
  party: string;
  /** The party as the sentence names it ("The Kremlin", "the 30 NATO countries"). */
  as: string;
  text: string;
  /** Subject and verb as written, for the review mark. */
  source: string;
}

const BODY =
  /^(?:side|government|delegation|leadership|officials|ministry|embassy|mission|presidency)$/i;

const AUXILIARY =
  /^(?:is|are|was|were|has|have|had|will|would|also|still|now|again|not|continues?|firmly|clearly)$/i;

/**
 * `partyPosition`: the sentence states a party's position when a party (or its metonym: Moscow,
 * the Kremlin, the alliance) is followed, within a few words and before any other verb, by a
 * position verb ("wants", "is demanding", "rejected", "is open to"). Quotes are skipped. One
 * finding per party of the subject; none when the sentence states no position.
 */
export function partyPosition(sentence: Sentence): PositionFinding[] {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const first = partyAt(tokens, i);
    if (!first) continue;
    // "The United States and the European Union support …": every party of the subject.
    const subject = [first];
    let last = first.last;
    for (;;) {
      const joiner = tokens[last + 1]?.text.toLowerCase();
      const next = joiner === "and" ? partyAt(tokens, last + 2) : undefined;
      if (!next) break;
      subject.push(next);
      last = next.last;
    }
    for (let j = last + 1; j < tokens.length && j <= last + 4; j++) {
      const t = tokens[j];
      if (!t || t.quote !== undefined) break;
      const word = t.text;
      const isPosition =
        POSITION_VERB.test(word) ||
        (POSITION_ADJECTIVE.test(word) && AUXILIARY.test(tokens[j - 1]?.text ?? ""));
      if (isPosition) {
        const source = tokens
          .slice(first.first, j + 1)
          .map((x) => x.text)
          .join(" ");
        return subject.map((p) => ({ party: p.party, as: p.as, text: sentence.text, source }));
      }
      if (AUXILIARY.test(word) || t.tags.has("Adverb")) continue;
      if (t.tags.has("Verb") || /[,;:]/.test(tokens[j - 1]?.post ?? "")) break;
    }
    i = last;
  }
  return [];
}

/** Every party a sentence names outside quotes, with the words it uses ("Moscow" for Russia). */
export function partiesNamed(sentence: Sentence): Array<{ party: string; as: string }> {
  const found: Array<{ party: string; as: string }> = [];
  for (let i = 0; i < sentence.tokens.length; i++) {
    const hit = partyAt(sentence.tokens, i);
    if (!hit) continue;
    found.push({ party: hit.party, as: hit.as.replace(/['’]s?$/u, "") });
    i = hit.last;
  }
  return found;
}

/** At most this many words ("the", "all", numbers) before a party stand for it: "the 30 NATO countries". */
const MAX_PARTY_PREFIX = 3;

/**
 * A party name at token `i`: a gazetteer form of one or more words ("the Kremlin", "European
 * Union"), a demonym or country compromise knows, optionally as "the 30 NATO countries".
 * Returns the party's name, the words as written, and the token range. Looks at a few tokens
 * from `i` only, so scanning a sentence with it costs time in proportion to its length.
 */
export function partyAt(
  tokens: Token[],
  i: number,
): { party: string; as: string; first: number; last: number } | undefined {
  const direct = partyNamedAt(tokens, i);
  if (direct) return direct;
  // "the 30 NATO countries": a determiner and number before the party.
  for (let j = i; j < i + MAX_PARTY_PREFIX; j++) {
    const t = tokens[j];
    if (!t || t.quote !== undefined || !(/^(?:the|all)$/i.test(t.text) || t.tags.has("Value")))
      return undefined;
    if (tokens[j + 1]?.text.toLowerCase() === "the") return undefined;
    const next = partyNamedAt(tokens, j + 1);
    if (next) return { ...next, first: i };
  }
  return undefined;
}

/** A party named by the words at token `i` themselves, without a determiner or number before it. */
function partyNamedAt(
  tokens: Token[],
  i: number,
): { party: string; as: string; first: number; last: number } | undefined {
  const start = tokens[i];
  if (!start || start.quote !== undefined) return undefined;
  for (const { words, entry } of entityFormsStartingWith(start.text)) {
    const slice = tokens.slice(i, i + words.length);
    if (slice.length !== words.length) continue;
    const matches = slice.every((t, k) => {
      const word = words[k] ?? "";
      const text = k === words.length - 1 ? t.text.replace(/['’]s?$/u, "") : t.text;
      return text.toLowerCase() === word;
    });
    if (!matches) continue;
    // Metonyms like "the alliance" or "Washington" need their capital or article as written.
    const as = slice.map((t) => t.text).join(" ");
    let last = i + words.length - 1;
    // "the 30 NATO countries", "NATO allies": the members stand for the party.
    if (/^(?:countries|states|members|allies|governments?)$/i.test(tokens[last + 1]?.text ?? ""))
      last++;
    return { party: entry.name, as, first: i, last };
  }
  // "the Russian side", "the Russian foreign ministry": a demonym and the body that acts for it.
  const demonym = entityOfDemonym(start.text);
  for (let j = i + 1; demonym && j <= i + 3 && j < tokens.length; j++) {
    const word = tokens[j]?.text ?? "";
    if (BODY.test(word)) {
      return {
        party: demonym.name,
        as: tokens
          .slice(i, j + 1)
          .map((t) => t.text)
          .join(" "),
        first: i,
        last: j,
      };
    }
    // "the Chinese Foreign Ministry": the body's name capitalised, but no person's name
    if (!/^\p{Ll}/u.test(word) && (tokens[j]?.tags.has("Person") || !/^\p{Lu}\p{Ll}+$/u.test(word)))
      break;
  }
  if (start.tags.has("Country") && !entityNamed(start.text)) {
    const name = start.text.replace(/['’]s?$/u, "");
    return { party: name, as: name, first: i, last: i };
  }
  return undefined;
}

/** A third party's part in talks: "guarantor countries", "mediators from …", "observers". */
const THIRD_PARTY_ROLE = /^(?:guarantors?|mediators?|observers?|facilitators?)$/i;
/** Tokens that join the parties of a list: "," is in the words' `post`, these are words. */
const LIST_JOINER = /^(?:and|as well as)$/i;

/**
 * `thirdPartiesListed`: states and organisations a sentence names in one list as the talks'
 * guarantors, mediators, observers or facilitators: "Norway, Ireland and Switzerland act as
 * guarantor countries", "with mediators from the regional bloc IGAD, Kenya and Norway at its
 * head". Parties named elsewhere in the sentence are not taken.
 */
export function thirdPartiesListed(sentence: Sentence): string[] {
  const tokens = sentence.tokens;
  const runs: Array<{ parties: string[]; first: number; last: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = partyAt(tokens, i);
    if (!hit) continue;
    const run = runs.at(-1);
    const between = run ? tokens.slice(run.last + 1, hit.first) : [];
    const joined =
      run !== undefined &&
      between.every((t) => LIST_JOINER.test(t.text)) &&
      between.length <= 1 &&
      (between.length === 1 || /^\s*,\s*$/.test(tokens[run.last]?.post ?? ""));
    if (run && joined) {
      run.parties.push(hit.party);
      run.last = hit.last;
    } else runs.push({ parties: [hit.party], first: hit.first, last: hit.last });
    i = hit.last;
  }
  const roleAt = (k: number) => THIRD_PARTY_ROLE.test(tokens[k]?.text ?? "");
  const listed: string[] = [];
  for (const run of runs) {
    if (run.parties.length < 2) continue;
    // "… act as guarantor countries", "…, the guarantors,"
    const after = tokens.slice(run.last + 1, run.last + 5);
    const as = after.findIndex((t) => /^as$/i.test(t.text));
    const roleAfter =
      (as >= 0 && after.slice(as + 1).some((_, k) => roleAt(run.last + 2 + as + k))) ||
      (/^\s*,\s*$/.test(tokens[run.last]?.post ?? "") &&
        /^the$/i.test(after[0]?.text ?? "") &&
        roleAt(run.last + 2));
    // "mediators from (the regional bloc) IGAD, …", "observers from …", "mediated by …"
    let from = -1;
    for (let k = run.first - 1; k >= 0 && k >= run.first - 4; k--)
      if (/^(?:from|by)$/i.test(tokens[k]?.text ?? "")) {
        from = k;
        break;
      }
    const roleBefore =
      from > 0 && (roleAt(from - 1) || /^mediated$/i.test(tokens[from - 1]?.text ?? ""));
    if (roleAfter || roleBefore) listed.push(...run.parties);
  }
  return listed;
}
