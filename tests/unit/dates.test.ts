import { describe, expect, it } from 'vitest';
import { formatZhDate, isAfterCourse, toIsoDateString } from '../../src/format/dates.ts';

describe('formatZhDate', () => {
  it.each([
    ['2015-07-28', '2015年7月28日'],
    ['2014-12', '2014年12月'],
    ['2017', '2017年'],
  ])('%s → %s', (iso, zh) => expect(formatZhDate(iso)).toBe(zh));

  it('rejects what is not a date', () => expect(() => formatZhDate('2015/07/28')).toThrow());
});

describe('isAfterCourse (course ended 2015-07-28)', () => {
  it.each([
    ['2015-07-29', true], ['2015-11', true], ['2016', true],
    ['2015-07-28', false], ['2015-07', false], ['2015', false], ['2014-12', false],
  ])('%s → %s', (iso, after) => expect(isAfterCourse(iso)).toBe(after));
});

describe('toIsoDateString', () => {
  it('undoes what YAML parsers do to dates', () => {
    expect(toIsoDateString(new Date('2015-07-28T00:00:00Z'))).toBe('2015-07-28');
    expect(toIsoDateString(2017)).toBe('2017');
    expect(toIsoDateString('2014-12')).toBe('2014-12');
  });
});
