// Facts a careful reader takes from another sentence than the name's: a role given before the
// person is named, a role noun that names the state of someone named before, a capital a person
// returns to, a role relative to another role, and a dateline's day without its year. Sentences
// and names written for these tests.
import { describe, expect, it } from "vitest";
import type { BriefingFile } from "../../src/briefing/schema.ts";
import { datelineDay } from "../../src/draft/dates.ts";
import { draftBriefing } from "../../src/draft/index.ts";
import { findMentions } from "../../src/draft/mentions.ts";
import { nextStepsIn } from "../../src/draft/next-steps.ts";
import { possessiveRoleHead, sideOfRole } from "../../src/draft/sides.ts";
import { analyse, type Sentence } from "../../src/draft/tokens.ts";

/** A report of 14 March 2023 (a Tuesday) with these paragraphs after its dateline. */
function report(...paragraphs: string[]): BriefingFile {
  const text = [
    "Neighbours agree to keep talking",
    "",
    `VALLETTA, Malta, 14 March 2023 (Reuters) - ${paragraphs[0]}`,
    ...paragraphs.slice(1).flatMap((p) => ["", p]),
  ].join("\n");
  return draftBriefing(text).briefing;
}

const person = (b: BriefingFile, name: string) => b.participants?.find((p) => p.name === name);
const quote = (b: BriefingFile, start: string) => b.quotes?.find((q) => q.text.startsWith(start));

describe("a role given in the sentence before the person is named", () => {
  it("is the role, side and quote of the full name that opens the next sentence", () => {
    const b = report(
      "Prime Minister Anton Weber of Austria welcomed his guests in the morning.",
      'Norway\'s foreign minister, who had prepared the visit for weeks, called the result "a fair start". Ingrid Solberg later told state radio that more rounds would follow.',
    );
    expect(person(b, "Ingrid Solberg")?.role).toBe("Norway's foreign minister");
    expect(person(b, "Ingrid Solberg")?.side).toBe("Norway");
    expect(quote(b, "a fair start")?.speaker).toBe("Ingrid Solberg");
  });

  it("is not given to someone already named, nor to a person with a role of their own", () => {
    const named = report(
      "Ingrid Solberg arrived early for the talks with Austria.",
      'Norway\'s foreign minister, who had prepared the visit, called the result "a fair start". Ingrid Solberg later told state radio that more rounds would follow.',
    );
    expect(person(named, "Ingrid Solberg")?.role).toBeUndefined();
    expect(quote(named, "a fair start")?.speaker).toBe("Unattributed");
    const ownRole = report(
      "Norway's foreign minister, who had prepared the visit, called the result \"a fair start\". Olav Berg, the opposition's chief negotiator, later told state radio that more rounds would follow.",
    );
    expect(person(ownRole, "Olav Berg")?.role).toBe("opposition's chief negotiator");
    expect(quote(ownRole, "a fair start")?.speaker).toBe("Unattributed");
  });
});

describe("role nouns", () => {
  it("read a state's possessive as their determiner, and leave a role set off before a name to the name", () => {
    const [possessive] = findMentions(
      analyse("Norway's foreign minister, who had prepared the visit, signed the text.")
        .sentences[0]?.tokens ?? [],
    );
    expect(possessive).toMatchObject({ kind: "role", text: "Norway foreign minister" });
    const apposed = findMentions(
      analyse(
        'The government\'s chief negotiator, Pedro Alonso, who has led every round, called the day "a victory".',
      ).sentences[0]?.tokens ?? [],
    );
    expect(apposed[0]).toMatchObject({ kind: "name", text: "Pedro Alonso", subject: true });
  });

  it("that name a state give it to the one person whose role they fit and whose side is open", () => {
    const b = report(
      "Russian President Pavel Orlov told President Emre Demir that the deal was over.",
      "The Turkish president added that Ankara had prepared new proposals.",
    );
    expect(person(b, "Emre Demir")?.side).toBe("Turkey");
    expect(person(b, "Pavel Orlov")?.side).toBe("Russia");
  });

  it("that fit two people with no side give it to neither", () => {
    const b = report(
      "President Emre Demir and President Ahmet Kaya met in the morning.",
      "The Turkish president added that Ankara had prepared new proposals.",
    );
    expect(person(b, "Emre Demir")?.side).toBeUndefined();
    expect(person(b, "Ahmet Kaya")?.side).toBeUndefined();
  });
});

describe("sides from other sentences", () => {
  it("are the state of the capital a person flies back to", () => {
    const b = report(
      "Chancellor Lena Vogel met her Maltese host for two hours.",
      "Vogel flew back to Berlin in the evening.",
    );
    expect(person(b, "Lena Vogel")?.side).toBe("Germany");
  });

  it("are those of the person a role is relative to, named by a role noun", () => {
    expect(possessiveRoleHead("Korean president's national security adviser")).toBe(
      "Korean president",
    );
    expect(possessiveRoleHead("national security adviser")).toBeUndefined();
    const b = report(
      "South Korean President Park Ji-ho met his host for two hours.",
      "The Korean president's national security adviser, Lee Seo-yeon, told reporters the talks had gone well.",
    );
    expect(person(b, "Lee Seo-yeon")?.side).toBe("South Korea");
  });

  it("are never a state inside the name of a region", () => {
    expect(sideOfRole("Northern Ireland Assembly member")).toBeUndefined();
    expect(sideOfRole("Northern Ireland Secretary")).toBe("United Kingdom");
    expect(sideOfRole("Irish foreign minister")).toBe("Ireland");
  });
});

