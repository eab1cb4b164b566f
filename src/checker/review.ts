import { formatZhDate } from '../format/dates.ts';
import type { Diagnostic, Position } from './diagnostics.ts';

/**
 * Policy moves on: a module not reviewed for more than twelve months is listed as “需复核”.
 * A warning, not an error: stale content still builds, but CI prints the list on every run.
 * Dates are ISO calendar dates (YYYY-MM-DD); “today” is passed in so tests can fix it.
 */

export const REVIEW_MONTHS = 12;

export interface ReviewDue {
  file: string;
  title: string;
  order: number;
  reviewed: string;
  /** Whole months since the review. */
  months: number;
  at: Position;
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m!, d!];
}

/** Whole calendar months from `from` to `to` (2025-01-31 → 2025-02-28 is 0, → 2025-03-01 is 1). */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  const months = (y2 - y1) * 12 + (m2 - m1);
  return d2 < d1 ? months - 1 : months;
}

/** True when more than twelve months have passed: on the anniversary itself it is still current. */
export function isReviewDue(reviewed: string, today: string): boolean {
  const months = monthsBetween(reviewed, today);
  return months > REVIEW_MONTHS || (months === REVIEW_MONTHS && parts(today)[2] !== parts(reviewed)[2]);
}

/** Today's date as YYYY-MM-DD in China, where the handbook is used. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

export function reviewWarning(item: ReviewDue): Diagnostic {
  return {
    file: item.file,
    ...item.at,
    severity: 'warning',
    message: `本讲最后复核于 ${formatZhDate(item.reviewed)}，已超过 ${REVIEW_MONTHS} 个月（${item.months} 个月）未复核；请对照现行政策复核内容，复核后把 reviewed 改成复核当天的日期`,
  };
}

/** The “需复核” list that `npm run check` and CI print, oldest review first. */
export function formatReviewReport(items: readonly ReviewDue[]): string {
  if (!items.length) return `需复核：无（所有课程模块都在 ${REVIEW_MONTHS} 个月内复核过）。`;
  const lines = [...items]
    .sort((a, b) => a.reviewed.localeCompare(b.reviewed) || a.order - b.order)
    .map((i) => `  第 ${i.order} 讲《${i.title}》  最后复核 ${formatZhDate(i.reviewed)}（${i.months} 个月前）  ${i.file}:${i.at.line}`);
  return [`需复核：${items.length} 个课程模块超过 ${REVIEW_MONTHS} 个月未复核`, ...lines].join('\n');
}
