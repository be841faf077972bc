// Each extraction rule of the drafter on its own, on one-sentence examples.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/draft/article.ts";
import {
  accordingTo,
  attributionAfterQuote,
  attributionBeforeQuote,
  partyAsSpeaker,
  reportedSpeech,
} from "../../src/draft/attribution.ts";
import { findArticleDate, futureDateIn } from "../../src/draft/dates.ts";
import { draftBriefing } from "../../src/draft/draft.ts";
import {
  appositiveRole,
  findMentions,
  roleBeforeCommaName,
  roleBeforeName,
} from "../../src/draft/mentions.ts";
import { partyPosition } from "../../src/draft/parties.ts";
import { People, spellingVariant } from "../../src/draft/people.ts";
import { findQuotes, quoteText } from "../../src/draft/quotes.ts";
import { analyse, type Sentence } from "../../src/draft/tokens.ts";

const sentence = (text: string): Sentence => {
  const s = analyse(text).sentences[0];
  if (!s) throw new Error(`no sentence in ${text}`);
  return s;
};
const quoteIndex = (s: Sentence, n = 0) =>
  s.tokens.filter((t) => t.quote !== undefined)[n]
    ? s.tokens.indexOf(s.tokens.filter((t) => t.quote !== undefined)[n] as never)
    : -1;
const nameAt = (s: Sentence, name: string) => s.tokens.findIndex((t) => t.text === name);

describe("findQuotes", () => {
  it("finds quotes in English, German and French marks and keeps their words verbatim", () => {
    const text = "He said “yes, we will”. Sie sagte „nein“. Il a dit «peut-être».";
    expect(findQuotes(text).map((q) => q.inner)).toEqual(["yes, we will", "nein", "peut-être"]);
  });

  it("does not mistake apostrophes for single quotes", () => {
    expect(findQuotes("Moscow’s demands and the allies’ answer don’t match.")).toEqual([]);
    expect(findQuotes("'There is no plan,' a spokesman said.").map((q) => q.inner)).toEqual([
      "There is no plan,",
    ]);
  });

  it("reads a quote of several sentences as one", () => {
    const [q] = findQuotes("“We have to return. We will do that,” assured Scholz.");
    expect(quoteText(q?.inner ?? "")).toBe("We have to return. We will do that");
  });
});

describe("attributionAfterQuote", () => {
  it("takes the name after the speech verb: “…,” said Stoltenberg", () => {
    const s = sentence("“We will not compromise,” said Stoltenberg.");
    const found = attributionAfterQuote(s.tokens, quoteIndex(s), findMentions(s.tokens));
    expect([found?.mention.text, found?.source]).toEqual(["Stoltenberg", "said Stoltenberg"]);
  });

  it("takes the name before the speech verb, role set off by commas: '…,' a Kremlin spokesman, Dmitry Peskov, told", () => {
    const s = sentence("'There is no plan,' a Kremlin spokesman, Dmitry Peskov, told the agency.");
    const found = attributionAfterQuote(s.tokens, quoteIndex(s), findMentions(s.tokens));
    expect(found?.mention.text).toBe("Dmitry Peskov");
  });

  it("takes a pronoun: “…,” he added", () => {
    const s = sentence("“It is a start,” he added.");
    expect(
      attributionAfterQuote(s.tokens, quoteIndex(s), findMentions(s.tokens))?.mention.kind,
    ).toBe("pronoun");
  });

  it("takes the role after the verb, not a name it stands with: '…,' said the chancellor with Premier Li", () => {
    const s = sentence(
      "“We agree on that,” said the Chancellor at a press conference with Premier Tomas Lind.",
    );
    const found = attributionAfterQuote(s.tokens, quoteIndex(s), findMentions(s.tokens));
    expect(found?.mention.text).not.toBe("Tomas Lind");
  });

  it("takes the name in apposition to the role after the verb: '…,' said the mediator, Ana Ruiz", () => {
    const s = sentence("“It holds,” said the chief mediator, former president Ana Ruiz.");
    const found = attributionAfterQuote(s.tokens, quoteIndex(s), findMentions(s.tokens));
    expect(found?.mention.text).toBe("Ana Ruiz");
  });

  it("finds nothing when no speech verb follows the quote", () => {
    const s = sentence("Russia has “no right of veto” over Ukraine.");
    expect(attributionAfterQuote(s.tokens, quoteIndex(s), findMentions(s.tokens))).toBeUndefined();
  });
});

