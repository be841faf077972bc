// Socket Mode end to end: the real Bolt SocketModeClient connects to the fake's WebSocket on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../adapters/slack/index.ts";
import { slackAdapterConfig } from "../../adapters/start.ts";
import { loadConfig } from "../../src/config.ts";
import { silentLogger } from "../../src/log.ts";
import { type FakeSlack, startFakeSlack } from "./fake-slack.ts";
import { TEST_BOT_TOKEN } from "./harness.ts";
import { createMemoryStore } from "./memory-store.ts";
import { eventEnvelope, fixture } from "./payloads.ts";
import { createStubBot } from "./stub-bot.ts";

let fake: FakeSlack;
let adapter: SlackAdapter;
const bot = createStubBot();

beforeAll(async () => {
  fake = await startFakeSlack();
  const config = slackAdapterConfig(
    loadConfig({
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_APP_TOKEN: "xapp-1-A0BRIEFBOT-test",
      SLACK_API_URL: fake.apiUrl,
    }),
  );
  adapter = createSlackAdapter({ config, bot, store: createMemoryStore(), logger: silentLogger });
  await adapter.start();
  await fake.waitFor(() => fake.socket.connected());
});
afterAll(async () => {
  await adapter.stop();
  await fake.close();
});

describe("Socket Mode", () => {
  it("opens the connection with the app token, no public URL or signing secret needed", () => {
    expect(adapter.mode).toBe("socket");
    const open = fake.ok("apps.connections.open")[0];
    expect(open?.token).toBe("xapp-1-A0BRIEFBOT-test");
  });

  it("reports itself connected for readiness while the WebSocket is up", () => {
    expect(adapter.connected?.()).toBe(true);
  });

  it("acknowledges an event envelope and answers the mention in its thread", async () => {
    fake.socket.send({
      envelope_id: "env-mention-1",
      type: "events_api",
      accepts_response_payload: false,
      retry_attempt: 0,
      payload: eventEnvelope("app-mention.json"),
    });
    await fake.waitFor(() => fake.ok("chat.postMessage").length === 1);
    expect(fake.socket.acks.map((a) => a.envelope_id)).toContain("env-mention-1");
    expect(fake.ok("chat.postMessage")[0]?.body.thread_ts).toBe("1515449522.000016");
  });

  it("acknowledges a slash command envelope and posts the public reply", async () => {
    const command = {
      ...fixture("slash-command.json"),
      text: "ask who attended?",
      response_url: fake.responseUrl(),
    };
    fake.socket.send({
      envelope_id: "env-command-1",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: command,
    });
    await fake.waitFor(() => fake.socket.acks.some((a) => a.envelope_id === "env-command-1"));
    await fake.waitFor(() => fake.ok("chat.postMessage").length === 2);
    expect(fake.ok("chat.postMessage")[1]?.body.channel).toBe("C2147483705");
  });

  it("acknowledges a button press envelope and answers the presser through its response_url", async () => {
    const press = {
      ...fixture("block-actions.json"),
      response_url: fake.responseUrl("socket-press"),
    };
    fake.socket.send({
      envelope_id: "env-press-1",
      type: "interactive",
      accepts_response_payload: false,
      payload: press,
    });
    await fake.waitFor(() => fake.socket.acks.some((a) => a.envelope_id === "env-press-1"));
    await fake.waitFor(() => fake.ok("response_url").length > 0);
    const answer = fake.ok("response_url").at(-1);
    expect(answer?.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(JSON.stringify(answer?.body.blocks)).toContain(
      "pressed: bb1:card:2022-01-12-nato-russia-council",
    );
  });
});
