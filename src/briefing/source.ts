// What a loaded briefing was made from, for caches built over briefings (the engine snapshot):
// the validation code's fingerprint and a digest of the file's bytes, recorded when the file is
// parsed or its result read from the loader cache. Equal sources mean equal briefings, so the
// engine can key its snapshot by them instead of hashing every field of every briefing again.
import { createHash } from "node:crypto";
import type { Briefing } from "./types.ts";

const sources = new WeakMap<Briefing, string>();

/** A digest of a briefing file's bytes. */
export function digestOf(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("base64");
}

/** Notes what a briefing was parsed from (validation code and file digest). */
export function recordSource(briefing: Briefing, fingerprint: string, digest: string): void {
  sources.set(briefing, `${fingerprint}:${digest}`);
}

/**
 * What the loader made this briefing from, or undefined for a briefing it did not load (made in
 * code, or changed since). Two briefings with the same file path and source are equal.
 */
export function briefingSource(briefing: Briefing): string | undefined {
  return sources.get(briefing);
}
