// The chat vocabulary every part of briefbot speaks: channels, users, the platform-neutral Reply,
// and the ports between the bot, the scheduler and the platform adapters. It depends on nothing.
export type * from "./reply.ts";
export type * from "./types.ts";
