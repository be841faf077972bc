// The bot's readiness checks: briefings in service, the store answering, every platform connected.
import type { PlatformAdapter } from "../chat/types.ts";
import type { Store } from "../store/types.ts";
import type { ReadinessCheck } from "./readiness.ts";

/** What the checks look at; each part is filled in once it is up (until then its check fails). */
export interface ReadinessParts {
  library?: { briefings(): readonly unknown[]; problems(): readonly unknown[] };
  store?: Pick<Store, "ping">;
  /** The platforms the bot was asked to run, and the adapters running so far. */
  platforms: readonly string[];
  adapters: readonly Pick<PlatformAdapter, "platform" | "connected">[];
}

/** One check per part, named `briefings`, `store` and after each platform. */
export function botReadinessChecks(parts: ReadinessParts): ReadinessCheck[] {
  return [
    {
      name: "briefings",
      check() {
        const { library } = parts;
        if (!library) throw new Error("still loading");
        if (library.briefings().length === 0) {
          const problems = library.problems().length;
          throw new Error(
            `no briefings in service${problems ? ` (${problems} problem(s); run briefbot validate)` : ""}`,
          );
        }
      },
    },
    {
      name: "store",
      async check() {
        if (!parts.store) throw new Error("not open yet");
        await parts.store.ping();
      },
    },
    ...parts.platforms.map((platform) => ({
      name: platform,
      check() {
        const adapter = parts.adapters.find((a) => a.platform === platform);
        if (!adapter) throw new Error("not started yet");
        if (adapter.connected && !adapter.connected()) throw new Error("not connected");
      },
    })),
  ];
}
