import { describe, expect, it } from 'vitest';
import { formatDuration, scheduleDay } from '../../src/programme/schedule.ts';

describe('scheduleDay', () => {
  const sessions = [
    { name: '开班', minutes: 30 },
    { name: '第一讲', minutes: 60 },
    { name: '第二讲', minutes: 45, start: '14:00' },
  ];
  it('adds each session’s length to the previous end, and honours a fixed start', () => {
    const rows = scheduleDay('08:30', sessions, (s) => s.minutes);
    expect(rows.map((r) => `${r.start}-${r.end}`)).toEqual(['08:30-09:00', '09:00-10:00', '14:00-14:45']);
  });
  it('refuses a fixed start before the previous session ends', () => {
    expect(() => scheduleDay('08:30', [{ minutes: 120 }, { minutes: 10, start: '10:00' }], (s) => s.minutes)).toThrow(/日程冲突/);
  });
});

describe('formatDuration', () => {
  it.each([[45, '45分钟'], [60, '1小时'], [90, '1小时30分钟'], [120, '2小时']])('%i → %s', (m, text) =>
    expect(formatDuration(m)).toBe(text),
  );
});
