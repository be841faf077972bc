// The series module over three real-shaped rounds of the Strategic Stability Dialogue: which
// briefings form a series, its timeline, and a compare that shows every change and nothing else.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBriefings } from "../../src/briefing/index.ts";
import type { Briefing } from "../../src/briefing/types.ts";
import {
  answerAcrossRounds,
  type Comparison,
  compare,
  findAllSeries,
  lookupSeries,
  pickRounds,
  timeline,
} from "../../src/series/index.ts";
import { makeBriefing, realBriefings } from "../bot/helpers.ts";

const fixtures = join(import.meta.dirname, "..", "fixtures");
let ssd: Briefing[];
let round1: Briefing;
let round2: Briefing;
let round3: Briefing;

beforeAll(async () => {
  const loaded = await loadBriefings(join(fixtures, "series-ssd"));
  expect(loaded.problems).toEqual([]);
  ssd = loaded.briefings;
  const byId = (id: string) => ssd.find((b) => b.id === id) as Briefing;
  round1 = byId("2021-07-28-strategic-stability-dialogue-geneva");
  round2 = byId("2021-09-30-strategic-stability-dialogue-geneva");
  round3 = byId("2022-01-10-strategic-stability-dialogue-geneva");
});

/** Every item of a comparison as one line, so a test can list exactly what it expects. */
function items(c: Comparison): string[] {
  return [
    ...c.participants.joined.map((p) => `person joined: ${p.name}`),
    ...c.participants.left.map((p) => `person left: ${p.name}`),
    ...c.parties.joined.map((p) => `party joined: ${p}`),
    ...c.parties.left.map((p) => `party left: ${p}`),
    ...c.positions.flatMap((p) => [
      ...p.changed.map((x) => `${p.party} changed: ${x.from} => ${x.to}`),
      ...p.added.map((x) => `${p.party} added: ${x}`),
      ...p.removed.map((x) => `${p.party} removed: ${x}`),
    ]),
  ];
}

describe("series", () => {
  it("groups briefings of one format into a series with its rounds ordered by date", () => {
    const all = findAllSeries([round3, round1, round2]);
    expect(all.map((s) => s.name)).toEqual(["Strategic Stability Dialogue"]);
    expect(all[0]?.rounds.map((r) => r.date)).toEqual(["2021-07-28", "2021-09-30", "2022-01-10"]);
  });

  it("splits one format name used by talks that share no party into separate series", () => {
    const a1 = makeBriefing({
      id: "a1",
      date: "2022-01-01",
      format: "Bilateral consultations",
      parties: [{ name: "Japan" }, { name: "Korea" }],
    });
    const a2 = makeBriefing({
      id: "a2",
      date: "2022-02-01",
      format: "bilateral consultations",
      parties: [{ name: "Korea" }, { name: "Japan" }],
    });
    const b1 = makeBriefing({
      id: "b1",
      date: "2022-01-15",
      format: "Bilateral consultations",
      parties: [{ name: "Chile" }, { name: "Peru" }],
    });
    const all = findAllSeries([a1, a2, b1]);
    expect(all.map((s) => s.rounds.map((r) => r.id))).toEqual([["b1"], ["a1", "a2"]]);
    expect(all.map((s) => s.name)).toEqual([
      "Bilateral consultations (Chile, Peru)",
      "Bilateral consultations (Japan, Korea)",
    ]);
  });

  it("lets an explicit series field join rounds whose format names differ", () => {
    const x = makeBriefing({ id: "x", format: "Geneva talks", series: "Cyprus talks" });
    const y = makeBriefing({
      id: "y",
      date: "2022-03-01",
      format: "Crans-Montana conference",
      series: "Cyprus talks",
    });
    expect(findAllSeries([x, y]).map((s) => [s.name, s.rounds.map((r) => r.id)])).toEqual([
      ["Cyprus talks", ["x", "y"]],
    ]);
  });

  it("finds a series by a misspelt or shortened name and suggests names for an unknown one", () => {
    const all = findAllSeries(ssd);
    expect(lookupSeries(all, "strategic stabilty dialog").found?.name).toBe(
      "Strategic Stability Dialogue",
    );
    expect(lookupSeries(all, "strategic-stability-dialogue").found?.name).toBe(
      "Strategic Stability Dialogue",
    );
    const missing = lookupSeries(all, "stability talks ssd");
    expect(missing.found).toBeUndefined();
    expect(missing.found === undefined && missing.suggestions).toEqual([
      "Strategic Stability Dialogue",
    ]);
    expect(lookupSeries(all, "Normandy format").found).toBeUndefined();
  });

  it("lists a series' rounds in a timeline, one line each with date, place, title and id", () => {
    const [series] = findAllSeries(ssd);
    const lines = timeline(series as NonNullable<typeof series>).map((t) => t.line);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      "2021-07-28  Geneva  First round of the US–Russia Strategic Stability Dialogue — Agreement to meet again in late September 2021.  [2021-07-28-strategic-stability-dialogue-geneva]",
    );
    expect(lines[2]).toContain("2022-01-10  Geneva  US–Russia Strategic Stability Dialogue");
  });
});

