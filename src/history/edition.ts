/**
 * What the colophon (版本说明) says about this printing: which edition, from which
 * source revision, printed on which day. Pure: the caller reads git and the clock.
 */

/** The calendar date in China, where the book is used, as YYYY-MM-DD. */
export function isoDateIn(date: Date, timeZone = 'Asia/Shanghai'): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/**
 * The build moment: SOURCE_DATE_EPOCH (seconds) when set, so a rebuild of the same
 * source prints the same date, otherwise now.
 */
export function buildMoment(sourceDateEpoch: string | undefined, now: () => Date = () => new Date()): Date {
  if (sourceDateEpoch && /^\d+$/.test(sourceDateEpoch)) return new Date(Number(sourceDateEpoch) * 1000);
  return now();
}

/** a60e3dd, a60e3dd（含未提交的修改）, or 未知 when the source is not a git checkout. */
export function revisionLabel(shortHash: string | undefined, dirty: boolean): string {
  const hash = shortHash?.trim();
  if (!hash) return '未知';
  return dirty ? `${hash}（含未提交的修改）` : hash;
}
