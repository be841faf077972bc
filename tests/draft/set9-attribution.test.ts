// Precision first (issue 11), fifth session: the shapes of report that gave quotes to the wrong
// person in the ninth blind set, each written here with other names and other talks.
import { describe, expect, it } from "vitest";
import { byText, speakers } from "./quote-speakers.ts";

describe("the clause after a quote ends at a semicolon", () => {
  it("a speech verb after the semicolon is another clause's, not the quote's attribution", () => {
    const got = speakers(
      'Prime Minister Elena Varga met President Tomas Lind by video link.\n\n- The EU says it warned of "severe consequences" if the border stays closed; the Kremlin says Mr Lind asked for more time.',
    );
    const quote = byText(got, "severe consequences");
    expect(quote?.speaker).not.toBe("Tomas Lind");
    expect(quote?.speaker).toBe("European Union");
  });
});

describe("a sentence about the words just quoted says where they came from", () => {
  it("a quotation standing alone is not the previous speaker's going on when the next paragraph names its author", () => {
    const got = speakers(
      [
        'Foreign Minister Ilse Bergmann said the talks had been useful. "We made progress on the grain route," she said.',
        '"A ceasefire is possible within weeks."',
        "The words came from Bergmann's Maltese counterpart, Joseph Farrugia, speaking to reporters at the harbour.",
      ].join("\n\n"),
    );
    expect(byText(got, "We made progress")?.speaker).toBe("Ilse Bergmann");
    const alone = byText(got, "A ceasefire is possible");
    expect(alone?.speaker).toBe("Joseph Farrugia");
    expect(alone?.note).toMatch(/who issued the words quoted/);
  });

  it("a statement issued later in the same paragraph is its issuer's, not the speaker's before", () => {
    const got = speakers(
      [
        'In Ankara, the ministry sounded calm. "Our line is unchanged," said spokeswoman Leyla Demir.',
        '"There will be no new sanctions before the summit." The statement was posted online in the evening. It was issued by government spokesman Karl Weiss.',
      ].join("\n\n"),
    );
    expect(byText(got, "Our line is unchanged")?.speaker).toBe("Leyla Demir");
    expect(byText(got, "There will be no new sanctions")?.speaker).toBe("Karl Weiss");
  });

  it("a quotation an unnamed official repeated stays open with a mark saying why", () => {
    const got = speakers(
      [
        '"We are close to an agreement," Chancellor Lukas Brandt said.',
        '"We will keep helping as long as we are asked." The line was repeated to reporters by an official in the chancellery on Sunday.',
      ].join("\n\n"),
    );
    expect(byText(got, "We are close")?.speaker).toBe("Lukas Brandt");
    const line = byText(got, "We will keep helping");
    expect(line?.speaker).toBe("Unattributed");
    expect(line?.note).toMatch(/REVIEW: "The line" after the quotation says where it came from/);
  });

  it("a quotation standing alone with no sentence about it still continues its speaker", () => {
    const got = speakers(
      [
        '"The monitors will be in place within days," mediator Amina Otieno said.',
        '"Nobody should doubt our resolve."',
        "The talks resume on Monday.",
      ].join("\n\n"),
    );
    expect(byText(got, "Nobody should doubt")?.speaker).toBe("Amina Otieno");
  });
});

describe("who else speaks before a bare quote", () => {
  // a rarely seen path (path-evidence.ts): the interviewer is named for review, not credited
  it("a question put by a named interviewer names the interviewer for review", () => {
    const got = speakers(
      'Minister Jonas Holm spoke to Radio Nord on Sunday. Asked by the presenter, Sara Lund, "Did the president promise anything new?", Mr Holm said he would not go into detail. "Some things stay in the room," he said.',
    );
    expect(byText(got, "Did the president promise")?.speaker).toBe("Unattributed");
    expect(byText(got, "Did the president promise")?.note).toBe(
      "REVIEW: said by Sara Lund? (rule: questionAsker, rarely seen)",
    );
    expect(byText(got, "Some things stay")?.speaker).toBe("Jonas Holm");
  });

  it("a question put by reporters stays open", () => {
    const got = speakers(
      'Minister Jonas Holm spoke after the talks. Asked by reporters, "Will you resign?", Mr Holm said he would not.',
    );
    expect(byText(got, "Will you resign")?.speaker).toBe("Unattributed");
  });

  it("what a person had said, reported by another, does not make a bare quote theirs", () => {
    const got = speakers(
      [
        "Prime Minister David Amsel met President Oleg Voronin for three hours.",
        "He gave no details of what Mr Voronin had said.",
        '"We will keep talking."',
      ].join("\n\n"),
    );
    expect(byText(got, "We will keep talking")?.speaker).not.toBe("Oleg Voronin");
  });

  it("officials speaking between a speaker's words and a bare quote stop the continuation", () => {
    const got = speakers(
      [
        '"The door is open," President Oleg Voronin said. Officials in the capital said a deal could follow within weeks.',
        '"Nothing has been signed."',
      ].join("\n\n"),
    );
    expect(byText(got, "The door is open")?.speaker).toBe("Oleg Voronin");
    expect(byText(got, "Nothing has been signed")?.speaker).toBe("Unattributed");
  });
});

describe("the author of words quoted, named after them", () => {
  it("'The assessment was made after the meeting by X' in the next paragraph credits X", () => {
    const got = speakers(
      [
        "The delegations of Peru and Chile met for four hours in the old customs house.",
        '"This visit puts the relationship back where it belongs."',
        "The assessment was made after the meeting by Foreign Minister Rosa Quispe, who led the Peruvian side.",
      ].join("\n\n"),
    );
    expect(byText(got, "This visit puts")?.speaker).toBe("Rosa Quispe");
  });

  it("words made public by someone who works for the person named stay open", () => {
    const got = speakers(
      [
        "Foreign Minister Rosa Quispe met her Chilean counterpart.",
        '"We accept the truce, but we will defend ourselves."',
        "The statement was read out by a member of the delegation of Rosa Quispe.",
      ].join("\n\n"),
    );
    expect(byText(got, "We accept the truce")?.speaker).toBe("Unattributed");
  });

  it("a statement issued on behalf of a minister is the minister's", () => {
    const got = speakers(
      '"Nobody will be humiliated," the statement said. It was issued by the ministry on behalf of Foreign Minister Anne Keller, who stayed in Paris.',
    );
    expect(byText(got, "Nobody will be humiliated")?.speaker).toBe("Anne Keller");
  });
});

describe("an institution speaks as written", () => {
  it("'the Chinese Foreign Ministry said' is that body's, not a person's nearby", () => {
    const got = speakers(
      'President Ana Ruiz met Premier Li Wen in Beijing. "China and Peru are partners for a multipolar world," the Chinese Foreign Ministry said in a statement.',
    );
    // the body as written, one of China's names (seventh session)
    expect(byText(got, "China and Peru")?.speaker).toBe("Chinese Foreign Ministry");
  });
});

describe("a person put forward by a cleft sentence", () => {
  it("'It was the minister, Mr Holm, who described …' makes the next 'he said' Holm's", () => {
    const got = speakers(
      [
        "President Ivan Drago received Prime Minister Erik Lind in the palace for three hours.",
        'At his side was the trade minister, Mr Holm, a former diplomat. It was the minister, Mr Holm, who described the mood afterwards. "Nobody shouted and nobody walked out," he said.',
      ].join("\n\n"),
    );
    expect(byText(got, "Nobody shouted")?.speaker).toMatch(/Holm/);
  });
});
