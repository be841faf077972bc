// Quotes credited by a role noun or a pronoun when several people, also of one side, have been
// introduced (issue 11, seventh session): each reading written with other names and talks.
import { describe, expect, it } from "vitest";
import { byText, speakers } from "./quote-speakers.ts";

const open = (quote: { speaker: string; note: string } | undefined) => {
  expect(quote?.speaker).toBe("Unattributed");
  expect(quote?.note).toMatch(/REVIEW/);
};

describe("a role noun two people introduced hold", () => {
  it("is open when the other acted in the paragraphs just before, whoever spoke last", () => {
    const got = speakers(
      'Foreign Minister Anna Grech and Foreign Minister Karl Weiss met in Valletta.\n\nGrech stressed that Malta would not change its position.\n\nWeiss, in turn, praised the trade figures. "Trade can double within a few years," said Weiss.\n\n"Nobody should expect miracles," said the foreign minister later in the evening.',
    );
    expect(byText(got, "Trade can double")?.speaker).toBe("Karl Weiss");
    open(byText(got, "Nobody should expect"));
  });

  it("is the one in focus when the other has not acted for paragraphs", () => {
    const got = speakers(
      'Foreign Minister Anna Grech and Foreign Minister Karl Weiss met in Valletta.\n\nThe talks lasted three hours and covered migration and energy.\n\nA new ferry line is planned for the summer.\n\nWeiss praised the trade figures. "Trade can double within a few years," said Weiss.\n\n"Nobody should expect miracles," said the foreign minister.',
    );
    expect(byText(got, "Nobody should expect")?.speaker).toBe("Karl Weiss");
  });

  it("is open between a 'U.S. President' and a 'South Korean President' (the state words make no closer fit)", () => {
    const got = speakers(
      'South Korean President Park Min-ho and U.S. President John Carter met at the White House.\n\nBoth leaders were asked about China. Carter said the steps were defensive, while Park said relations with Beijing rested on "mutual respect".\n\n"We are not seeking to provoke anyone," the president said.',
      { title: "Carter, Park meet", date: "2031-04-26" },
    );
    open(byText(got, "We are not seeking"));
  });
});

describe("what a reader knows of a person's office and side", () => {
  it("makes 'the chancellor' the one who held that office, though the report never calls him so", () => {
    const got = speakers(
      'Olaf Scholz welcomed Emmanuel Macron at the chancellery in Berlin on Tuesday.\n\nThe two men spoke for three hours about energy prices. "Europe must buy its gas together," the chancellor said.',
      { title: "Scholz and Macron in Berlin", date: "2023-03-14" },
    );
    expect(byText(got, "Europe must buy")?.speaker).toBe("Olaf Scholz");
  });

  it("leaves 'the president' open between two presidents a reader knows, when the report names neither so", () => {
    const got = speakers(
      'Emmanuel Macron welcomed Joe Biden at the Élysée on Tuesday.\n\nMacron spoke of the war in Ukraine; Biden spoke of trade.\n\n"Our alliance has never been stronger," the president said.',
      { title: "Biden in Paris", date: "2023-06-06" },
    );
    open(byText(got, "Our alliance has never"));
  });

  it("reads 'the Maltese foreign minister' as the foreign minister whose side the report gives elsewhere", () => {
    const got = speakers(
      'Foreign Minister Anna Grech and Foreign Minister Paolo Conti met in Valletta.\n\nOn the Maltese side: Foreign Minister Anna Grech and two advisers.\n\nConti praised the trade figures. "Migration is not a burden for one country," said the Maltese foreign minister to journalists.',
    );
    expect(byText(got, "Migration is not a burden")?.speaker).toBe("Anna Grech");
  });
});

describe("a surname two people of the report share", () => {
  it("is the one of them met so far, before the other is named", () => {
    const got = speakers(
      'Prime Minister Tomas Lind travelled to Valletta on Friday.\n\n"The positions are far apart," said Lind.\n\nWith him was his political director, Erik Lind, who is not related to the prime minister.',
    );
    expect(byText(got, "The positions are far apart")?.speaker).toBe("Tomas Lind");
  });

  it("stays open once both have been named", () => {
    const got = speakers(
      'Prime Minister Tomas Lind travelled to Valletta on Friday with his political director, Erik Lind, who is not related to him.\n\n"The positions are far apart," said Lind.',
    );
    open(byText(got, "The positions are far apart"));
  });
});

