#!/usr/bin/env node
// The `briefbot` command. Runs the TypeScript sources directly through tsx, so a fresh
// `npm ci` needs no build step and `npx briefbot` always runs the code in the tree.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
