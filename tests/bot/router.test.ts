// The router serves whatever the registry holds: a new command is one entry, and routing, help,
// usage replies and did-you-mean follow from it without another change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotCommand, COMMANDS } from "../../src/bot/index.ts";
import {
  console as consoleChannel,
  makeBriefing,
  type TestBot,
  testBot,
  textOf,
} from "./helpers.ts";

const echo: BotCommand = {
  name: "echo",
  aliases: ["say"],
  arguments: [
    { name: "words", usage: "WORDS", description: "What to say", required: true, takes: "words" },
  ],
  summary: "Say the words back.",
  description: "Say the words back",
  example: "echo hello there",
  changesChannel: false,
  async run(call) {
    if (call.args.length === 0) return call.usage("Say what?");
    return { title: call.args.join(" "), sections: [], visibility: "public", kind: "ok" };
  },
};

describe("a command added to the registry", () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await testBot({ briefings: [makeBriefing({ id: "b1" })], commands: [...COMMANDS, echo] });
  });
  afterAll(async () => {
    await t.store.close();
  });

  it("is routed by its name and its alias, with quoted phrases as one argument", async () => {
    expect((await t.run('echo "hello there" friend')).title).toBe("hello there friend");
    expect((await t.run("SAY hi")).title).toBe("hi");
  });

  it("answers a wrong use with its own usage line, summary and example", async () => {
    const reply = await t.run("echo", consoleChannel);
    expect(reply.kind).toBe("usage");
    expect(textOf(reply)).toContain("Say what?");
    expect(textOf(reply)).toContain(
      "Usage: /echo WORDS\nSay the words back.\nExample: /echo hello there",
    );
  });

  it("is listed by help, explained by help NAME with its alias, and suggested for a typo", async () => {
    expect(textOf(await t.run("help"))).toContain("/brief echo WORDS\n    Say the words back.");
    const one = await t.run("help say");
    expect(one.title).toBe("/brief echo WORDS");
    expect(textOf(one)).toContain("Also typed as: /brief say");
    expect(textOf(await t.run("ecoh hi"))).toContain("Did you mean /brief echo");
  });
});
