/** Finding and normalising dates written in English news prose. */

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_ALT =
  "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

export function monthIndex(name: string): number {
  const n = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(n));
}
export function monthName(index: number): string {
  const m = MONTHS[index] ?? "";
  return m.charAt(0).toUpperCase() + m.slice(1);
}

export interface DateMention {
  /** ISO date, or YYYY-MM when no day is given. */
  iso: string;
  /** The words as written. */
  text: string;
  index: number;
}

const DATE_PATTERNS: { re: RegExp; parse: (m: RegExpExecArray) => [number, number, number?] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, parse: (m) => [+m[1], +m[2] - 1, +m[3]] },
  {
    re: new RegExp(`\\b(${MONTH_ALT})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, "g"),
    parse: (m) => [+m[3], monthIndex(m[1]), +m[2]],
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (${MONTH_ALT})\\.?,? (\\d{4})\\b`, "g"),
    parse: (m) => [+m[3], monthIndex(m[2]), +m[1]],
  },
  { re: new RegExp(`\\b(${MONTH_ALT}) (\\d{4})\\b`, "g"), parse: (m) => [+m[2], monthIndex(m[1])] },
];

const pad = (n: number) => String(n).padStart(2, "0");

export function isValidIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Every date in the text, earliest position first, without overlaps. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, parse } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [y, mo, d] = parse(m);
      if (mo < 0 || y < 1800 || y > 2200) continue;
      const iso = d === undefined ? `${y}-${pad(mo + 1)}` : `${y}-${pad(mo + 1)}-${pad(d)}`;
      if (d !== undefined && !isValidIsoDate(iso)) continue;
      const overlaps = found.some((f) => m.index < f.index + f.text.length && f.index < m.index + m[0].length);
      if (!overlaps) found.push({ iso, text: m[0], index: m.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** "2020-08-10" → "August 10, 2020"; "2020-08" → "August 2020". */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return d ? `${monthName(m - 1)} ${d}, ${y}` : `${monthName(m - 1)} ${y}`;
}

/** A period named in a question: a month of a year, or a whole year. */
export interface Period {
  prefix: string;
  label: string;
}
export function findPeriod(text: string): Period | undefined {
  const monthYear = new RegExp(`\\b(${MONTH_ALT})\\.?,? (\\d{4})\\b`, "i").exec(text);
  if (monthYear) {
    const mo = monthIndex(monthYear[1]);
    return { prefix: `${monthYear[2]}-${pad(mo + 1)}`, label: `${monthName(mo)} ${monthYear[2]}` };
  }
  const year = /\b(1[89]\d{2}|2[01]\d{2})\b/.exec(text);
  if (year) return { prefix: year[1], label: year[1] };
  return undefined;
}

export { MONTH_ALT };
