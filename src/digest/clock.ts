/** "HH:MM", 24-hour: a time of day in configuration and state. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Wall-clock date and time in a time zone, from an instant: DST-correct because Intl does the zone math. */
export interface ZonedTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
}

/** Building a formatter is costly (it runs for every question counted): one per zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The last result per zone: most calls fall in the same minute. */
const lastMinute = new Map<string, { minute: number; value: ZonedTime }>();

export function zoned(instant: Date, timeZone: string): ZonedTime {
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = lastMinute.get(timeZone);
  if (last?.minute === minute) return last.value;
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  const value = { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
  lastMinute.set(timeZone, { minute, value });
  return value;
}

/** The day before a YYYY-MM-DD date. */
export function previousDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Whole days since 1970-01-01: the rotation index of the spotlight. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}
