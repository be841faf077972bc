// General causes of the fourth blind draft set's misses (tests/fixtures/articles-blind4), each
// shown on a small article of its own with other names. See docs/drafting.md ("Blind set 4").
import { describe, expect, it } from "vitest";
import { type Draft, draftBriefing } from "../../src/draft/draft.ts";

const draft = (text: string, date?: string): Draft => draftBriefing(text, date ? { date } : {});

const person = (d: Draft, name: string) =>
  (d.briefing.participants ?? []).find((p) => p.name === name);

describe("the report's own date", () => {
  it("is never read from a headline's relative words such as 'at the last minute'", () => {
    const d = draft(
      "How the harbour deal was done at the last minute\n\nFrom our correspondent\nSaturday 11 April 1998\n\nFriday's agreement was struck after midnight, officials said.",
    );
    expect(d.briefing.sources?.[0]?.published).toBe("1998-04-11");
  });

  it("takes a weekday's agreement before the report's date as the talks' date", () => {
    const d = draft(
      "Harbour deal\n\nSaturday 11 April 1998\n\nFriday's agreement at the castle was struck seventeen hours after the deadline.",
    );
    expect(d.briefing.date).toBe("1998-04-10");
    expect(d.briefing.sources?.[0]?.published).toBe("1998-04-11");
  });
});

describe("roles and sides from titles and parties", () => {
  it("reads 'next to the Taoiseach, Bertie Ahern' as his role and gives 'the Taoiseach said' to him", () => {
    const d = draft(
      "Harbour talks\n\nPrime Minister Tom Hale sat next to the Taoiseach, Bertie Ahern.\n\n'It is a day we should treasure,' the Taoiseach said.",
      "1998-04-10",
    );
    expect(person(d, "Bertie Ahern")).toMatchObject({ role: "Taoiseach", side: "Ireland" });
    expect(person(d, "Taoiseach")).toBeUndefined();
    expect(d.briefing.quotes?.[0]?.speaker).toBe("Bertie Ahern");
  });

  it("takes a title only one state uses before any place it names: the Northern Ireland Secretary is British", () => {
    const d = draft(
      "Harbour talks\n\nThe Northern Ireland Secretary, Mo Mowlam, spent the night on the phone.",
      "1998-04-10",
    );
    expect(person(d, "Mo Mowlam")?.side).toBe("United Kingdom");
  });

  it("reads the party a leader leads from the role: 'the SDLP leader', 'the Sinn Féin president', 'His FARC counterpart'", () => {
    const d = draft(
      "Harbour talks\n\nJohn Hume, the SDLP leader, embraced his deputy. Gerry Adams, the Sinn Féin president, said the party would study the text. President Juan Manuel Santos spoke first. His FARC counterpart, Ivan Marquez, was less certain.",
      "1998-04-10",
    );
    expect(person(d, "John Hume")?.side).toBe("SDLP");
    expect(person(d, "Gerry Adams")).toMatchObject({
      role: "Sinn Féin president",
      side: "Sinn Féin",
    });
    expect(person(d, "Ivan Marquez")?.side).toBe("FARC");
  });

  it("takes no side from a demonym the places table lacks, a pronoun or an office", () => {
    const d = draft(
      "Harbour talks\n\nHis national security adviser, Han Seo-jun, was at his elbow. Department of State Spokesperson Morgan Ortagus spoke later.",
      "2019-06-30",
    );
    expect(person(d, "Han Seo-jun")?.side).toBeUndefined();
    expect(person(d, "Morgan Ortagus")?.side).not.toBe("Department");
  });
});

