// The blind exams of issue 10: briefings and questions written by people who had not read src/
// or tests/, kept as JSON exactly as they were handed over (tests/engine/blind-*.json).
import { readFileSync } from "node:fs";
import type { ExamCase } from "./exam.ts";

interface BlindQuestion {
  kind: string;
  question: string;
  answerable: boolean;
  expect?: string[];
  briefing?: string;
}

/** The questions of one blind set, as exam cases. */
export function blindCases(set: string): ExamCase[] {
  const url = new URL(`./${set}.json`, import.meta.url);
  const raw = JSON.parse(readFileSync(url, "utf8")) as BlindQuestion[];
  return raw.map((q) => ({ ...q, corpus: set }));
}

/** One group of the paraphrase suite: several wordings of one question. */
export interface ParaphraseGroup {
  id: string;
  kind: string;
  answerable: boolean;
  expect?: string[];
  briefing?: string;
  wordings: string[];
}

export function paraphraseGroups(): ParaphraseGroup[] {
  const url = new URL("./paraphrases.json", import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as ParaphraseGroup[];
}