describe("a dateline without a year", () => {
  it("gives its day in the year of the publication line, up to a week before it", () => {
    expect(datelineDay("NUSA DUA, Indonesia, Nov 14 (Reuters)", "2022-11-15")?.date).toBe(
      "2022-11-14",
    );
    expect(datelineDay("OSLO, Dec 31 (Reuters)", "2024-01-02")?.date).toBe("2023-12-31");
    expect(datelineDay("OSLO, March 2 (Reuters)", "2024-06-02")).toBeUndefined();
  });

  it("dates the talks, while the report's own date stays the source's", () => {
    const text = [
      "Leaders agree to meet again",
      "",
      "Published 15 November 2022",
      "",
      "NUSA DUA, Indonesia, Nov 14 (Reuters) - The two leaders met for three hours on Monday.",
    ].join("\n");
    const { briefing } = draftBriefing(text);
    expect(briefing.date).toBe("2022-11-14");
    expect(briefing.sources[0]?.published).toBe("2022-11-15");
  });
});

describe("speech evidence", () => {
  it("reads a name followed by an adverb and a speech verb as a person", () => {
    const b = report(
      "The talks ended after midnight. Hakan Yilmaz later told broadcasters that the talks had been useful.",
    );
    expect(person(b, "Hakan Yilmaz")).toBeDefined();
  });
});

describe("names and titles", () => {
  it("keep a particle joined by a hyphen inside the name, and take a national title as the role", () => {
    const b = report(
      'A spokesman for Qatar\'s foreign ministry, Khalid al-Mansouri, said Doha was "ready to help".',
      "The Prime Minister also spoke with the Taoiseach, Ciaran Walsh, who welcomed the talks.",
    );
    expect(person(b, "Khalid al-Mansouri")?.side).toBe("Qatar");
    expect(quote(b, "ready to help")?.speaker).toBe("Khalid al-Mansouri");
    expect(person(b, "Ciaran Walsh")?.role).toBe("Taoiseach");
    expect(person(b, "Ciaran Walsh")?.side).toBe("Ireland");
  });
});

describe("a relation to the person the sentence before was about", () => {
  it('makes "His deputy, X," the subject of its verb, on the side of the one before', () => {
    const b = report(
      "The talks ended after midnight.",
      "South Korean national security adviser Lee Seo-yeon told reporters the talks had gone well.",
      'His deputy, Choi Min-ho, said the pact would take effect "without delay".',
    );
    expect(quote(b, "without delay")?.speaker).toBe("Choi Min-ho");
    expect(person(b, "Choi Min-ho")?.side).toBe("South Korea");
  });

  it('reads "His Turkish counterpart, X" against the role of the one before', () => {
    const b = report(
      "The talks ended after midnight.",
      "Greek Foreign Minister Nikos Andreou signed the agreements.",
      "His Turkish counterpart, Emre Aksoy, was also present.",
    );
    expect(person(b, "Emre Aksoy")?.role).toBe("Turkish Foreign Minister");
    expect(person(b, "Emre Aksoy")?.side).toBe("Turkey");
  });

  it('never puts "His counterpart, X" on the side of the one before', () => {
    const b = report(
      "The talks ended after midnight.",
      "US special representative Mark Ellis led the working-level negotiations.",
      "His counterpart, Ri Song Il, is also at the hotel.",
    );
    expect(person(b, "Mark Ellis")?.side).toBe("United States");
    expect(person(b, "Ri Song Il")?.side).toBeUndefined();
  });
});

describe("two partial quotes in one sentence", () => {
  it("share their speaker across an infinitive, but not across a clause with its own verb", () => {
    const b = report(
      'Prime Minister Eva Lindqvist said the two neighbours had a "historic duty" to bring their relations "to calm waters".',
      'Foreign Minister Jan Holm called it "a start", while the opposition rejected it as "theatre".',
    );
    expect(quote(b, "to calm waters")?.speaker).toBe("Eva Lindqvist");
    const readout = report(
      "The talks ended after midnight.",
      'The top diplomat Wei Lan told her guest that he must stop "hyping threats", according to a readout, and that on trade "there is no room for concession".',
    );
    expect(quote(readout, "there is no room")?.speaker).toBe("Wei Lan");
    expect(quote(b, "theatre")?.speaker).not.toBe("Jan Holm");
  });
});

