/**
 * Dates in the handbook are as precise as the sources: a year, a month or a day.
 * They are kept as ISO strings (2015, 2015-07, 2015-07-28) and compared as such.
 */

export const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
export const FULL_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** True when every part of a (possibly partial) ISO date exists: 2026-02-30 does not. */
export function isRealDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || (month !== undefined && (month < 1 || month > 12))) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year, month! - 1, day));
  return date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
}

/** The course's last day: rules issued after it are later developments. */
export const COURSE_END = '2015-07-28';

/** 2015-07-28 → 2015年7月28日; 2014-12 → 2014年12月; 2017 → 2017年. */
export function formatZhDate(iso: string): string {
  if (!PARTIAL_DATE.test(iso)) throw new RangeError(`不是有效的日期：${iso}`);
  const [year, month, day] = iso.split('-');
  let text = `${year}年`;
  if (month) text += `${Number(month)}月`;
  if (day) text += `${Number(day)}日`;
  return text;
}

/**
 * True when a (possibly partial) date certainly falls after the course.
 * A bare year or month that contains the course dates is not "after".
 */
export function isAfterCourse(iso: string): boolean {
  const courseSameLength = COURSE_END.slice(0, iso.length);
  return iso > courseSameLength;
}

/**
 * YAML parsers turn 2015-07-28 into a Date and a bare 2017 into a number;
 * bring both back to the ISO string the trainer wrote.
 */
export function toIsoDateString(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}
