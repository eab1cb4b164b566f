import { describe, expect, it } from 'vitest';
import { matchTerms } from '../../src/glossary/match.ts';

const ids = (text: string) => [...new Set(matchTerms(text, names).map((m) => m.id))];

const names = [
  { id: 'wuge-yipi', name: '五个一批' },
  { id: 'liuge-jingzhun', name: '六个精准' },
  { id: 'liuge-jingzhun', name: '6个精准' },
  { id: 'san-jia-shi', name: '3+10组合拳' },
  { id: 'san-jia-shi', name: '3+10政策组合拳' },
];

describe('matchTerms', () => {
  it('finds terms at the start and end of a text, in order', () => {
    const text = '六个精准要求扶持对象精准，落实靠五个一批';
    expect(matchTerms(text, names).map((m) => [m.id, m.start])).toEqual([['liuge-jingzhun', 0], ['wuge-yipi', 16]]);
  });
  it('prefers the longest name at a position', () => {
    expect(matchTerms('用一套3+10政策组合拳推进', names).map((m) => m.name)).toEqual(['3+10政策组合拳']);
  });
  it('finds terms inside quotes and next to punctuation', () => {
    expect(ids('做到“六个精准”、“五个一批”。')).toEqual(['liuge-jingzhun', 'wuge-yipi']);
  });
  it('does not match a term whose number is part of a longer number', () => {
    expect(matchTerms('十五个一批、13+10组合拳、3+105组合拳', names)).toEqual([]);
  });
});