describe("roles given in lists", () => {
  it("pair a list of states with a list of as many names, in order", () => {
    const b = report(
      "The host had invited the heads of state of Ghana, Chile and New Zealand – Kofi Mensah, Ana Rojas and Tom Baxter – to the sessions on Monday.",
    );
    expect(person(b, "Kofi Mensah")).toMatchObject({
      role: "head of state of Ghana",
      side: "Ghana",
    });
    expect(person(b, "Ana Rojas")?.side).toBe("Chile");
    expect(person(b, "Tom Baxter")?.side).toBe("New Zealand");
  });

  it("leave lists of different lengths alone", () => {
    const b = report(
      "The host had invited the heads of state of Ghana and Chile – Kofi Mensah, Ana Rojas and Tom Baxter – to the sessions on Monday.",
    );
    expect(person(b, "Kofi Mensah")?.side).toBeUndefined();
  });
});

describe("a role noun naming a state", () => {
  it("refers only to someone named in the few sentences before it", () => {
    const b = report(
      "The talks ended after midnight.",
      "The Polish head of government stressed the unity of the three countries.",
      "The head of the Chancellery, Lukas Brandt, took part in the talks on Friday.",
    );
    expect(person(b, "Lukas Brandt")?.side).toBeUndefined();
  });
});

describe("two next steps in one sentence", () => {
  const steps = (text: string) =>
    nextStepsIn(analyse(text).sentences[0] as Sentence, "2023-03-14").map((s) => [
      s.text,
      s.date?.date,
    ]);

  it("are two steps, each with its own day, when the sentence names two later days for two acts", () => {
    expect(
      steps(
        "The minister is to fly to Oslo this evening for talks with the Norwegian government on Friday.",
      ),
    ).toEqual([
      ["The minister is to fly to Oslo this evening", "2023-03-14"],
      ["for talks with the Norwegian government on Friday.", "2023-03-17"],
    ]);
  });

  it("stay one step for two days of one event, or a range", () => {
    expect(
      steps("The ministers are to meet in Brussels on Tuesday and Wednesday next week."),
    ).toHaveLength(1);
    expect(steps("The visit is planned from Friday until Saturday.")).toHaveLength(1);
  });
});

describe('a possessive the tagger reads as "is"', () => {
  it("stays one word, so a role relative to a role noun is read whole", () => {
    const tokens =
      analyse("Also at the table sat the Chancellor's foreign policy adviser, Jens Vogt.")
        .sentences[0]?.tokens ?? [];
    expect(tokens.every((t) => t.text !== "")).toBe(true);
    const [mention] = findMentions(tokens);
    expect(mention?.role?.role).toBe("Chancellor's foreign policy adviser");
  });
});

describe("a regnal number", () => {
  it("ends a name, so the state after it is the person's, while a middle initial stays an initial", () => {
    const b = report(
      "The summit, attended by King Hassan III of Morocco, ended at noon.",
      "Foreign Minister Pavel K. Orlov of Russia signed as a witness.",
    );
    expect(person(b, "Hassan III")?.side).toBe("Morocco");
    expect(person(b, "Pavel K. Orlov")?.side).toBe("Russia");
  });
});

describe("a role noun", () => {
  it("does not fit someone whose role is only relative to that role", () => {
    const b = report(
      "The talks ended after midnight.",
      "The president's national security adviser, Tom Berg, briefed reporters. President Joe Lind arrived later.",
      'Asked whether progress had been made, the president said: "We are on the right track."',
    );
    expect(quote(b, "We are on the right track")?.speaker).toBe("Joe Lind");
  });
});

describe("a statement a person issued", () => {
  // a rarely seen path (path-evidence.ts): the issuer is named for review, not credited
  it('is left for review when the next sentence\'s "it says" is all that ties it to them', () => {
    const b = report(
      "The talks ended after midnight.",
      'White House press secretary Jane Holt has issued a short statement. "No agreement was reached," it says.',
    );
    expect(quote(b, "No agreement was reached")?.speaker).toBe("Unattributed");
  });

  it("but a statement nobody is said to have issued stays open", () => {
    const b = report(
      "The talks ended after midnight.",
      'Jane Holt arrived in the evening. "No agreement was reached," it says.',
    );
    expect(quote(b, "No agreement was reached")?.speaker).toBe("Unattributed");
  });
});

describe("precision of a role noun and a passive", () => {
  it('leaves "the president said" open when someone named just before may hold the role', () => {
    const b = report(
      "The talks ended after midnight.",
      "President Min-ho Lee welcomed his guest at the border in the morning.",
      "Later Mr Tanner stepped across the line with his host.",
      '"It was a great honour," the president said as the two men walked back.',
    );
    expect(quote(b, "It was a great honour")?.speaker).toBe("Unattributed");
  });

  it('gives no speaker to the subject of a passive ("was described by one as")', () => {
    const b = report(
      "The talks ended after midnight.",
      'Foreign Minister Ayla Demir, who had arrived late in the week, was described by one diplomat as "immovable".',
    );
    expect(quote(b, "immovable")?.speaker).toBe("Unattributed");
  });

  it('still credits "was quoted as saying"', () => {
    const b = report(
      "The talks ended after midnight.",
      'Foreign Minister Ayla Demir was quoted as saying "we are ready".',
    );
    expect(quote(b, "we are ready")?.speaker).toBe("Ayla Demir");
  });
});