describe("words in a document's clause", () => {
  it("are the document's, not the words of the person the clause names", () => {
    const got = speakers(
      'Prime Minister Tomas Lind met President Anna Grech in Valletta. The two signed a statement in which Lind committed to "reopen the border crossings by June".',
    );
    open(byText(got, "reopen the border crossings"));
  });
});

describe("the pronoun after a person named", () => {
  it("'he' is a Korean official whose family name the tagger reads as a woman's first name", () => {
    const got = speakers(
      'Kim Dong-hyun, first deputy director of the National Security Office, told reporters the declaration went further than any before.\n\n"The people will feel safer," he said.',
      { title: "Seoul and Washington agree", date: "2031-04-26" },
    );
    expect(byText(got, "The people will feel")?.speaker).toBe("Kim Dong-hyun");
  });

  it("'he' is a president named with his state after the name ('President X of Y also welcomed')", () => {
    const got = speakers(
      'President Luis Ortega of Paraguay opened the summit.\n\nPresident Mendes of Chile also welcomed the outcome. "Integration is a necessity for our peoples," he said during the retreat.',
    );
    expect(byText(got, "Integration is a necessity")?.speaker).not.toBe("Luis Ortega");
    expect(byText(got, "Integration is a necessity")?.speaker).toMatch(/Mendes/);
  });

  it("'she' after two women in one sentence is the subject of the clause after the semicolon", () => {
    const got = speakers(
      'Trade Minister Marie Dubois and Economy Secretary Raquel Fuentes met before the summit.\n\nFuentes argued the rules applied to everyone; Dubois pushed for a faster settlement. "We want a fair outcome this year," she said.',
    );
    expect(byText(got, "We want a fair outcome")?.speaker).toBe("Marie Dubois");
  });

  it("knows a surname the tagger reads as something else after a first name ('Marie Jolie's press secretary')", () => {
    const got = speakers(
      'Marie Jolie\'s press secretary, Paul Blanc, said the minister raised the case of investors.\n\nJolie and Fuentes held a side meeting on energy. Fuentes spoke first; Jolie pushed for a settlement. "We want it this year," she said.',
    );
    expect(byText(got, "We want it this year")?.speaker).toBe("Marie Jolie");
  });
});

describe("a live blog's lead-in after a time stamp", () => {
  it("'5:12 p.m. ET Then X, on …:' names who speaks in the paragraphs of quotation after it", () => {
    const got = speakers(
      '5:30 p.m. ET\nOur correspondent asked President Anna Grech about migrants. "Malta will act with humanity," the president said.\n\n5:12 p.m. ET\nThen Prime Minister Tomas Lind, on why the islands need their own power cables:\n\n"We saw during the storms what happens when the power comes from elsewhere.\n\n"We have the engineers, and that is what we agreed to do today."',
    );
    expect(byText(got, "We saw during the storms")?.speaker).not.toBe("Anna Grech");
  });
});

describe("a sentence opening with someone's possessive", () => {
  it("is about that person, so the 'he' of the next quote is theirs", () => {
    const got = speakers(
      'President Karl Weiss received Prime Minister Tomas Lind in Valletta.\n\nMr Lind\'s appeal to Mr Weiss in the palace was direct. "I know I can count on you," he said.',
    );
    expect(byText(got, "I know I can count")?.speaker).toBe("Tomas Lind");
  });

  it("is not about the possessor when it names their aide ('X's chief of staff, Y, …')", () => {
    const got = speakers(
      'President Tomas Lind flew to Valletta on Tuesday.\n\nLind\'s chief of staff, Ho Jin-su, who stayed at home to run the government, had said on Monday that hopes should be modest. "We are not going there to sign a deal," he said then.',
    );
    expect(byText(got, "We are not going there")?.speaker).not.toBe("Tomas Lind");
  });
});