describe("attributionBeforeQuote", () => {
  it("takes the subject of the clause leading into the quote: Sherman also stressed: “…”", () => {
    const s = sentence(
      "US Vice Secretary of State Wendy Sherman also stressed: “Every country has the right.”",
    );
    const found = attributionBeforeQuote(s.tokens, quoteIndex(s), findMentions(s.tokens), -1);
    expect(found?.mention.text).toBe("Wendy Sherman");
  });

  it("takes the nearest acting person for a partial quote, not an object named earlier", () => {
    const s = sentence("After meeting Lavrov, Blinken said the talks were “useful”.");
    expect(
      attributionBeforeQuote(s.tokens, quoteIndex(s), findMentions(s.tokens), -1)?.mention.text,
    ).toBe("Blinken");
  });

  it("takes the named person, not the one named inside their apposed role: Holm, the aide to President Lind, wrote", () => {
    const s = sentence(
      "In Oslo, Anders Holm, the chief adviser to President Tomas Lind, wrote that the plan was “dead”.",
    );
    expect(
      attributionBeforeQuote(s.tokens, quoteIndex(s), findMentions(s.tokens), -1)?.mention.text,
    ).toBe("Anders Holm");
  });

  it("gives a partial quote in reported speech to the reporter, not the reported clause's subject", () => {
    const s = sentence(
      "Asked about a visit, Anders Holm said Maria Costa had accepted the offer “in principle”.",
    );
    expect(
      attributionBeforeQuote(s.tokens, quoteIndex(s), findMentions(s.tokens), -1)?.mention.text,
    ).toBe("Anders Holm");
  });
});

describe("accordingTo", () => {
  it("takes the person after 'according to'", () => {
    const s = sentence("According to Stoltenberg, Russia has “no right of veto”.");
    expect(accordingTo(s.tokens, findMentions(s.tokens))?.mention.text).toBe("Stoltenberg");
  });
});

describe("partyAsSpeaker", () => {
  it("credits a state speaking through a metonym: “…,” the Kremlin said", () => {
    const s = sentence("“We are not walking away,” the Kremlin said.");
    expect(partyAsSpeaker(s.tokens, quoteIndex(s))?.party).toBe("Russia");
  });

  it("credits a ministry to its state: the Russian foreign ministry said … “…”", () => {
    const s = sentence(
      "The Russian foreign ministry said in a statement that it saw “no positive answer”.",
    );
    expect(partyAsSpeaker(s.tokens, quoteIndex(s))?.party).toBe("Russia");
  });

  it("finds no party when a person speaks", () => {
    const s = sentence("“The door is open,” Blinken said.");
    expect(partyAsSpeaker(s.tokens, quoteIndex(s))).toBeUndefined();
  });
});

describe("reportedSpeech", () => {
  it("finds the person whose words a sentence reports without quoting", () => {
    const s = sentence(
      "Estonian Foreign Minister Urmas Reinsalu said the alliance had to plan for years.",
    );
    expect(reportedSpeech(s.tokens, findMentions(s.tokens))?.mention.text).toBe("Urmas Reinsalu");
  });
});

