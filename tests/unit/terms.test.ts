import { describe, expect, it } from 'vitest';
import { matchTerms, termsUsed } from '../../src/lib/terms.ts';

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
    expect(termsUsed('做到“六个精准”、“五个一批”。', names)).toEqual(['liuge-jingzhun', 'wuge-yipi']);
  });
  it('reports each term once, by first use', () => {
    expect(termsUsed('五个一批和6个精准，再说五个一批', names)).toEqual(['wuge-yipi', 'liuge-jingzhun']);
  });
});
