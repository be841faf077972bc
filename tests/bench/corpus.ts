// Deterministic synthetic briefings of realistic size, and questions about them, for the benchmark.
import type { Briefing } from "../../src/briefing/types.ts";

/** mulberry32: a small seeded generator, so every run builds the same corpus. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = `ka lo mi ra ve to su ni de ba go ri an el or us ta ke mo li sa pe ro vi na
  da ze bo ku fi ha jo lu me ni po qui re si tu va wo xa yo zu`.split(/\s+/);
const TOPICS = `tariffs fisheries pipeline sanctions ceasefire prisoners border water energy grain
  shipping airspace refugees monitoring elections minorities debt reconstruction vaccines mining
  satellites cables harbour railway corridor drones missiles exercises inspections treaty quotas
  visas embassy hostages demining observers peacekeepers customs electricity dam telecoms`.split(
  /\s+/,
);
const VERBS = `demanded proposed rejected welcomed questioned supported criticised accepted
  postponed discussed reviewed extended suspended endorsed`.split(/\s+/);
const ROLES = `Foreign Minister|Deputy Foreign Minister|Defence Minister|Ambassador|Special Envoy|
  National Security Adviser|Trade Minister|Chief Negotiator|Head of Delegation|Interior Minister|
  Energy Minister|Secretary General`.split(/\|\s*/);
const FORMATS =
  `Council|Commission|Dialogue|Contact Group|Joint Committee|Working Group|Forum`.split("|");

export interface Names {
  people: string[];
  countries: string[];
  cities: string[];
}

