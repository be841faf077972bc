// Precision first (issue 11), fifth session, second round: readings of a pronoun that gave a
// quote to the wrong person on the read sets, each written here with other names and talks.
import { describe, expect, it } from "vitest";
import { byText, speakers } from "./quote-speakers.ts";

describe("a pronoun is not the person in focus when someone else heads its own sentence", () => {
  it("a spokesman named in apposition before the colon leaves the quote open, not the leader before", () => {
    const got = speakers(
      'Rebel commander Idriss Kane has told supporters the accord is a basis for discussion. The movement\'s spokesman in Paris, Karim Toure, went further on Sunday: "We initialled a text, we did not sign away our rights," he wrote on social media.',
    );
    const quote = byText(got, "We initialled a text");
    expect(quote?.speaker).not.toBe("Idriss Kane");
    expect(quote?.note).toMatch(/Karim Toure/);
  });

  it("a name the draft cannot read as a person heading the sentence also leaves the quote open", () => {
    const got = speakers(
      'Rebel commander Idriss Kane has told supporters the accord is a basis for discussion. The movement\'s envoy in Europe, Moussa Ag Intalla, went further on Sunday: "We initialled a text, we did not sign away our rights," he wrote on social media.',
    );
    expect(byText(got, "We initialled a text")?.speaker).not.toBe("Idriss Kane");
  });

  it("the pronoun is still the person in focus when the sentence names nobody else first", () => {
    const got = speakers(
      'Rebel commander Idriss Kane spoke to supporters in the evening. There was "no settlement yet", he told them, and "no obligation" for the movement until there was one.',
    );
    expect(byText(got, "no settlement yet")?.speaker).toBe("Idriss Kane");
  });
});

describe("words about another 'he' credited to 'he said'", () => {
  it("stay open when the paragraph names two men who spoke", () => {
    const got = speakers(
      'Asked about the grain corridor, Prime Minister Robert Abela said officials would meet again in July. Foreign Minister Ian Borg, for his part, said Malta was open to cooperation but wanted guarantees. "He was very firm on that point," he said, without elaborating.',
    );
    const quote = byText(got, "He was very firm");
    expect(quote?.speaker).not.toBe("Ian Borg");
    expect(quote?.note).toMatch(/another "he"/);
  });

  it("are still the speaker's when nobody else of that gender is named in the paragraph", () => {
    const got = speakers(
      'Prime Minister Robert Abela met President Tomas Lind in the morning.\n\nAbela says the two men agreed they could call each other at any time. "He and I agreed that each of us could pick up the phone," he told reporters.',
    );
    expect(byText(got, "He and I agreed")?.speaker).toBe("Robert Abela");
  });
});

describe("a party opening a clause someone else reports", () => {
  it("is not credited with a quoted phrase inside that clause", () => {
    const got = speakers(
      'Prime Minister Elena Varga met President Tomas Lind for dinner.\n\nThe statement was released by the spokeswoman, Maria Vella, on the prime minister\'s behalf. It added that Sweden had agreed to buy a "very large" amount of Maltese products.',
    );
    const quote = byText(got, "very large");
    expect(quote?.speaker).not.toBe("Sweden");
    expect(quote?.speaker).not.toBe("Tomas Lind");
  });

  it("still speaks when it is the subject of the speech verb", () => {
    const got = speakers(
      'Prime Minister Elena Varga met President Tomas Lind for dinner.\n\nSweden said it had "lodged a formal protest" with the Maltese side.',
    );
    expect(byText(got, "lodged a formal protest")?.speaker).toBe("Sweden");
  });
});

describe("'the X leader' names whoever heads that state", () => {
  it("is credited to the one head of state or government of X the report introduced", () => {
    const got = speakers(
      'Malta\'s Prime Minister Robert Abela met Finnish President Tomas Lind and Foreign Minister Anna Kivi.\n\n"We do not want another winter like the last one," the Finnish leader said.\n\n"Nobody will be left cold," said the Maltese chief.',
    );
    expect(byText(got, "We do not want another winter")?.speaker).toBe("Tomas Lind");
    expect(byText(got, "Nobody will be left cold")?.speaker).toBe("Robert Abela");
  });

  it("stays open when that state's president and prime minister are both in the report", () => {
    const got = speakers(
      'Finnish President Tomas Lind and Finnish Prime Minister Pekka Salo met Malta\'s Prime Minister Robert Abela.\n\n"We do not want another winter like the last one," the Finnish leader said.',
    );
    expect(byText(got, "We do not want another winter")?.speaker).toBe("Unattributed");
  });
});
