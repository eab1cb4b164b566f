import { describe, expect, it } from 'vitest';
import { groupByInitial, pinyinForms, pinyinOf, sortByPinyin } from '../../src/format/pinyin.ts';

const TERMS = ['三个全部', '3+10组合拳', '五大转变', '四个切实', '六个精准', '五个一批', '9个方面突出问题', '五个机制', '六大保障'];

describe('pinyin', () => {
  it('reads digits as Chinese numbers', () => {
    expect(pinyinOf('3+10组合拳')).toBe('san jia shi zu he quan');
    expect(pinyinOf('9个方面突出问题')).toBe('jiu ge fang mian tu chu wen ti');
  });

  it('gives full pinyin and initials for search', () => {
    expect(pinyinForms('六个精准')).toEqual({ full: 'liugejingzhun', initials: 'lgjz' });
  });

  it('sorts the nine terms by pinyin', () => {
    expect(sortByPinyin(TERMS, (t) => t)).toEqual([
      '9个方面突出问题', '六大保障', '六个精准', '三个全部', '3+10组合拳', '四个切实', '五大转变', '五个机制', '五个一批',
    ]);
  });

  it('groups by initial letter, in alphabetical order', () => {
    expect(groupByInitial(TERMS, (t) => t).map((g) => `${g.letter}${g.items.length}`)).toEqual(['J1', 'L2', 'S3', 'W3']);
  });
});