function word(rand: () => number, parts: number): string {
  let w = "";
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** Pools of invented names: people, countries, cities. */
export function namePools(rand: () => number): Names {
  const unique = (n: number, make: () => string) => {
    const set = new Set<string>();
    while (set.size < n) set.add(make());
    return [...set];
  };
  return {
    people: unique(4000, () => `${word(rand, 2)} ${word(rand, 3)}`),
    countries: unique(120, () => `${word(rand, 3)}ia`),
    cities: unique(300, () => word(rand, 3)),
  };
}

/** Briefing number `i` of a corpus; the same `i` and seed always give the same briefing. */
export function makeBriefing(i: number, names: Names, seed: number): Briefing {
  const rand = seeded(seed * 100_003 + i);
  const day = new Date(Date.UTC(1995, 0, 1) + i * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const sides = [
    pick(rand, names.countries),
    pick(rand, names.countries),
    pick(rand, names.countries),
  ];
  const formatName = `${sides[0]}–${sides[1]} ${pick(rand, FORMATS)}`;
  const city = pick(rand, names.cities);
  const topics = [pick(rand, TOPICS), pick(rand, TOPICS), pick(rand, TOPICS)];
  const people = Array.from({ length: 12 }, (_, k) => {
    const name = pick(rand, names.people);
    return {
      name,
      role: `${pick(rand, ROLES)} of ${sides[k % 3]}`,
      side: sides[k % 3] as string,
      aliases: [name.split(" ")[1] as string],
    };
  });
  const sentence = () =>
    `${pick(rand, sides)} ${pick(rand, VERBS)} the plan on ${pick(rand, TOPICS)} and ${pick(rand, TOPICS)} during the session in ${city}.`;
  return {
    id: `${date}-synthetic-${i}`,
    file: "",
    title: `${formatName} on ${topics[0]} and ${topics[1]} in ${city}`,
    date,
    location: city,
    format: formatName,
    summary: `${sentence()} ${sentence()} ${sentence()} The talks lasted ${2 + Math.floor(rand() * 8)} hours.`,
    participants: people,
    parties: sides.map((s) => ({
      name: s,
      aliases: [`${s}n government`],
      positions: [sentence(), sentence(), sentence()],
    })),
    quotes: Array.from({ length: 12 }, () => ({
      speaker: pick(rand, people).name,
      text: `We ${pick(rand, VERBS)} every proposal on ${pick(rand, TOPICS)}, and we will keep working on ${pick(rand, TOPICS)}.`,
      context: `On the ${pick(rand, TOPICS)} file.`,
    })),
    points: Array.from({ length: 30 }, sentence),
    outcomes: Array.from({ length: 6 }, sentence),
    next_steps: Array.from({ length: 4 }, (_, k) => ({
      text: `A follow-up meeting on ${pick(rand, TOPICS)} in ${pick(rand, names.cities)}.`,
      date: new Date(day.getTime() + (k + 1) * 7 * 86_400_000).toISOString().slice(0, 10),
    })),
    background: Array.from(
      { length: 8 },
      () => `In ${1950 + Math.floor(rand() * 45)} ${sentence()}`,
    ),
    sources: [{ title: `Synthetic report ${i}`, publisher: "Benchmark" }],
    tags: topics,
  };
}

/** Misspells a word: drop, double or swap one inner letter. */
function misspell(rand: () => number, w: string): string {
  if (w.length < 6) return w;
  const k = 1 + Math.floor(rand() * (w.length - 3));
  const r = rand();
  if (r < 0.33) return w.slice(0, k) + w.slice(k + 1);
  if (r < 0.66) return w.slice(0, k) + (w[k] as string) + w.slice(k);
  return w.slice(0, k) + (w[k + 1] as string) + (w[k] as string) + w.slice(k + 2);
}

/** A mixed set of questions about the corpus (a fifth with a misspelt name, some to decline). */
export function makeQuestions(
  briefings: readonly Briefing[],
  count: number,
  seed: number,
): string[] {
  const rand = seeded(seed);
  const out: string[] = [];
  while (out.length < count) {
    const b = pick(rand, briefings);
    const person = pick(rand, b.participants ?? []);
    const quote = pick(rand, b.quotes ?? []);
    const party = pick(rand, b.parties ?? []);
    let surname = person.name.split(" ")[1] as string;
    const typo = out.length % 5 === 0;
    if (typo) surname = misspell(rand, surname);
    const topic = quote.text.split(" on ")[1]?.split(",")[0] ?? "tariffs";
    const speaker = (quote.speaker.split(" ")[1] as string) ?? quote.speaker;
    const templates = [
      `who is ${surname}`,
      `what did ${typo ? misspell(rand, speaker) : speaker} say about ${topic}`,
      `what does ${party.name} want`,
      `when is the next ${b.format} meeting`,
      `where did the ${b.format} meet on ${b.date}`,
      `what was the outcome of the ${b.format} talks on ${b.date}`,
      `which talks were on ${b.date}`,
      `how long did the talks on ${b.date} last`,
      `what did ${surname} say about penguins`,
      `who led the ${party.name} delegation on ${b.date}`,
    ];
    out.push(pick(rand, templates));
  }
  return out;
}

// ---- the recurring-people corpus ---------------------------------------------------------------
// Real negotiators recur for years: the same foreign ministers and envoys in thousands of
// briefings. Here 40 people of 12 countries make most of the quotes; each briefing has three of
// those countries as its sides, their recurring people (weighted, so some recur far more than
// others) and a few one-off participants.

/** The recurring cast: 40 people, each with a fixed country, role and weight. */
export interface Cast {
  countries: string[];
  people: { name: string; surname: string; country: string; role: string; weight: number }[];
  /** Per country, how often it is a side (weights). */
  countryWeights: number[];
}

const RECURRING = 40;
const CAST_COUNTRIES = 12;

export function makeCast(names: Names, seed: number): Cast {
  const rand = seeded(seed + 40);
  const countries = names.countries.slice(0, CAST_COUNTRIES);
  const used = new Set<string>();
  const people: Cast["people"] = [];
  for (let k = 0; k < RECURRING; k++) {
    let surname = word(rand, 3);
    while (used.has(surname)) surname = word(rand, 3);
    used.add(surname);
    const country = countries[k % CAST_COUNTRIES] as string;
    const role = k < CAST_COUNTRIES ? "Foreign Minister" : pick(rand, ROLES);
    people.push({
      name: `${word(rand, 2)} ${surname}`,
      surname,
      country,
      role: `${role} of ${country}`,
      // 1.0 to 3.6: the most frequent person recurs about three and a half times as often
      weight: 1 + (2.6 * ((k * 7) % RECURRING)) / (RECURRING - 1),
    });
  }
  const countryWeights = countries.map((_, c) => 1 + (c % 4) * 0.5);
  return { countries, people, countryWeights };
}

function weighted<T>(rand: () => number, list: readonly T[], weight: (t: T) => number): T {
  let total = 0;
  for (const t of list) total += weight(t);
  let r = rand() * total;
  for (const t of list) {
    r -= weight(t);
    if (r < 0) return t;
  }
  return list[list.length - 1] as T;
}

/** Briefing number `i` of the recurring-people corpus. */
export function makeRecurringBriefing(i: number, names: Names, cast: Cast, seed: number): Briefing {
  const rand = seeded(seed * 100_019 + i);
  const day = new Date(Date.UTC(1990, 0, 1) + i * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const sides: string[] = [];
  while (sides.length < 3) {
    const c = weighted(
      rand,
      cast.countries,
      (x) => cast.countryWeights[cast.countries.indexOf(x)] ?? 1,
    );
    if (!sides.includes(c)) sides.push(c);
  }
  const formatName = `${sides[0]}–${sides[1]} ${pick(rand, FORMATS)}`;
  const city = pick(rand, names.cities);
  const topics = [pick(rand, TOPICS), pick(rand, TOPICS), pick(rand, TOPICS)];
  const people: { name: string; role: string; side: string; aliases: string[] }[] = [];
  for (const side of sides) {
    // the side's recurring people, each present with a chance by weight, and one-offs to four
    const own = cast.people.filter((p) => p.country === side);
    for (const p of own) {
      if (rand() < 0.3 + 0.13 * p.weight)
        people.push({ name: p.name, role: p.role, side, aliases: [p.surname] });
    }
    while (people.filter((p) => p.side === side).length < 4) {
      const name = pick(rand, names.people);
      people.push({
        name,
        role: `${pick(rand, ROLES)} of ${side}`,
        side,
        aliases: [name.split(" ")[1] as string],
      });
    }
  }
  const recurring = people.filter((p) => cast.people.some((c) => c.name === p.name));
  const speakers = recurring.length > 0 ? recurring : people;
  const sentence = () =>
    `${pick(rand, sides)} ${pick(rand, VERBS)} the plan on ${pick(rand, TOPICS)} and ${pick(rand, TOPICS)} during the session in ${city}.`;
  const named = () => {
    const p = pick(rand, speakers);
    return `${p.aliases[0]} ${pick(rand, VERBS)} the proposal on ${pick(rand, TOPICS)} in ${city}.`;
  };
  return {
    id: `${date}-recurring-${i}`,
    file: "",
    title: `${formatName} on ${topics[0]} and ${topics[1]} in ${city}`,
    date,
    location: city,
    format: formatName,
    summary: `${sentence()} ${named()} ${sentence()} The talks lasted ${2 + Math.floor(rand() * 8)} hours.`,
    participants: people,
    parties: sides.map((s) => ({
      name: s,
      aliases: [`${s}n government`],
      positions: [sentence(), sentence(), sentence()],
    })),
    quotes: Array.from({ length: 12 }, (_, k) => ({
      // ten of twelve quotes by recurring people
      speaker: (k < 10 ? pick(rand, speakers) : pick(rand, people)).name,
      text: `We ${pick(rand, VERBS)} every proposal on ${pick(rand, TOPICS)}, and we will keep working on ${pick(rand, TOPICS)}.`,
      context: `On the ${pick(rand, TOPICS)} file.`,
    })),
    points: Array.from({ length: 30 }, (_, k) => (k % 5 === 0 ? named() : sentence())),
    outcomes: Array.from({ length: 6 }, sentence),
    next_steps: Array.from({ length: 4 }, (_, k) => ({
      text: `A follow-up meeting on ${pick(rand, TOPICS)} in ${pick(rand, names.cities)}.`,
      date: new Date(day.getTime() + (k + 1) * 7 * 86_400_000).toISOString().slice(0, 10),
    })),
    background: Array.from(
      { length: 8 },
      () => `In ${1950 + Math.floor(rand() * 40)} ${sentence()}`,
    ),
    sources: [{ title: `Synthetic report ${i}`, publisher: "Benchmark" }],
    tags: topics,
  };
}

/** Mentions per recurring person (as participant, speaker, or by surname in a text). */
export function castMentions(briefings: readonly Briefing[], cast: Cast): number[] {
  const at = new Map(cast.people.map((p, k) => [p.surname, k]));
  const byName = new Map(cast.people.map((p, k) => [p.name, k]));
  const counts = cast.people.map(() => 0);
  const bump = (k: number | undefined) => {
    if (k !== undefined) counts[k] = (counts[k] as number) + 1;
  };
  for (const b of briefings) {
    for (const p of b.participants ?? []) bump(byName.get(p.name));
    for (const q of b.quotes ?? []) bump(byName.get(q.speaker));
    for (const t of [b.summary, ...(b.points ?? [])]) bump(at.get(t.split(" ")[0] as string));
  }
  return counts;
}

/**
 * Questions over the recurring corpus: half "what did SURNAME say about TOPIC" of a recurring
 * person (a fifth of them misspelt), half the mixed kinds of {@link makeQuestions}.
 */
export function makeRecurringQuestions(
  briefings: readonly Briefing[],
  cast: Cast,
  count: number,
  seed: number,
): string[] {
  const rand = seeded(seed);
  const mixed = makeQuestions(briefings, count, seed + 1);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    if (k % 2 === 1) {
      out.push(mixed[k] as string);
      continue;
    }
    const p = weighted(rand, cast.people, (x) => x.weight);
    const surname = k % 10 === 0 ? misspell(rand, p.surname) : p.surname;
    out.push(`what did ${surname} say about ${pick(rand, TOPICS)}`);
  }
  return out;
}
