// Autocomplete for IANA time zones, for `/brief-manage subscribe timezone:`.

let zones: string[] | undefined;

function allZones(): string[] {
  zones ??= [...new Set(["UTC", ...Intl.supportedValuesOf("timeZone")])];
  return zones;
}

/** Up to `limit` IANA zones matching what was typed: prefix matches on any part first. */
export function timeZoneChoices(query: string, limit = 25): { name: string; value: string }[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, "_");
  const scored = allZones()
    .map((zone) => {
      const z = zone.toLowerCase();
      const parts = z.split("/");
      const score = !q
        ? 1
        : z.startsWith(q)
          ? 0
          : parts.some((p) => p.startsWith(q))
            ? 1
            : z.includes(q)
              ? 2
              : -1;
      return { zone, score };
    })
    .filter((entry) => entry.score >= 0)
    .sort((a, b) => a.score - b.score || a.zone.localeCompare(b.zone));
  return scored.slice(0, limit).map(({ zone }) => ({ name: zone, value: zone }));
}
