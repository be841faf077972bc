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

let actionSeq = 0;

/** A button as the bot rendered it: the element of an actions block. */
export interface RenderedButton {
  action_id: string;
  value: string;
  text: { text: string };
}

/**
 * A block_actions interaction (a button pressed) as Slack sends it: the form field `payload`
 * holding the JSON, with a fresh trigger_id and action_ts for every press.
 */
export function blockAction(
  button: RenderedButton,
  overrides: {
    responseUrl: string;
    user?: string;
    channel?: string;
    messageTs?: string;
    threadTs?: string;
  },
): string {
  const base = fixture("block-actions.json");
  actionSeq += 1;
  const stamp = `${Date.now().toString(36)}${actionSeq}`;
  const channel = overrides.channel ?? "C2147483705";
  const messageTs = overrides.messageTs ?? "1700000000.000101";
  const payload = {
    ...base,
    trigger_id: `${base.trigger_id}.${stamp}`,
    response_url: overrides.responseUrl,
    user: { ...(base.user as object), ...(overrides.user && { id: overrides.user }) },
    channel: { id: channel, name: "briefings" },
    container: {
      ...(base.container as object),
      channel_id: channel,
      message_ts: messageTs,
      ...(overrides.threadTs && { thread_ts: overrides.threadTs }),
    },
    message: {
      ...(base.message as object),
      ts: messageTs,
      ...(overrides.threadTs && { thread_ts: overrides.threadTs }),
    },
    actions: [
      {
        action_id: button.action_id,
        block_id: "briefbot-actions",
        text: { type: "plain_text", text: button.text.text, emoji: true },
        value: button.value,
        type: "button",
        action_ts: `1700000001.${String(actionSeq).padStart(6, "0")}`,
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
