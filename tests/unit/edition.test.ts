import { describe, expect, it } from 'vitest';
import { buildMoment, isoDateIn, revisionLabel } from '../../src/history/edition.ts';

describe('isoDateIn', () => {
  it('gives the calendar date in China, not in UTC', () => {
    // 18:43 UTC on 29 November is already 30 November in Jiang'an.
    expect(isoDateIn(new Date('2026-11-29T18:43:00Z'))).toBe('2026-11-30');
    expect(isoDateIn(new Date('2026-11-29T18:43:00Z'), 'UTC')).toBe('2026-11-29');
  });
});

describe('buildMoment', () => {
  it('honours SOURCE_DATE_EPOCH for reproducible builds', () => {
    expect(buildMoment('1437955200').toISOString()).toBe('2015-07-27T00:00:00.000Z');
  });
  it('falls back to now for a missing or malformed value', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(buildMoment(undefined, () => now)).toBe(now);
    expect(buildMoment('yesterday', () => now)).toBe(now);
  });
});

describe('revisionLabel', () => {
  it('shows the short hash', () => expect(revisionLabel('a60e3dd\n', false)).toBe('a60e3dd'));
  it('says when the printed source differs from the commit', () => expect(revisionLabel('a60e3dd', true)).toBe('a60e3dd（含未提交的修改）'));
  it('says 未知 without git', () => {
    expect(revisionLabel(undefined, false)).toBe('未知');
    expect(revisionLabel('  ', true)).toBe('未知');
  });
});
