// `help [COMMAND]`: every command with what it does, or how to use one; written from the registry.
import { type BotCommand, type CommandSpec, commandPrefix, findIn, usageLine } from "../command.ts";

export const help: BotCommand = {
  name: "help",
  arguments: [
    {
      name: "command",
      usage: "COMMAND",
      description: "A subcommand to explain",
      required: false,
      complete: "command",
    },
  ],
  summary: "The commands, or how to use one.",
  description: "How to use briefbot",
  example: "help subscribe",
  changesChannel: false,
  private: true,
  async run(call) {
    const { input, args } = call;
    const prefix = (c?: CommandSpec) => commandPrefix(input.channel.platform, c);
    if (args.length > 1) return call.usage("Help with which command?");
    if (args.length > 0) {
      const name = args[0] ?? "";
      const one = findIn(call.bot.commands, name);
      if (!one) return call.bot.unknownCommand(input, name);
      const also = one.aliases?.length
        ? `\nAlso typed as: ${one.aliases.map((a) => `${prefix(one)}${a}`).join(", ")}`
        : "";
      return {
        title: usageLine(one, prefix(one)),
        sections: [{ text: `${one.summary}\nExample: ${prefix(one)}${one.example}${also}` }],
        visibility: "ephemeral",
        kind: "help",
      };
    }
    return {
      title: "Briefbot commands",
      sections: [
        {
          text: call.bot.commands
            .map((c) => `${usageLine(c, prefix(c))}\n    ${c.summary}`)
            .join("\n"),
        },
        {
          text:
            input.channel.platform === "console"
              ? "Type a question without a slash to ask it. /quit leaves."
              : "Mention the bot with a question to ask it.",
        },
      ],
      visibility: "ephemeral",
      kind: "help",
    };
  },
};
