// Month and weekday names and the answers' way of writing a day, with no date parser behind
// them: modules that `briefbot --help` reaches (the command registry, the series) can use them
// without loading chrono or the engine.

/** Month names, January first: `MONTH_NAMES[month - 1]`. */
export const MONTH_NAMES: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Weekday names as `Date#getUTCDay` numbers them, Sunday first. */
export const WEEKDAY_NAMES: readonly string[] = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
];

/** `2022-01-13 (Thursday 13 January 2022)`. */
export function humanDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return `${iso} (${WEEKDAY_NAMES[day.getUTCDay()]} ${d} ${MONTH_NAMES[m - 1]} ${y})`;
}
