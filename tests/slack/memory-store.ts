// A minimal in-memory Store for adapter tests that need only installations, pins, once claims and
// remembered keys.
import type { ChannelRef } from "../../src/chat/index.ts";
import type { Installation, Pin, Store } from "../../src/store/types.ts";

const key = (c: ChannelRef) => `${c.platform}:${c.workspace}:${c.channel}`;

/** Installations, pins and once claims in maps; the rest of the port is inert. */
export function createMemoryStore(): Store {
  const installs = new Map<string, Installation>();
  const pins = new Map<string, Pin[]>();
  const claims = new Map<string, number>();
  const remembered = new Map<string, number>();
  const contexts = new Map<string, { data: string; until: number }>();
  return {
    async addPin(pin) {
      const list = pins.get(key(pin.channel)) ?? [];
      if (list.some((p) => p.briefing === pin.briefing)) return false;
      pins.set(key(pin.channel), [...list, pin]);
      return true;
    },
    async removePin(channel, briefing) {
      const list = pins.get(key(channel)) ?? [];
      const found = list.find((p) => p.briefing === briefing);
      pins.set(
        key(channel),
        list.filter((p) => p !== found),
      );
      return found;
    },
    async pins(channel) {
      return pins.get(key(channel)) ?? [];
    },
    async setPinMessage(channel, briefing, messageRef) {
      const found = (pins.get(key(channel)) ?? []).find((p) => p.briefing === briefing);
      if (found) found.messageRef = messageRef;
    },
    async subscribe() {},
    async unsubscribe() {
      return false;
    },
    async subscriptions() {
      return [];
    },
    async pauseSubscription() {},
    async claimDelivery() {
      return true;
    },
    async finishDelivery() {},
    async deliveries() {
      return [];
    },
    async saveInstallation(installation) {
      installs.set(`${installation.platform}:${installation.workspace}`, installation);
    },
    async installation(platform, workspace) {
      return installs.get(`${platform}:${workspace}`);
    },
    async deleteInstallation(platform, workspace) {
      installs.delete(`${platform}:${workspace}`);
    },
    async claimOnce(claim, at, expiresAt) {
      const now = Date.parse(at);
      const until = Date.parse(expiresAt);
      if (Number.isNaN(now) || Number.isNaN(until)) {
        throw new Error(`claimOnce: at is not an ISO 8601 instant: ${at}`);
      }
      const held = claims.get(claim);
      if (held !== undefined && held > now) return false;
      claims.set(claim, until);
      return true;
    },
    async extendClaim(claim, expiresAt) {
      const held = claims.get(claim);
      if (held !== undefined) claims.set(claim, Math.max(held, Date.parse(expiresAt)));
    },
    async remember(memory, _at, expiresAt) {
      remembered.set(memory, Math.max(remembered.get(memory) ?? 0, Date.parse(expiresAt)));
    },
    async remembers(memory, at) {
      return (remembered.get(memory) ?? 0) > Date.parse(at);
    },
    async saveContext(key, data, _at, expiresAt) {
      contexts.set(key, { data, until: Date.parse(expiresAt) });
    },
    async context(key, at) {
      const kept = contexts.get(key);
      return kept && kept.until > Date.parse(at) ? kept.data : undefined;
    },
    async ping() {},
    async recordUnanswered() {},
    async unansweredSince() {
      return [];
    },
    async pruneUnanswered() {
      return 0;
    },
    async close() {},
  };
}
