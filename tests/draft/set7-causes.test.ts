// General causes of the seventh blind draft set's missed sides, roles and dates
// (tests/fixtures/articles-blind7), each shown on a small article of its own with other names.
import { describe, expect, it } from "vitest";
import { type Draft, draftBriefing } from "../../src/draft/draft.ts";

const draft = (text: string, date = "2024-04-10"): Draft => draftBriefing(text, { date });

const person = (d: Draft, name: string) =>
  (d.briefing.participants ?? []).find((p) => p.name === name);

describe("sides a careful reader takes from the sentence around a name", () => {
  it("takes a state's possessive right before a name as the person's side", () => {
    const d = draft(
      "Lake summit\n\nThe talks brought together Chile's Ana Morales and the host, Pedro Soto, at the lakeside villa.",
    );
    expect(person(d, "Ana Morales")?.side).toBe("Chile");
    expect(person(d, "Pedro Soto")?.side).toBeUndefined();
  });

  it("reads 'X of the Netherlands' like 'X of Peru'", () => {
    const d = draft(
      "Lake summit\n\nThe envoy met Lotte de Wit of the Netherlands and Carlos Ruiz of Peru in the library.",
    );
    expect(person(d, "Lotte de Wit")?.side).toBe("Netherlands");
    expect(person(d, "Carlos Ruiz")?.side).toBe("Peru");
  });

  it("gives the host who receives a visitor in a capital that capital's state", () => {
    const d = draft(
      "Lake summit\n\nMs Berglund will fly on to Lima on Friday, where she is to be received by President Rosa Quispe.",
    );
    expect(person(d, "Rosa Quispe")?.side).toBe("Peru");
  });

  it("names no host's side when the sentence names two places", () => {
    const d = draft(
      "Lake summit\n\nMs Berglund will fly to Lima on Friday and to Quito on Sunday, where she is to be received by President Rosa Quispe.",
    );
    expect(person(d, "Rosa Quispe")?.side).toBeUndefined();
  });
});

describe("sides through the people others work for, and lists of states", () => {
  it("gives 'his spokesman X' the side of the person named before him in the sentence", () => {
    const d = draft(
      "Lake summit\n\nNATO Secretary-General Lars Dahl fully backs the envoy, his spokesman Per Holm said in Brussels.",
    );
    expect(person(d, "Per Holm")?.side).toBe("NATO");
  });

  it("gives 'whose spokesperson, X' the side of the name right before 'whose'", () => {
    const d = draft(
      "Lake summit\n\nThe text came from Chilean Foreign Minister Ana Morales, whose spokesperson, Luis Vera, said she had been consulted.",
    );
    expect(person(d, "Luis Vera")?.side).toBe("Chile");
  });

  it("gives no side through a counterpart", () => {
    const d = draft(
      "Lake summit\n\nChilean Foreign Minister Ana Morales, whose counterpart, Luis Vera, arrived late, spoke first.",
    );
    expect(person(d, "Luis Vera")?.side).toBeUndefined();
  });

  it("maps 'the leaders of A, B and C' onto the next sentence's list of three names, in order", () => {
    const d = draft(
      [
        "Lake summit",
        "",
        "The leaders of Chile, Peru and Ecuador on Monday backed the plan.",
        "",
        "President Ana Morales, Prime Minister Luis Vera and President Rosa Quispe arrived by train.",
      ].join("\n"),
    );
    expect(["Ana Morales", "Luis Vera", "Rosa Quispe"].map((n) => person(d, n)?.side)).toEqual([
      "Chile",
      "Peru",
      "Ecuador",
    ]);
  });

  it("maps no list of another length", () => {
    const d = draft(
      [
        "Lake summit",
        "",
        "The leaders of Chile, Peru and Ecuador on Monday backed the plan.",
        "",
        "President Ana Morales and Prime Minister Luis Vera arrived by train.",
      ].join("\n"),
    );
    expect(person(d, "Ana Morales")?.side).toBeUndefined();
  });
});

describe("an office held before and the one held now", () => {
  it("takes the apposition's office over a former one before the name", () => {
    const d = draft(
      "Lake summit\n\nFormer president Tomas Lind, deputy head of Sweden's security council, mocked the plan.",
    );
    expect(person(d, "Tomas Lind")).toMatchObject({
      role: "deputy head of Sweden's security council",
      side: "Sweden",
    });
  });
});

