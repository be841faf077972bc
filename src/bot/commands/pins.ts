// `pin ID`, `unpin ID`, `pins`: the briefings a channel's questions are answered from first.
import { preview } from "../args.ts";
import { briefingLabel, briefingLine, pinConfirmation } from "../cards.ts";
import {
  type BotCommand,
  type CommandArgument,
  type CommandSpec,
  commandPrefix,
  usageLine,
} from "../command.ts";

const briefingId = (description: string): CommandArgument => ({
  name: "id",
  usage: "ID",
  description,
  required: true,
  maxLength: 100,
  complete: "briefing",
});

export const pin: BotCommand = {
  name: "pin",
  arguments: [briefingId("The briefing to pin")],
  summary: "Pin a briefing in this channel: questions here are answered from the pins first.",
  description: "Pin a briefing to this channel (questions here prefer pinned briefings)",
  example: "pin 2022-01-12-nato-russia-council",
  changesChannel: true,
  async run(call) {
    if (call.args.length !== 1) return call.usage("Pin which briefing?");
    const found = await call.bot.resolveBriefing(call, call.args[0] ?? "");
    if ("sections" in found) return found;
    const added = await call.bot.store.addPin({
      channel: call.input.channel,
      briefing: found.id,
      pinnedAt: call.bot.clock().toISOString(),
      pinnedBy: call.input.user.id,
    });
    if (!added) {
      return {
        title: `Already pinned here: ${briefingLabel(found)}`,
        sections: [],
        visibility: "ephemeral",
        kind: "ok",
      };
    }
    return pinConfirmation(found, commandPrefix(call.input.channel.platform));
  },
};

export const unpin: BotCommand = {
  name: "unpin",
  arguments: [briefingId("The briefing to unpin")],
  summary: "Remove a pin from this channel.",
  description: "Unpin a briefing from this channel",
  example: "unpin 2022-01-12-nato-russia-council",
  changesChannel: true,
  async run(call) {
    if (call.args.length !== 1) return call.usage("Unpin which briefing?");
    const id = call.args[0] ?? "";
    const { store, library } = call.bot;
    const removed = await store.removePin(call.input.channel, id);
    if (!removed) {
      const pins = await store.pins(call.input.channel);
      const reply = call.usage(`"${preview(id)}" is not pinned in this channel.`);
      reply.sections.unshift({
        text: pins.length
          ? `Pinned here: ${pins.map((p) => p.briefing).join(", ")}`
          : "Nothing is pinned in this channel.",
      });
      return reply;
    }
    const b = library.get(id);
    return {
      title: `Unpinned: ${b ? b.title : id}`,
      sections: [],
      visibility: "public",
      kind: "ok",
      effects: [
        {
          type: "unpin",
          briefing: id,
          ...(removed.messageRef && { messageRef: removed.messageRef }),
        },
      ],
    };
  },
};

export const pins: BotCommand = {
  name: "pins",
  arguments: [],
  summary: "List this channel's pinned briefings.",
  description: "The briefings pinned here",
  example: "pins",
  changesChannel: false,
  async run(call) {
    const { store, library } = call.bot;
    const pinned = await store.pins(call.input.channel);
    const prefix = (c: CommandSpec) => commandPrefix(call.input.channel.platform, c);
    if (pinned.length === 0) {
      return {
        title: "Pinned briefings",
        sections: [
          {
            text: `Nothing is pinned in this channel. Pin one with ${usageLine(pin, prefix(pin))}.`,
          },
        ],
        visibility: "public",
        kind: "pins",
      };
    }
    const lines = pinned.map((p) => {
      const b = library.get(p.briefing);
      return b ? briefingLine(b) : `(missing: the file was removed)  [${p.briefing}]`;
    });
    const missing = pinned.filter((p) => !library.get(p.briefing)).length;
    return {
      title: "Pinned briefings",
      sections: [{ text: lines.join("\n") }],
      footer: missing
        ? `${missing} pinned briefing${missing === 1 ? " is" : "s are"} missing; ${usageLine(unpin, prefix(unpin))} removes a pin.`
        : `${pinned.length} pinned; questions here are answered from these first.`,
      visibility: "public",
      kind: "pins",
    };
  },
};
