// A child process for the crash test: commits pins one by one and reports each commit on stdout.
import { openSqliteStore } from "../../../src/store/index.ts";

const path = process.argv[2] ?? "";
const store = openSqliteStore(path);
for (let i = 0; ; i++) {
  await store.addPin({
    channel: { platform: "console", workspace: "local", channel: "crash" },
    briefing: `b-${i}`,
    pinnedAt: new Date().toISOString(),
  });
  process.stdout.write(`${i}\n`);
}
