// What the briefings could not answer: a scripted day of questions through the bot, then `gaps`
// (chat and CLI) lists the declined ones grouped with their missing words.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import type { ChannelRef } from "../../src/chat/index.ts";
import { createGapRecorder, groupGaps } from "../../src/gaps/index.ts";
import { openSqliteStore } from "../../src/store/index.ts";
import { general, other, testBot } from "../bot/helpers.ts";
import { runCli } from "../helpers/cli.ts";

const root = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "briefbot-gaps-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const otherWorkspace: ChannelRef = { platform: "slack", workspace: "T2", channel: "C9" };

/** The day: [time, asker, channel, question]; some are answered, the rest declined. */
const DAY: [string, string, ChannelRef, string][] = [
  ["08:05", "U1", general, "what did Lukashenko say?"],
  ["08:40", "U2", other, "What did Lukashenko say about Belarus?"],
  ["09:10", "U1", general, "what did Stoltenberg say about Ukraine?"],
  ["10:00", "U3", general, "what happened in Warsaw?"],
  ["10:30", "U3", general, "did Lukashenko attend the talks in Geneva?"],
  ["11:15", "U4", other, "What happened in Warsaw"],
  ["12:00", "U2", general, "what did Sherman say about Crimea?"],
  ["13:20", "U5", general, "what was agreed on fisheries subsidies?"],
  ["14:00", "U1", general, "who is Wendy Sherman?"],
  ["15:45", "U6", otherWorkspace, "what did Erdogan say about the grain deal?"],
];

/** Runs the day through a bot that records, its clock following the script. */
async function scriptedDay(options: { record: boolean; storePath?: string; day?: string }) {
  let now = new Date(`${options.day ?? "2022-01-14"}T07:00:00Z`);
  const store = openSqliteStore(options.storePath ?? ":memory:");
  const t = await testBot({
    store,
    clock: () => now,
    config: { timezone: "UTC", recordQuestions: options.record },
  });
  const answers = [];
  for (const [time, user, channel, question] of DAY) {
    now = new Date(`${options.day ?? "2022-01-14"}T${time}:00Z`);
    answers.push(
      await t.bot.question({
        channel,
        user: { id: user, name: `Name of ${user}` },
        text: question,
      }),
    );
  }
  now = new Date(`${options.day ?? "2022-01-14"}T18:00:00Z`);
  return { t, store, answers };
}

describe("gaps", () => {
  it("lists the day's declined questions grouped by the missing word, most frequent first", async () => {
    const { t, answers } = await scriptedDay({ record: true });
    // the script's answered questions stay out of the gaps
    expect(answers.map((a) => a.kind)).toEqual([
      "declined",
      "declined",
      "answer",
      "declined",
      "declined",
      "declined",
      "declined",
      "declined",
      "answer",
      "declined",
    ]);
    const reply = await t.run("gaps 1", general);
    expect(reply.kind).toBe("gaps");
    expect(reply.visibility).toBe("ephemeral");
    const lines = reply.sections.at(-1)?.text?.split("\n") ?? [];
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^3× {2}missing “Lukashenko” \(also “Belarus”\) {2}e\.g\. "did Lukashenko attend the talks in Geneva\?"; "What did Lukashenko say about Belarus\?"; "what did Lukashenko say\?" {2}\(3 people, 2 channels; last 2022-01-14\)$/,
    );
    expect(lines[1]).toMatch(
      /^2× {2}missing “Warsaw” {2}e\.g\. "What happened in Warsaw" {2}\(2 people/,
    );
    expect(lines.slice(2).map((l) => l.split("  ")[1])).toEqual([
      "missing “fisheries” (also “subsidies”)",
      "missing “crimea”",
    ]);
    // another workspace's questions are not shown here
    expect(reply.sections.map((s) => s.text).join("\n")).not.toContain("Erdogan");
  });

  it("keeps no user names, only a hash per asker", async () => {
    const path = join(dir, "hash.db");
    const { store } = await scriptedDay({ record: true, storePath: path });
    await store.close();
    const db = new Database(path, { readonly: true });
    const dump = JSON.stringify(db.prepare("SELECT * FROM unanswered_questions").all());
    db.close();
    expect(dump).not.toContain("Name of");
    expect(dump).not.toMatch(/"U\d"/);
    expect(dump).toMatch(/"user_hash":"[0-9a-f]{16}"/);
  });

  it("records nothing when recording is turned off, and says so", async () => {
    const { t, store } = await scriptedDay({ record: false });
    expect(await store.unansweredSince("2000-01-01T00:00:00Z")).toEqual([]);
    const reply = await t.run("gaps", general);
    expect(reply.sections[0]?.text).toContain("Recording is off (BRIEFBOT_RECORD_QUESTIONS=false)");
  });

  it("refuses a number of days beyond what is kept", async () => {
    const { t } = await scriptedDay({ record: true });
    const reply = await t.run("gaps 365", general);
    expect(reply.kind).toBe("usage");
    expect(reply.title).toBe('"365" is not a number of days from 1 to 90.');
  });

  it("deletes records older than 90 days as new ones come in", async () => {
    const store = openSqliteStore(":memory:");
    let now = new Date("2022-01-01T10:00:00Z");
    const recorder = createGapRecorder({ store, clock: () => now, enabled: true });
    const channel = general;
    await recorder.notHelpful(channel, { id: "U1" }, "who chaired the meeting?");
    now = new Date("2022-04-15T10:00:00Z");
    await recorder.notHelpful(channel, { id: "U1" }, "who chaired the meeting?", {
      text: "Zbigniew Rau chaired it.",
    });
    const left = await store.unansweredSince("2000-01-01T00:00:00Z");
    expect(left.map((r) => [r.at, r.kind])).toEqual([["2022-04-15T10:00:00.000Z", "not_helpful"]]);
    expect(groupGaps(left)[0]).toMatchObject({ missing: [], notHelpful: 1, count: 1 });
  });

  it("briefbot gaps lists every workspace's gaps from the store file", async () => {
    const path = join(dir, "cli.db");
    const today = new Date().toISOString().slice(0, 10);
    const { store } = await scriptedDay({ record: true, storePath: path, day: today });
    await store.close();
    const result = await runCli(["gaps", "--days", "2", "--store", path], root);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toBe("What the briefings could not answer, last 2 days (8 records):");
    expect(lines.slice(1).map((l) => l.split("  ")[1])).toEqual([
      "missing “Lukashenko” (also “Belarus”)",
      "missing “Warsaw”",
      "missing “Erdogan”",
      "missing “fisheries” (also “subsidies”)",
      "missing “crimea”",
    ]);
    const json = await runCli(["gaps", "--store", path, "--json"], root);
    expect(JSON.parse(json.stdout)[0]).toMatchObject({
      missing: ["Lukashenko"],
      count: 3,
      people: 3,
    });
    const bad = await runCli(["gaps", "--days", "0", "--store", path], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--days: expected a whole number from 1 to 90");
  });
});