describe("compare", () => {
  it("shows from the first to the second round exactly the people and positions that changed", () => {
    const c = compare(round1, round2, ssd);
    expect(items(c)).toEqual([
      "person joined: Mallory Stewart",
      "United States added: Wants the expert working groups to report back before the next plenary round.",
      "United States removed: Seeks a deliberate and robust dialogue that lays the groundwork for future arms control.",
      "Russia changed: Wants missile defence and long-range conventional strike weapons included in any new framework. => Wants missile defence, long-range conventional strike weapons and space-based systems included in any new framework.",
      "Russia added: Proposes that the working groups also discuss the deployment of intermediate-range missiles.",
    ]);
    // unchanged positions and people are not shown at all
    const shown = JSON.stringify(c);
    expect(shown).not.toContain("Calls for a security equation");
    expect(shown).not.toContain("cover all nuclear warheads");
    expect(shown).not.toContain("Wendy Sherman");
    expect(shown).not.toContain("Bonnie Jenkins");
  });

  it("shows from the second to the third round the people and parties who joined or left and every position", () => {
    const c = compare(round2, round3, ssd);
    expect(items(c)).toEqual([
      "person joined: Alexander Fomin",
      "person left: Mallory Stewart",
      "party joined: NATO",
      "party joined: Ukraine",
      "United States added: NATO's open door policy is not up for negotiation with Russia.",
      "United States added: Ready to discuss reciprocal limits on the deployment of intermediate-range missiles in Europe.",
      "United States added: Ready to discuss reciprocal restrictions on the size and scope of military exercises.",
      "United States added: Nothing about Ukraine without Ukraine, nothing about Europe without Europe.",
      "United States added: Russia must de-escalate by returning the troops massed near Ukraine to their barracks.",
      "United States removed: Wants future arms control to cover all nuclear warheads, including non-strategic ones.",
      "United States removed: Wants the expert working groups to report back before the next plenary round.",
      "Russia added: Demands legally binding guarantees that NATO will not expand further east, Ukraine included.",
      "Russia added: Demands that NATO forgo deployments of forces and weapons in member states that joined after 1997.",
      "Russia added: Says it has no plans to attack Ukraine.",
      "Russia added: Will decide on further talks only after assessing the results of the Geneva round.",
      "Russia removed: Wants missile defence, long-range conventional strike weapons and space-based systems included in any new framework.",
      "Russia removed: Calls for a security equation that considers all weapons affecting strategic stability.",
      "Russia removed: Proposes that the working groups also discuss the deployment of intermediate-range missiles.",
    ]);
  });

  it("shows no change between a round and itself", () => {
    const c = compare(round2, { ...round2, id: "copy", date: "2021-10-01" });
    expect(items(c)).toEqual([]);
    expect(c.outcomes).toEqual({ new: [], dropped: [] });
  });

  it("calls a step over several days met by a round held on one of its later days", () => {
    const first = makeBriefing({
      id: "2022-05-02-lake-talks",
      date: "2022-05-02",
      format: "Lake talks",
      parties: [{ name: "Westmark" }],
      next_steps: [
        { text: "Next round of talks in Arles.", date: "2022-06-20", end_date: "2022-06-22" },
      ],
    });
    const onLastDay = makeBriefing({
      id: "2022-06-22-lake-talks",
      date: "2022-06-22",
      format: "Lake talks",
      location: "Arles",
      parties: [{ name: "Westmark" }],
    });
    const dayAfter = { ...onLastDay, id: "2022-06-23-lake-talks", date: "2022-06-23" };
    expect(compare(first, onLastDay).nextSteps.met.map((m) => m.evidence.section)).toEqual([
      "date",
    ]);
    expect(compare(first, dayAfter).nextSteps.open.map((s) => s.text)).toEqual([
      "Next round of talks in Arles.",
    ]);
  });

  it("lists new and dropped outcomes by their text", () => {
    const c = compare(round1, round2, ssd);
    expect(c.outcomes.new).toEqual(round2.outcomes);
    expect(c.outcomes.dropped).toEqual(round1.outcomes);
  });

  it("calls a next step met only with evidence from a later round, and the rest still open", () => {
    const first = compare(round1, round2, ssd).nextSteps;
    expect(first.open).toEqual([]);
    expect(first.met.map((m) => [m.step.text, m.evidence.section, m.evidence.round.id])).toEqual([
      [
        "Second round of the Strategic Stability Dialogue in Geneva.",
        "date",
        "2021-09-30-strategic-stability-dialogue-geneva",
      ],
      [
        "Set up expert working groups on principles of future arms control and on capabilities with strategic effects.",
        "outcomes",
        "2021-09-30-strategic-stability-dialogue-geneva",
      ],
    ]);
    const second = compare(round2, round3, ssd).nextSteps;
    expect(second.met.map((m) => m.step.text)).toEqual([
      "Third round of the dialogue, date to be agreed.",
    ]);
    // nothing in the January round says the working groups met
    expect(second.open.map((s) => s.text)).toEqual([
      "The expert working groups to hold their first meetings.",
    ]);
  });

  it("keeps a dated step open when the round held that day was elsewhere", () => {
    const vienna = { ...round2, location: "Vienna" };
    const steps = compare(round1, vienna, [round1, vienna]).nextSteps;
    expect(steps.open.map((s) => s.text)).toEqual([
      "Second round of the Strategic Stability Dialogue in Geneva.",
    ]);
  });

  it("compares the last two rounds when none is named, and refuses rounds of different series", async () => {
    const picked = pickRounds(ssd, []);
    expect(picked.ok && [picked.earlier.id, picked.later.id]).toEqual([round2.id, round3.id]);
    const nrc = (await realBriefings()).find((b) => b.id === "2022-01-12-nato-russia-council");
    const refused = pickRounds([...ssd, nrc as Briefing], [round3, nrc as Briefing]);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problem).toContain("are of different series");
    expect(!refused.ok && refused.problem).toContain("NATO-Russia Council");
  });
});

