// The one check of a time zone name, for the configuration and `subscribe` alike.

/** Whether `zone` is an IANA time zone this runtime knows (`Europe/Brussels`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}
