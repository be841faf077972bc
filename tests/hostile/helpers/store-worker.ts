// A child process for the store attack: opens the SQLite store at argv[2], waits for "go" on
// standard input (so two workers start together), then runs argv[4] interleaved pin, unpin,
// subscribe, unsubscribe and delivery operations on channels shared with the other worker.
// Prints one JSON line: how many operations ran, every failure as "code: message", and its RSS.
import { createInterface } from "node:readline";
import type { ChannelRef } from "../../../src/chat/index.ts";
import { openSqliteStore } from "../../../src/store/index.ts";

const path = process.argv[2] ?? "";
const worker = process.argv[3] ?? "w";
const count = Number(process.argv[4] ?? "300");

const store = openSqliteStore(path);
const channels: ChannelRef[] = [0, 1, 2].map((i) => ({
  platform: "console",
  workspace: "local",
  channel: `shared-${i}`,
}));

await new Promise<void>((resolve) => {
  const lines = createInterface({ input: process.stdin });
  lines.on("line", (line) => {
    if (line.trim() === "go") {
      lines.close();
      resolve();
    }
  });
});

const failures: string[] = [];
let ran = 0;
for (let i = 0; i < count; i++) {
  const channel = channels[i % channels.length] as ChannelRef;
  const briefing = `b-${i % 4}`;
  try {
    switch (i % 6) {
      case 0:
        await store.addPin({ channel, briefing, pinnedAt: new Date().toISOString() });
        break;
      case 1:
        await store.removePin(channel, `b-${(i + 1) % 4}`);
        break;
      case 2:
        await store.subscribe({ channel, time: "08:00", timezone: "UTC", createdBy: worker });
        break;
      case 3:
        await store.removePin(channel, briefing);
        break;
      case 4:
        await store.unsubscribe(channel);
        break;
      case 5:
        if (await store.claimDelivery(channel, `2022-01-${10 + (i % 9)}`, false, "now")) {
          await store.finishDelivery(channel, `2022-01-${10 + (i % 9)}`, "failed", worker);
        }
        break;
    }
    ran++;
  } catch (error) {
    const e = error as { code?: string; message?: string; cause?: { code?: string } };
    failures.push(`${e.cause?.code ?? e.code ?? "?"}: ${e.message ?? String(error)}`);
  }
}
await store.close();
const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
process.stdout.write(`${JSON.stringify({ worker, ran, failures, rssMb })}\n`);