describe("roles of people", () => {
  it("roleBeforeName reads 'NATO Secretary General Jens Stoltenberg' and the side it names", () => {
    const s = sentence("NATO Secretary General Jens Stoltenberg said so.");
    const found = roleBeforeName(s.tokens, nameAt(s, "Jens"));
    expect([found?.role.role, found?.role.side]).toEqual(["NATO Secretary General", "NATO"]);
  });

  it("roleBeforeName keeps lowercase words inside a role: 'German climate envoy Jennifer Morgan'", () => {
    const s = sentence("German climate envoy Jennifer Morgan said so.");
    expect(roleBeforeName(s.tokens, nameAt(s, "Jennifer"))?.role.role).toBe("German climate envoy");
  });

  it("appositiveRole reads 'Sergei Lavrov, Russia's foreign minister, told'", () => {
    const s = sentence("Sergei Lavrov, Russia's foreign minister, told reporters.");
    expect(appositiveRole(s.tokens, nameAt(s, "Lavrov"))?.role).toBe("Russia's foreign minister");
  });

  it("roleBeforeCommaName reads 'China's representative, Zhang Jun, urged'", () => {
    const s = sentence("China's representative, Zhang Jun, urged restraint.");
    expect(roleBeforeCommaName(s.tokens, nameAt(s, "Zhang"), nameAt(s, "Jun"))?.role.role).toBe(
      "China's representative",
    );
  });

  const roleOf = (text: string, name: string) => {
    const m = findMentions(sentence(text).tokens).find((x) => x.text === name);
    return { role: m?.role?.role, side: m?.role?.side, of: m?.role?.of };
  };

  it("reads a role with a complement before a comma and the name: 'the President of the United States, Maria Lopez,'", () => {
    expect(
      roleOf("The President of the United States, Maria Lopez, arrived late.", "Maria Lopez"),
    ).toMatchObject({
      role: "President of the United States",
      side: "United States",
    });
    expect(
      roleOf("Finland's envoy to the talks, Jane Doe, said little.", "Jane Doe"),
    ).toMatchObject({
      role: "Finland's envoy to the talks",
      side: "Finland",
    });
    expect(
      roleOf("The head of Ankara's delegation, Ali Kaya, spoke first.", "Ali Kaya"),
    ).toMatchObject({
      role: "head of Ankara's delegation",
      side: "Turkey",
    });
  });

  it("gives the role before 'of President Anna Berg' to the name after the comma, not to Berg", () => {
    const text = "The chief adviser of President Anna Berg, Tom Lind, was there.";
    expect(roleOf(text, "Tom Lind")).toMatchObject({
      role: "chief adviser of the President",
      of: "Anna Berg",
    });
    expect(roleOf(text, "Anna Berg").role).toBe("President");
  });

  it("keeps a hyphenated role whole: 'UN Under-Secretary-General Mark Dale'", () => {
    expect(roleOf("UN Under-Secretary-General Mark Dale spoke.", "Mark Dale").role).toBe(
      "UN Under-Secretary-General",
    );
  });

  it("reads each role of a list of 'role, name,' pairs with its own name", () => {
    const text =
      "She hosted the Prime Minister of Italy, Paolo Ricci, the President of the French Republic, Anne Morel, and the Prime Minister of Canada, Liam Hart.";
    expect(roleOf(text, "Paolo Ricci").side).toBe("Italy");
    expect(roleOf(text, "Anne Morel").side).toBe("France");
    expect(roleOf(text, "Liam Hart").side).toBe("Canada");
  });

  it("ends an appositive role at 'and his …': 'Amos Tal, Peretz's chief of staff and his main channel to Cairo,'", () => {
    expect(
      roleOf(
        "Amos Tal, Peretz's chief of staff and his main channel to Cairo, spent the weekend there.",
        "Amos Tal",
      ),
    ).toMatchObject({ role: "Peretz's chief of staff", of: "Peretz" });
  });

  it("a counterpart mirrors the other's role with its own state, and a relative role takes its person's side", () => {
    const people = new People(
      analyse(
        "Russian Defence Minister Pavel Grigoriev met his Turkish counterpart Emre Yildiz. Oleg Marin, a foreign policy aide to Grigoriev, took notes.",
      ).sentences.flatMap((x) => findMentions(x.tokens).map((mention) => ({ mention }))),
    );
    const byName = (n: string) => people.all.find((p) => p.name === n)?.role;
    expect([byName("Emre Yildiz")?.role, byName("Emre Yildiz")?.side]).toEqual([
      "Turkish Defence Minister",
      "Turkey",
    ]);
    expect(byName("Oleg Marin")?.side).toBe("Russia");
  });

  it("completes a role with the state after the name: 'Foreign Minister Pavel K. Sorin of Russia'", () => {
    expect(
      roleOf("Foreign Minister Pavel K. Sorin of Russia signed as a witness.", "Pavel K. Sorin"),
    ).toMatchObject({
      role: "Foreign Minister of Russia",
      side: "Russia",
    });
  });

  it("takes no side from a lower-case word: 'who' is not the WHO", () => {
    expect(
      roleOf("Lee Dal, a senior official who led the team, said little.", "Lee Dal").side,
    ).toBeUndefined();
  });

  it("gives no role to a name without one", () => {
    const s = sentence("Yesterday Olaf Scholz travelled to Paris.");
    expect(findMentions(s.tokens).find((m) => m.text === "Olaf Scholz")?.role).toBeUndefined();
  });
});

describe("People", () => {
  const mentionsOf = (text: string) =>
    analyse(text).sentences.flatMap((s) => findMentions(s.tokens).map((mention) => ({ mention })));

  it("resolves a later surname to the full name and keeps spelling variants as aliases", () => {
    const people = new People(
      mentionsOf("Minister Alexander Gruschko arrived. Grushko said little."),
    );
    expect(people.all.map((p) => [p.name, p.aliases])).toEqual([
      ["Alexander Gruschko", ["Grushko"]],
    ]);
  });

  it("two people sharing a surname: a lone surname is both of them, never a guess", () => {
    const sightings = mentionsOf(
      "Minister Anna Berger spoke. Minister Thomas Berger replied. Berger said no.",
    );
    const people = new People(sightings);
    const lone = sightings.map(({ mention }) => mention).find((m) => m.text === "Berger");
    expect(lone && people.candidates(lone).map((p) => p.name)).toEqual([
      "Anna Berger",
      "Thomas Berger",
    ]);
  });

  it("spellingVariant accepts Gruschko/Grushko but not two different short names", () => {
    expect(spellingVariant("Gruschko", "Grushko")).toBe(true);
    expect(spellingVariant("Lavrov", "Lavrova")).toBe(true);
    expect(spellingVariant("Berg", "Borg")).toBe(false);
    expect(spellingVariant("Scholz", "Schulz")).toBe(true);
  });
});

