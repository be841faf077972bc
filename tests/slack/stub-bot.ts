// A small scripted Bot for adapter tests that must not depend on the engine's wording.
import type { Bot, BotInput, ChannelRef, Reply } from "../../src/chat/index.ts";

export interface StubBot extends Bot {
  inputs: { kind: "command" | "question"; input: BotInput }[];
  pinNotes: { channel: ChannelRef; briefing: string; messageRef: string }[];
  /** Milliseconds each command takes, to show acks do not wait for the work. */
  delayMs: number;
}

/** A bot that answers with a fixed reply shape per subcommand and echoes questions. */
export function createStubBot(): StubBot {
  const pinRefs = new Map<string, string>();
  const bot: StubBot = {
    inputs: [],
    pinNotes: [],
    delayMs: 0,
    async command(input) {
      bot.inputs.push({ kind: "command", input });
      if (bot.delayMs) await new Promise((r) => setTimeout(r, bot.delayMs));
      const [sub = "", ...rest] = input.text.split(/\s+/);
      const arg = rest.join(" ");
      switch (sub) {
        case "help":
        case "":
          return reply("help", "ephemeral", "Usage: /brief ask QUESTION | show ID | pin ID …");
        case "pin":
          return {
            ...reply("card", "public", `Pinned ${arg}`),
            effects: [{ type: "pin", briefing: arg }],
          };
        case "unpin": {
          const ref = pinRefs.get(arg);
          return {
            ...reply("ok", "public", `Unpinned ${arg}`),
            effects: [{ type: "unpin", briefing: arg, ...(ref ? { messageRef: ref } : {}) }],
          };
        }
        case "ask":
          return reply("answer", "public", `answer to: ${arg}`);
        default:
          return reply("usage", "ephemeral", `Unknown subcommand ${sub}`);
      }
    },
    async question(input) {
      bot.inputs.push({ kind: "question", input });
      return reply("answer", "public", `answer to: ${input.text}`);
    },
    async action(input) {
      return reply("ok", "ephemeral", `pressed: ${input.value}`);
    },
    async notePinMessage(channel, briefing, messageRef) {
      pinRefs.set(briefing, messageRef);
      bot.pinNotes.push({ channel, briefing, messageRef });
    },
    briefingChoices: () => [],
  };
  return bot;
}

function reply(kind: Reply["kind"], visibility: Reply["visibility"], text: string): Reply {
  return { sections: [{ text }], visibility, kind };
}
