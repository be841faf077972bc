// Starts the real Slack adapter (Bolt on 127.0.0.1) against a fresh fake Slack, for one test file.

import {
  createSlackAdapter,
  type SlackAdapter,
  type SlackAdapterOptions,
} from "../../adapters/slack/index.ts";
import { slackAdapterConfig } from "../../adapters/start.ts";
import type { Bot } from "../../src/chat/index.ts";
import { loadConfig } from "../../src/config.ts";
import { silentLogger } from "../../src/log.ts";
import type { Store } from "../../src/store/types.ts";
import { type FakeSlack, startFakeSlack } from "./fake-slack.ts";
import { TEST_SIGNING_SECRET } from "./payloads.ts";

export const TEST_BOT_TOKEN = "xoxb-test-0000-briefbot";

export interface Harness {
  adapter: SlackAdapter;
  fake: FakeSlack;
  /** http://127.0.0.1:PORT of the adapter's receiver. */
  baseUrl: string;
  close(): Promise<void>;
}

/** Fake Slack first (its URL goes into SLACK_API_URL), then the adapter on a free port. */
export async function startHarness(
  bot: Bot,
  store: Store,
  env: Record<string, string | undefined> = {},
  options: SlackAdapterOptions = {},
): Promise<Harness> {
  const fake = await startFakeSlack();
  const { adapter, baseUrl } = await startAdapter(fake, bot, store, env, options);
  return {
    adapter,
    fake,
    baseUrl,
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** Starts one more adapter against an existing fake (a restart, a second instance). */
export async function startAdapter(
  fake: FakeSlack,
  bot: Bot,
  store: Store,
  env: Record<string, string | undefined> = {},
  options: SlackAdapterOptions = {},
): Promise<{ adapter: SlackAdapter; baseUrl: string }> {
  const config = slackAdapterConfig(
    loadConfig({
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: "0",
      ...env,
    }),
  );
  const adapter = createSlackAdapter(
    { config, bot, store, logger: silentLogger },
    { host: "127.0.0.1", retryConfig: { retries: 3, minTimeout: 10, maxTimeout: 50 }, ...options },
  );
  await adapter.start();
  return { adapter, baseUrl: `http://127.0.0.1:${adapter.address()?.port}` };
}