describe("questions across rounds", () => {
  it("answers what changed since the last round from the last two rounds, citing both", () => {
    const a = answerAcrossRounds("what changed since the last round?", ssd);
    expect(a?.answered).toBe(true);
    expect(a?.text).toContain("+ joined: Alexander Fomin");
    expect(a?.text).toContain("- left: Mallory Stewart");
    expect(a?.citations.map((c) => c.briefing)).toEqual([round2.id, round3.id]);
  });

  it("answers how a party's position on a topic changed between two places, citing the positions", async () => {
    const all = await realBriefings();
    const a = answerAcrossRounds(
      "how did Russia's position on NATO enlargement change between Geneva and Brussels?",
      all,
    );
    expect(a?.answered).toBe(true);
    expect(a?.citations.map((c) => [c.briefing, c.text])).toEqual([
      [
        "2022-01-10-strategic-stability-dialogue-geneva",
        "Demands legally binding guarantees that NATO will not expand further east, Ukraine included.",
      ],
      [
        "2022-01-12-nato-russia-council",
        "The Kremlin wants to prevent an eastward expansion of the military alliance to include Ukraine or Georgia.",
      ],
    ]);
  });

  it("declines a position change when the places could mean several rounds equally", () => {
    const a = answerAcrossRounds(
      "how did Russia's position on missile defence change between Geneva and Geneva?",
      ssd,
    );
    expect(a?.answered).toBe(false);
    expect(a?.text).toContain("could mean several rounds");
  });

  it("declines a position change the briefings do not record rather than guess", () => {
    const a = answerAcrossRounds(
      "how did Russia's position on fisheries change between July 2021 and January 2022?",
      ssd,
    );
    expect(a?.answered).toBe(false);
    expect(a?.text).toContain("no position of Russia on “fisheries”");
  });

  it("answers when a series last met, typo and all; declines a body no briefing is a round of", () => {
    const a = answerAcrossRounds("when did the Strategic Stabilty Dialogue last meet?", ssd);
    expect(a?.text).toContain("last met on 2022-01-10");
    expect(a?.citations[0]?.briefing).toBe(round3.id);
    const minsk = answerAcrossRounds("when did the Minsk Contact Group last meet?", ssd);
    expect(minsk?.answered).toBe(false);
    expect(minsk?.text).toContain("No briefing is of a round of the Minsk Contact Group");
    expect(answerAcrossRounds("when did Sherman and Ryabkov last meet?", ssd)).toBeUndefined();
    expect(answerAcrossRounds("what did Ryabkov say about Ukraine?", ssd)).toBeUndefined();
  });
});