describe("people named without a role or a verb next to the name", () => {
  it("lists people named with the state they are of, 'Franjo Tudjman of Croatia and Alija Izetbegovic of Bosnia'", () => {
    const d = draft(
      "Base talks\n\nThe three presidents - Slobodan Milosevic of Serbia, Franjo Tudjman of Croatia and Alija Izetbegovic of Bosnia and Herzegovina - arrived on November 1.",
      "1995-11-21",
    );
    expect(person(d, "Franjo Tudjman")?.side).toBe("Croatia");
    expect(person(d, "Alija Izetbegovic")?.side).toBe("Bosnia and Herzegovina");
  });

  it("lists a person whose speech verb follows an adverb, 'Mevlut Cavusoglu later said'", () => {
    const d = draft(
      'Lake talks\n\nThe talks collapsed on Friday. Mevlut Cavusoglu later said on Twitter that the other side had "once again" walked away.',
      "2017-07-07",
    );
    expect(person(d, "Mevlut Cavusoglu")).toBeDefined();
    expect(d.briefing.quotes?.[0]?.speaker).toBe("Mevlut Cavusoglu");
  });

  it("reads a role with 'on' before a comma and the name: 'The UN's special adviser on Cyprus, Espen Barth Eide,'", () => {
    const d = draft(
      "Lake talks\n\nThe UN's special adviser on Cyprus, Espen Barth Eide, a former Norwegian foreign minister who has spent three years shuttling, was tired.",
      "2017-07-07",
    );
    expect(person(d, "Espen Barth Eide")).toMatchObject({
      role: "UN's special adviser on Cyprus",
      side: "United Nations",
    });
  });
});

describe("sides of communities and of states the places table now knows", () => {
  it("reads the Cypriot communities as sides and mirrors a counterpart's whole demonym", () => {
    const d = draft(
      "Lake talks\n\nThe Greek Cypriot leader, Nicos Anastasiades, met his Turkish Cypriot counterpart, Mustafa Akinci, on Friday.",
      "2017-07-07",
    );
    expect(person(d, "Nicos Anastasiades")?.side).toBe("Greek Cypriots");
    expect(person(d, "Mustafa Akinci")).toMatchObject({
      role: "Turkish Cypriot leader",
      side: "Turkish Cypriots",
    });
  });

  it("reads 'Chilean President Michelle Bachelet' as Chile's", () => {
    const d = draft(
      "Peace talks\n\nChilean President Michelle Bachelet spoke briefly to journalists.",
      "2016-06-23",
    );
    expect(person(d, "Michelle Bachelet")?.side).toBe("Chile");
  });
});

describe("words a spokesperson reports for the leader they speak for", () => {
  const speakerOf = (body: string) => {
    const d = draft(`Talks\n\n${body}`, "2023-03-21");
    return d.briefing.quotes?.at(-1)?.speaker;
  };

  it("gives the quote to the spokesman, not to 'the foreign minister' of his reported clause", () => {
    expect(
      speakerOf(
        'Foreign Minister Ana Vidal met Foreign Minister Piet Smit. A foreign ministry spokesman, Tom Berg, speaking for Vidal in the capital, said the foreign minister would "maintain close contact" with Smit.',
      ),
    ).toBe("Tom Berg");
  });

  it("gives the quote to the spokesman after an inverted 'said his spokesman X'", () => {
    expect(
      speakerOf(
        "President Ivan Kral met Prime Minister Eva Lind. Kral left on Monday evening. On the flight home, said his spokesman Oleg Marek to local agencies, the president had been „satisfied“ with the talks.",
      ),
    ).toBe("Oleg Marek");
  });

  it("still gives the words to the one whose own speech verb reports them", () => {
    expect(
      speakerOf(
        'Foreign Minister Ana Vidal met Foreign Minister Piet Smit. Her spokesman, Tom Berg, said Smit had called the offer "a fair basis".',
      ),
    ).toBe("Piet Smit");
  });
});

describe("an honorific's gender among people who share a name", () => {
  it("gives 'Mr Kim' and his 'he' to Kim Jong Un, not to his sister, whatever a first name suggests", () => {
    const d = draft(
      'Border talks\n\nKim Yo Jong, Kim Jong Un\'s younger sister, is organising the delegation.\n\nMr Kim has spoken briefly, through an interpreter. He said the meeting had a special meaning.\n\n"I believe this is an expression of his willingness," he said.',
      "2019-06-30",
    );
    expect(person(d, "Kim Jong Un")).toBeDefined();
    expect(person(d, "Kim Yo Jong")?.role).toBe("Kim Jong Un's younger sister");
    expect(d.briefing.quotes?.[0]?.speaker).toBe("Kim Jong Un");
  });

  it("gives 'Mr Lund replied' to the man when his daughter shares the surname", () => {
    const d = draft(
      'Border talks\n\nAnna Lund, the president\'s daughter and adviser, watched from a few yards away. Erik Lund arrived later.\n\n"I think we will do that at the right time," Mr Lund replied.',
      "2019-06-30",
    );
    expect(d.briefing.quotes?.[0]?.speaker).toBe("Erik Lund");
  });

  it("still leaves 'Mr Lund' open between two men of that name", () => {
    const d = draft(
      'Border talks\n\nErik Lund met his brother, Per Lund, on Monday.\n\n"We agreed," Mr Lund said.',
      "2019-06-30",
    );
    expect(d.briefing.quotes?.[0]?.speaker).toBe("Unattributed");
  });
});

