// The bounded memory behind event dedupe and thread follow-ups.
import { describe, expect, it } from "vitest";
import { RecentKeys } from "../../adapters/slack/recent.ts";

describe("RecentKeys", () => {
  it("reports a key as seen the second time only", () => {
    const keys = new RecentKeys({ max: 10, ttlMs: 1000 });
    expect(keys.seen("Ev1")).toBe(false);
    expect(keys.seen("Ev1")).toBe(true);
  });

  it("forgets a key after its time to live", () => {
    let now = 0;
    const keys = new RecentKeys({ max: 10, ttlMs: 1000, now: () => now });
    keys.add("Ev1");
    now = 999;
    expect(keys.has("Ev1")).toBe(true);
    now = 1001;
    expect(keys.has("Ev1")).toBe(false);
  });

  it("keeps at most max keys, forgetting the oldest first", () => {
    const keys = new RecentKeys({ max: 3, ttlMs: 60_000 });
    for (const k of ["a", "b", "c", "d"]) keys.add(k);
    expect(keys.size).toBe(3);
    expect(keys.has("a")).toBe(false);
    expect(keys.has("d")).toBe(true);
  });
});
