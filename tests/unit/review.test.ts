import { describe, expect, it } from 'vitest';
import { formatReviewReport, isReviewDue, monthsBetween, reviewWarning, todayInChina } from '../../src/checker/review.ts';

describe('monthsBetween', () => {
  it('counts whole calendar months', () => {
    expect(monthsBetween('2025-11-20', '2026-11-20')).toBe(12);
    expect(monthsBetween('2025-11-20', '2026-11-19')).toBe(11);
    expect(monthsBetween('2025-01-31', '2025-02-28')).toBe(0);
    expect(monthsBetween('2025-01-31', '2025-03-01')).toBe(1);
  });
});

describe('isReviewDue', () => {
  it('is due only after more than twelve months', () => {
    expect(isReviewDue('2025-11-20', '2026-11-19')).toBe(false);
    expect(isReviewDue('2025-11-20', '2026-11-20')).toBe(false);
    expect(isReviewDue('2025-11-20', '2026-11-21')).toBe(true);
    expect(isReviewDue('2024-02-29', '2025-02-28')).toBe(false);
    expect(isReviewDue('2024-02-29', '2025-03-01')).toBe(true);
    expect(isReviewDue('2020-01-01', '2026-11-29')).toBe(true);
  });
});

describe('todayInChina', () => {
  it('uses the date in Beijing time', () => {
    expect(todayInChina(new Date('2026-11-29T17:00:00Z'))).toBe('2026-11-30');
    expect(todayInChina(new Date('2026-11-29T15:00:00Z'))).toBe('2026-11-29');
  });
});

const item = { file: 'src/content/modules/a.mdx', title: '扶贫小额信贷', order: 7, reviewed: '2025-03-01', months: 20, at: { line: 40, column: 1 } };

describe('the 需复核 report', () => {
  it('warns at the reviewed field and says what to do', () => {
    expect(reviewWarning(item)).toEqual({
      file: item.file,
      line: 40,
      column: 1,
      severity: 'warning',
      message: '本讲最后复核于 2025年3月1日，已超过 12 个月（20 个月）未复核；请对照现行政策复核内容，复核后把 reviewed 改成复核当天的日期',
    });
  });

  it('lists modules oldest review first, and says when there is none', () => {
    const older = { ...item, title: '政策精神解读', order: 1, reviewed: '2024-01-05', months: 34 };
    expect(formatReviewReport([item, older]).split('\n')).toEqual([
      '需复核：2 个课程模块超过 12 个月未复核',
      '  第 1 讲《政策精神解读》  最后复核 2024年1月5日（34 个月前）  src/content/modules/a.mdx:40',
      '  第 7 讲《扶贫小额信贷》  最后复核 2025年3月1日（20 个月前）  src/content/modules/a.mdx:40',
    ]);
    expect(formatReviewReport([])).toBe('需复核：无（所有课程模块都在 12 个月内复核过）。');
  });
});