describe("appositive roles cut by a relative clause, and relatives who share a surname", () => {
  it("ends a role before 'who': 'Holbrooke, the Assistant Secretary of State who had spent …'", () => {
    const d = draft(
      "Base talks\n\nWhen Richard Holbrooke, the Assistant Secretary of State who had spent the summer shuttling between capitals, went looking for a venue, he wanted a closed base.",
      "1995-11-21",
    );
    expect(person(d, "Richard Holbrooke")).toMatchObject({
      role: "Assistant Secretary of State",
      side: "United States",
    });
  });

  it("takes the office after 'who is' over the description before it", () => {
    const d = draft(
      "Summit talks\n\nCelso Amorim, the veteran diplomat who is President Lula da Silva's chief adviser, was cautious.",
      "2023-08-22",
    );
    expect(person(d, "Celso Amorim")?.role).toBe("chief adviser to the President");
  });

  it("gives a bare surname to the principal, not to a relative named for the relation", () => {
    const d = draft(
      "Summer talks\n\nPresident Emile Marchand received his guest at the fort. Brigitte Marchand, wife of the president, greeted the delegation.\n\n„Russia is European“, said Marchand at the start.",
      "2019-08-19",
    );
    expect(d.briefing.quotes?.[0]?.speaker).toBe("Emile Marchand");
  });
});

describe("roles beside a state that is not the holder's", () => {
  it("does not run one person's 'of the Republic of Serbia and' into the next one's title", () => {
    const d = draft(
      "Readout\n\nToday, President Anna Berg welcomed President Ivo Vuk of the Republic of Serbia and Prime Minister Avdi Hoxha of Kosovo to the capital.",
      "2020-09-04",
    );
    expect(person(d, "Avdi Hoxha")).toMatchObject({
      role: "Prime Minister of Kosovo",
      side: "Kosovo",
    });
    expect(person(d, "Ivo Vuk")?.side).toBe("Serbia");
  });

  it("takes no side from the states an envoy is for: 'Special Envoy for Serbia and Kosovo Peace Negotiations'", () => {
    const d = draft(
      "Readout\n\nThe talks were hosted by Special Presidential Envoy for Serbia and Kosovo Peace Negotiations Richard Gray.",
      "2020-09-04",
    );
    expect(person(d, "Richard Gray")?.side).toBeUndefined();
  });
});

describe("a plural role before a list of names", () => {
  it("gives each name of 'The three presidents - A of X, B of Y and C of Z -' the role, and 'the Bosnian president said' its speaker", () => {
    const d = draft(
      'Base talks\n\nThe three presidents - Slobodan Milosevic of Serbia, Franjo Tudjman of Croatia and Alija Izetbegovic of Bosnia and Herzegovina - arrived on November 1.\n\n"It is not a just peace," the Bosnian president said at the signing.',
      "1995-11-21",
    );
    expect(person(d, "Franjo Tudjman")).toMatchObject({
      role: "President of Croatia",
      side: "Croatia",
    });
    expect(d.briefing.quotes?.[0]?.speaker).toBe("Alija Izetbegovic");
  });

  it("gives no role to names after the list's verb", () => {
    const d = draft(
      "Base talks\n\nThe two ministers: Anna Berg and Piet Smit, met Carl Lund on Monday.",
      "1995-11-21",
    );
    expect(person(d, "Anna Berg")?.role).toBe("Minister");
    expect(person(d, "Carl Lund")?.role).toBeUndefined();
  });
});