describe("a role given right after a person is named alone", () => {
  it("gives a live blog's role sentence to the one person its heading names", () => {
    const d = draft(
      [
        "Harbour pact signed: as it happened",
        "",
        "10:02am Okafor: 'a new chapter'",
        "",
        'The Nigerian President called the pact "a new chapter" for the coast.',
        "",
        "9:40am Berg arrives",
        "",
        "Anna Berg, who chairs the talks, arrived first.",
        "",
        "Yusuf Okafor thanked her.",
      ].join("\n"),
    );
    expect(person(d, "Yusuf Okafor")).toMatchObject({
      role: "Nigerian President",
      side: "Nigeria",
    });
  });

  it("leaves the role open when the heading names two people", () => {
    const d = draft(
      [
        "Harbour pact signed: as it happened",
        "",
        "10:02am Okafor and Berg: 'a new chapter'",
        "",
        'The Nigerian President called the pact "a new chapter" for the coast.',
        "",
        "Anna Berg and Yusuf Okafor signed it.",
      ].join("\n"),
    );
    expect(person(d, "Yusuf Okafor")?.role).toBeUndefined();
  });
});

describe("offices of a government", () => {
  it("gives the person an office acts on behalf of the office's state", () => {
    const d = draft(
      "Lake summit\n\nThe note was issued by Downing Street on behalf of Trade Minister Tom Reed, who stayed home.",
    );
    expect(person(d, "Tom Reed")?.side).toBe("United Kingdom");
  });

  it("takes a seat of government for its state, not for a person", () => {
    const d = draft(
      "Lake summit\n\nThe leaders met at the Kantei, and the Blue House said the talks went well.",
    );
    expect(d.briefing.participants ?? []).toEqual([]);
  });

  it("reads a title only one state uses as that state's, and an office's adjective as no side", () => {
    const d = draft(
      "Lake summit\n\nBrexit Secretary Tom Reed met Presidential spokesperson Lee Min-ji in the hall.",
    );
    expect(person(d, "Tom Reed")?.side).toBe("United Kingdom");
    expect(person(d, "Lee Min-ji")?.side).toBeUndefined();
  });
});

describe("sides that are not states, and states of the past", () => {
  it("knows movements at a peace table and the Soviet Union as sides", () => {
    const d = draft(
      "Port talks\n\nHouthi negotiator Ali Saeed met Soviet Ambassador Ivan Orlov and Hamas official Omar Nasser in the hall.",
    );
    expect(person(d, "Ali Saeed")?.side).toBe("Houthis");
    expect(person(d, "Ivan Orlov")?.side).toBe("Soviet Union");
    expect(person(d, "Omar Nasser")?.side).toBe("Hamas");
  });
});

describe("where the talks were", () => {
  it("reads a dateline on its own line above the lead", () => {
    const d = draftBriefing(
      "Leaders back harbour plan\n\nValletta (AFP) – Published on 16/06/2022 - 18:47\n\nThe leaders of three states on Thursday backed the plan.",
    );
    expect(d.briefing.location).toBe("Valletta");
  });

  it("reads the place after 'From Our Correspondent'", () => {
    const d = draft(
      "Harbour pact signed\n\nFrom Our Correspondent, Gozo, Malta\n\nThe two leaders yesterday declared the dispute over.",
    );
    expect(d.briefing.location).toBe("Gozo, Malta");
  });

  it("reads the place a deal was announced in", () => {
    const d = draft(
      "Harbour deal announced in Mdina: as it happened\n\nThanks for following along. The leaders spoke for an hour.",
    );
    expect(d.briefing.location).toBe("Mdina");
  });
});

describe("names that are not people", () => {
  it("takes no place after 'in' or 'at', no compound before its noun, no word of English opening a sentence", () => {
    const d = draft(
      [
        "Harbour pact signed",
        "",
        "The leaders sat at a round table in Heron Lodge. The boats will be built in Ballarat.",
        "",
        "The navy will buy three Kestrel-class frigates. Progress would continue, the statement said.",
        "",
        "Ana Morales said the deal was done.",
      ].join("\n"),
    );
    expect((d.briefing.participants ?? []).map((p) => p.name)).toEqual(["Ana Morales"]);
  });

  it("still takes a lone surname the article gives in full as a person at a sentence's start", () => {
    const d = draft(
      "Harbour pact signed\n\nThe pact was signed by Tom Rice.\n\nRice said it was a good day.",
    );
    expect((d.briefing.participants ?? []).map((p) => p.name)).toEqual(["Tom Rice"]);
  });
});
