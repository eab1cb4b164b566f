import { describe, expect, it } from 'vitest';
import { circled, expectedCounts, parseNumeral } from '../../src/format/numerals.ts';

describe('parseNumeral', () => {
  it.each([
    ['三', 3], ['九', 9], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23], ['两', 2], ['9', 9], ['10', 10],
  ])('%s → %i', (text, n) => expect(parseNumeral(text)).toBe(n));

  it.each(['', '百', '三三', '十十', '一二十'])('rejects %j', (text) => expect(parseNumeral(text)).toBeNull());
});

describe('expectedCounts', () => {
  it.each([
    ['三个全部', [3]],
    ['五大转变', [5]],
    ['四个切实', [4]],
    ['六个精准', [6]],
    ['五个一批', [5]],
    ['9个方面突出问题', [9]],
    ['五个机制', [5]],
    ['六大保障', [6]],
    ['3+10组合拳', [3, 10]],
    ['十二条措施', [12]],
  ])('%s promises %j items', (term, counts) => expect(expectedCounts(term)).toEqual(counts));

  it.each(['精准扶贫', '两不愁三保障', '建档立卡'])('%s carries no count', (term) => expect(expectedCounts(term)).toBeNull());
});

describe('circled', () => {
  it('prints the report’s footnote marks', () => {
    expect([1, 5, 9].map(circled).join('')).toBe('①⑤⑨');
  });
  it('refuses numbers it cannot print', () => {
    expect(() => circled(0)).toThrow(RangeError);
    expect(() => circled(21)).toThrow(RangeError);
  });
});