describe("a person set off by a role and a relative clause acts in the main clause", () => {
  it("gives the next paragraph's 'he told me' to the man whose clause runs over a list of capitals", () => {
    const d = draft(
      'Base talks\n\nWhen Richard Holbrooke, the Assistant Secretary of State who had spent the summer shuttling between Belgrade, Zagreb and Sarajevo, went looking for a venue, he wanted somewhere closed.\n\n"Nobody gets out until it\'s done," he told me in September.',
      "1995-11-21",
    );
    expect(d.briefing.quotes?.[0]?.speaker).toBe("Richard Holbrooke");
  });
});

describe("a role noun with its name set off, and a pronoun in a relative clause", () => {
  it("gives 'The minister, Qin Gang, later told' to the named minister among several", () => {
    const d = draft(
      'Moscow talks\n\nForeign Minister Sergei Lavrov met Prime Minister Mikhail Mishustin. The minister, Qin Gang, later told state media the talks had been "candid, friendly and fruitful."',
      "2023-03-21",
    );
    expect(d.briefing.quotes?.[0]?.speaker).toBe("Qin Gang");
  });

  it("gives a pronoun inside 'X, who had told reporters that he felt …' to X, not to the speaker before", () => {
    const d = draft(
      "Castle talks\n\nSenator George Mitchell walked into the plenary room.\n\nTony Blair, who had flown in on Tuesday and had told waiting reporters then that he felt 'the hand of history upon our shoulder', sat next to the Taoiseach, Bertie Ahern.",
      "1998-04-10",
    );
    expect(d.briefing.quotes?.[0]?.speaker).toBe("Tony Blair");
  });
});

describe("the talks' date from the lead", () => {
  it("keeps the report's day when the talks 'came a day after' an earlier dinner", () => {
    const d = draft(
      "Kremlin talks\n\nPublished 6:12 PM UTC, March 21, 2023\n\nMOSCOW (AP) — The two leaders on Tuesday signed a pair of statements at the Kremlin.\n\nThe talks came a day after the two men spent four hours together on Monday.",
    );
    expect(d.briefing.date).toBe("2023-03-21");
  });

  it("keeps the report's day when its lead says 'Today', whatever weekday a later sentence names", () => {
    const d = draft(
      "Readout\n\nSeptember 4, 2020\n\nToday, President Anna Berg welcomed the two leaders, who signed commitments after two days of talks.\n\nThe signing followed negotiations on Thursday, September 3, and Friday, September 4.",
    );
    expect(d.briefing.date).toBe("2020-09-04");
  });
});

describe("a relation over two role words", () => {
  it("gives 'Erdogan's chief adviser and spokesman Ibrahim Kalin' Erdogan's side", () => {
    const d = draft(
      "Summit talks\n\nTurkish President Recep Tayyip Erdogan arrived with Erdogan's chief adviser and spokesman Ibrahim Kalin, according to an official.",
      "2023-07-10",
    );
    expect(person(d, "Ibrahim Kalin")?.side).toBe("Turkey");
  });
});

describe("'His spokeswoman, X' after a sentence about one person", () => {
  it("gives the spokeswoman the side of the one person the sentence before named", () => {
    const d = draft(
      'Summit talks\n\nRussian Foreign Minister Sergei Lavrov described the summit as "magnificent" in remarks to journalists. His spokeswoman, Maria Zakharova, said in a post that the talks would go on.',
      "2018-07-16",
    );
    expect(person(d, "Maria Zakharova")?.side).toBe("Russia");
  });

  it("takes no side from 'His Turkish counterpart, X' that way", () => {
    const d = draft(
      "Summit talks\n\nGreek Foreign Minister Nikos Dendias spoke first. His Turkish counterpart, Mevlut Cavusoglu, replied.",
      "2018-07-16",
    );
    expect(person(d, "Mevlut Cavusoglu")?.side).toBe("Turkey");
  });
});

describe("a role with 'its'", () => {
  it("belongs to the organisation named before it: 'the European Union, represented by its foreign policy chief, X'", () => {
    const d = draft(
      "Lake talks\n\nThe role of the European Union, represented on the opening day by its foreign policy chief, Federica Mogherini, was limited.",
      "2017-07-07",
    );
    expect(person(d, "Federica Mogherini")?.side).toBe("European Union");
  });
});
