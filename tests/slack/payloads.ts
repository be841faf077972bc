// Signed Slack requests built from the recorded-shape fixtures in tests/fixtures/slack/.
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const TEST_SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

const fixtureDir = fileURLToPath(new URL("../fixtures/slack/", import.meta.url));

/** A fixture file, parsed fresh each time so tests can change it freely. */
export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(`${fixtureDir}${name}`, "utf8")) as T;
}

let eventSeq = 0;

/** An Events API envelope from a fixture, with overrides for the event and a fresh event id. */
export function eventEnvelope(
  name:
    | "app-mention.json"
    | "message-im.json"
    | "message-channels-thread.json"
    | "message-changed.json",
  event: Record<string, unknown> = {},
  envelope: Record<string, unknown> = {},
): Record<string, unknown> {
  const base = fixture(name);
  eventSeq += 1;
  return {
    ...base,
    event_id: `Ev${Date.now().toString(36).toUpperCase()}${eventSeq}`,
    ...envelope,
    event: { ...(base.event as Record<string, unknown>), ...event },
  };
}

let triggerSeq = 0;

/**
 * A slash command form body from the fixture, with overrides (text, response_url, …) and, as
 * Slack gives every invocation, a fresh trigger_id (the same body sent twice is a replay).
 */
export function slashCommand(overrides: Record<string, string> = {}): string {
  const base = fixture<Record<string, string>>("slash-command.json");
  triggerSeq += 1;
  const trigger_id = `${base.trigger_id}.${Date.now().toString(36)}${triggerSeq}`;
  return new URLSearchParams({ ...base, trigger_id, ...overrides }).toString();
}

/** Slack's v0 request signature headers for a body, signed now (or at `timestamp`). */
export function signatureHeaders(
  body: string,
  secret = TEST_SIGNING_SECRET,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex");
  return {
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": `v0=${signature}`,
  };
}

export interface SendOptions {
  secret?: string;
  timestamp?: number;
  headers?: Record<string, string>;
}

/** POSTs a signed request to the adapter's events endpoint and returns the response. */
export async function send(
  baseUrl: string,
  payload: string | Record<string, unknown>,
  options: SendOptions = {},
): Promise<{ status: number; body: string }> {
  const isForm = typeof payload === "string";
  const body = isForm ? payload : JSON.stringify(payload);
  const response = await fetch(`${baseUrl}/slack/events`, {
    method: "POST",
    headers: {
      "content-type": isForm ? "application/x-www-form-urlencoded" : "application/json",
      ...signatureHeaders(body, options.secret, options.timestamp),
      ...options.headers,
    },
    body,
  });
  return { status: response.status, body: await response.text() };
}