describe("dates", () => {
  const blocks = (...lines: string[]) => parseArticle(lines.join("\n\n")).blocks;

  it("statusStamp reads a day-first time stamp: 'Status: 12.01.2022 3:45 p.m.' is 12 January", () => {
    expect(
      findArticleDate(blocks("Headline", "Status: 12.01.2022 3:45 p.m.", "Talks were held."))?.date,
    ).toBe("2022-01-12");
  });

  it("dateLine reads 'BRUSSELS, January 12, 2022 (Wire) -' at the start of the first paragraph", () => {
    expect(
      findArticleDate(blocks("Headline", "BRUSSELS, January 12, 2022 (Wire) - Talks were held."))
        ?.date,
    ).toBe("2022-01-12");
  });

  it("never guesses a year: 'BRUSSELS, January 12 -' gives no date", () => {
    expect(
      findArticleDate(blocks("Headline", "BRUSSELS, January 12 - Talks were held today.")),
    ).toBeUndefined();
  });

  it("resolves 'On Thursday' against a Wednesday report to the next day", () => {
    expect(futureDateIn("On Thursday there are to be further talks.", "2022-01-12")).toEqual({
      date: "2022-01-13",
      source: "On Thursday",
    });
  });

  it("does not read a duration as a date", () => {
    expect(futureDateIn("After twelve hours of talks, they agreed.", "2023-03-18")).toBeUndefined();
  });

  it("does not read 'sat facing' as Saturday, nor 'Monday's meeting' as a day to come", () => {
    expect(futureDateIn("The envoys sat facing each other.", "2024-05-02")).toBeUndefined();
    expect(futureDateIn("Monday's meeting was tense.", "2024-05-02")).toBeUndefined();
  });

  it("reads a range of days from its first: 'on 8 and 9 October' is 8 October", () => {
    expect(
      futureDateIn("A donor conference will meet in Oslo on 8 and 9 October.", "2024-09-30")?.date,
    ).toBe("2024-10-08");
  });
});

describe("next steps", () => {
  const steps = (body: string) =>
    (
      draftBriefing(`Talks in Bern\n\n${body}`, { date: "2024-05-01" }).briefing.next_steps ?? []
    ).map((s) => [s.text.split(" ").slice(0, 3).join(" "), s.date ?? null]);

  it("takes any future event with a day, whatever its verb", () => {
    expect(
      steps(
        "The envoys met in Bern. The two ministers will discuss the map in a phone call on Friday. The border crossing would be opened on Monday, officials said.",
      ),
    ).toEqual([
      ["The two ministers", "2024-05-03"],
      ["The border crossing", "2024-05-06"],
    ]);
  });

  it("takes no rule sentence, no past sentence and no seating as a next step", () => {
    expect(
      steps(
        "The envoys sat facing each other. Customs checks will take place only at the port of origin. The talks, which began on Saturday, ended late.",
      ),
    ).toEqual([]);
  });
});

describe("partyPosition", () => {
  it("reads a party's demand through a metonym: 'The Kremlin wants …' is Russia's", () => {
    expect(partyPosition(sentence("The Kremlin wants to prevent new bases."))[0]?.party).toBe(
      "Russia",
    );
  });

  it("gives the position to every party of the subject", () => {
    const found = partyPosition(
      sentence("The United States and the European Union support a longer mandate."),
    );
    expect(found.map((p) => p.party)).toEqual(["United States", "European Union"]);
  });

  it("finds none in a sentence that only mentions a party", () => {
    expect(partyPosition(sentence("Talks with Russia lasted five hours."))).toEqual([]);
  });
});

describe("parseArticle", () => {
  it("reads a Markdown headline, a meta line and body paragraphs", () => {
    const article = parseArticle(
      "# Talks end\n\n*Published 5 May 2023*\n\nThe **ministers** met in [Ankara](https://x.example). They talked.",
    );
    expect(article.headline?.text).toBe("Talks end");
    expect(article.blocks.map((b) => b.kind)).toEqual(["heading", "meta", "body"]);
    expect(article.blocks[2]?.text).toBe("The ministers met in Ankara. They talked.");
  });
});
