// connectEngine: the engine follows a live library's changes.
import { describe, expect, it } from "vitest";
import { type BriefingChange, connectEngine, createEngine } from "../../src/engine/index.ts";
import { briefing, otherBriefing } from "./factory.ts";

/** A stand-in for BriefingLibrary: only `onChange`, driven by the test. */
function fakeLibrary() {
  const listeners = new Set<(change: BriefingChange) => void>();
  return {
    onChange(listener: (change: BriefingChange) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(change: BriefingChange) {
      for (const l of listeners) l(change);
    },
  };
}

describe("connectEngine", () => {
  it("applies added, changed and removed briefings as the library reports them", () => {
    const library = fakeLibrary();
    const engine = createEngine([briefing()]);
    connectEngine(engine, library);
    library.emit({ upserted: [otherBriefing()], removed: [] });
    expect(engine.ask("what did Ana Pereira say").text).toContain("Every drop");
    library.emit({ upserted: [], removed: ["2023-06-20-river-water-talks"] });
    expect(engine.ask("what did Ana Pereira say").answered).toBe(false);
  });

  it("stops following the library when disconnected", () => {
    const library = fakeLibrary();
    const engine = createEngine([briefing()]);
    const stop = connectEngine(engine, library);
    stop();
    library.emit({ upserted: [otherBriefing()], removed: [] });
    expect(engine.size()).toBe(1);
  });
});
