// The once-keys of Slack requests: what makes a request "the same one sent again".
import { describe, expect, it } from "vitest";
import { requestKey } from "../../adapters/slack/request-key.ts";
import { fixture } from "./payloads.ts";

describe("requestKey", () => {
  const command = fixture<Record<string, string>>("slash-command.json");

  it("gives a slash command sent twice the same key, and one typed again a new one", () => {
    expect(requestKey({ ...command })).toBe(requestKey({ ...command }));
    expect(requestKey({ ...command, trigger_id: "another" })).not.toBe(requestKey(command));
    expect(requestKey({ ...command, text: "ask other" })).not.toBe(requestKey(command));
    expect(requestKey({ ...command, channel_id: "C0OTHER" })).not.toBe(requestKey(command));
    expect(requestKey(command)).toMatch(/^slack:command:[0-9a-f]{64}$/);
  });

  it("keys an event by its event_id, whatever else a retry changes", () => {
    const event = fixture("message-im.json");
    expect(requestKey(event)).toBe(requestKey({ ...event, event_time: 1 }));
    expect(requestKey({ ...event, event_id: "Ev2" })).not.toBe(requestKey(event));
    expect(requestKey(event)).toMatch(/^slack:event:/);
  });

  it("keys an interaction by its trigger and actions", () => {
    const click = {
      type: "block_actions",
      team: { id: "T1" },
      user: { id: "U1" },
      channel: { id: "C1" },
      trigger_id: "1.2.3",
      actions: [{ action_id: "more", action_ts: "1700000000.1" }],
    };
    expect(requestKey(click)).toBe(requestKey({ ...click }));
    expect(requestKey({ ...click, trigger_id: "1.2.4" })).not.toBe(requestKey(click));
    expect(requestKey(click)).toMatch(/^slack:interaction:/);
  });

  it("gives no key to what needs none (url_verification)", () => {
    expect(requestKey(fixture("url-verification.json"))).toBeUndefined();
  });
});
