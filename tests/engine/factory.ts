// Briefings for the engine's unit tests: invented talks, people and dates (not the shipped data).
import type { Briefing } from "../../src/briefing/types.ts";

/** A realistic briefing with overridable fields. */
export function briefing(overrides: Partial<Briefing> = {}): Briefing {
  return {
    id: "2023-03-14-harbour-accord-talks",
    file: "/tmp/2023-03-14-harbour-accord-talks.yaml",
    title: "Harbour accord talks between Norland and Sudmark",
    date: "2023-03-14",
    location: "Valletta",
    format: "Harbour Accord Commission",
    summary:
      "Norland and Sudmark met in Valletta for the fourth round of the Harbour Accord Commission. " +
      "After six hours the delegations agreed on a joint fisheries patrol but not on tariffs.",
    participants: [
      {
        name: "Marta Kowalczyk",
        role: "Foreign Minister of Norland, head of delegation",
        side: "Norland",
        aliases: ["Kowalczyk"],
      },
      {
        name: "Idris Okonkwo",
        role: "Deputy Trade Minister of Sudmark",
        side: "Sudmark",
        aliases: ["Okonkwo"],
      },
      { name: "Elena Borg", role: "Maltese mediator who chaired the session", side: "Malta" },
    ],
    parties: [
      {
        name: "Norland",
        aliases: ["Nordstad"],
        positions: ["Norland demands the removal of all harbour tariffs by 2025."],
      },
      {
        name: "Sudmark",
        positions: ["Sudmark refuses to cut tariffs before a fisheries deal is ratified."],
      },
    ],
    quotes: [
      {
        speaker: "Marta Kowalczyk",
        text: "Tariffs are the last wall between our harbours.",
        context: "On the tariff dispute.",
      },
      {
        speaker: "Idris Okonkwo",
        text: "We will not be rushed into a bad bargain.",
        context: "On Norland's deadline for tariffs.",
      },
      { speaker: "Marta Kowalczyk", text: "The patrol shows what trust can build." },
    ],
    points: [
      "The delegations discussed harbour tariffs and a joint fisheries patrol.",
      "The session lasted six hours.",
    ],
    outcomes: ["Agreement on a joint fisheries patrol.", "No agreement on tariffs."],
    next_steps: [{ text: "The commission meets again in Tallinn.", date: "2023-05-02" }],
    background: ["The Harbour Accord was signed in 2009."],
    sources: [{ title: "Invented for tests" }],
    ...overrides,
  };
}

/** A second, different briefing (another place, people and date). */
export function otherBriefing(overrides: Partial<Briefing> = {}): Briefing {
  return briefing({
    id: "2023-06-20-river-water-talks",
    file: "/tmp/2023-06-20-river-water-talks.yaml",
    title: "River water sharing talks in Lisbon",
    date: "2023-06-20",
    location: "Lisbon",
    format: "River Basin Council",
    summary: "Ostland and Westmark discussed sharing the river's water during droughts.",
    participants: [
      { name: "Tomas Lindqvist", role: "Water Commissioner of Ostland", side: "Ostland" },
      { name: "Ana Pereira", role: "Environment Minister of Westmark", side: "Westmark" },
    ],
    parties: [{ name: "Ostland", positions: ["Ostland wants a fixed share of the river flow."] }],
    quotes: [{ speaker: "Ana Pereira", text: "Every drop must be counted fairly." }],
    points: ["Both sides presented drought forecasts."],
    outcomes: ["A technical working group on water data was set up."],
    next_steps: [{ text: "The working group reports back.", date: "2023-09-01" }],
    background: ["The river treaty dates from 1998."],
    ...overrides,
  });
}
