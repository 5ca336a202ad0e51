// Article dates arrive in many shapes (the FA-KES corpus writes 4/5/2017, feeds write RFC 2822,
// files write ISO). Everything is stored as ISO YYYY-MM-DD so that dates sort and compare as text.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | null {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1) return null; // 31 April and the like
  return `${y}-${pad(m)}-${pad(d)}`;
}

const month = (word: string) => MONTHS[word.slice(0, 4).toLowerCase().replace(/\.$/, '')] ?? MONTHS[word.slice(0, 3).toLowerCase()];

/** ISO date for a date given as text or epoch number, or null when it cannot be read. */
export function normaliseDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value < 1e11 ? value * 1000 : value; // seconds or milliseconds
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  // Numeric day and month: month first (US, as FA-KES writes it) unless the first cannot be a month.
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
  if (m) {
    const a = +m[1]!, b = +m[2]!, y = +m[3]!;
    return a > 12 ? iso(y, b, a) : iso(y, a, b);
  }
  // "5 April 2017", "Wed 05 Apr 2017", "April 5, 2017", "Apr. 5 2017"
  m = /(?:^|\s)(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && month(m[2]!)) return iso(+m[3]!, month(m[2]!)!, +m[1]!);
  m = /(?:^|\s)([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && month(m[1]!)) return iso(+m[3]!, month(m[1]!)!, +m[2]!);
  const parsed = Date.parse(s);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}
