import { describe, expect, it } from 'vitest';
import { findShortcut, normalizeQuery, queryWords, searchTexts, type Shortcut } from '../../src/search/query.ts';
import { excerptAround, highlight, rankResults, tidyMarks, type SearchHit } from '../../src/search/rank.ts';

const shortcuts: Shortcut[] = [
  { url: '/glossary/liuge-jingzhun/', title: '六个精准', kind: '术语', phrase: '六个精准', names: ['六个精准', '6个精准'], pinyin: ['liugejingzhun', 'lgjz'] },
  { url: '/modules/xiaoe-xindai/', title: '扶贫小额信贷', kind: '课程模块', phrase: '扶贫小额信贷', names: ['扶贫小额信贷', '小额信贷', '小贷', '建档立卡贷款'], pinyin: ['fupinxiaoexindai', 'fpxexd', 'xiaoexindai', 'xexd'] },
  { url: '/glossary/liuda-baozhang/', title: '六大保障', kind: '术语', phrase: '六大保障', names: ['六大保障'], pinyin: ['liudabaozhang', 'ldbz'] },
];

describe('query understanding', () => {
  it('tidies spaces, full-width spaces and case', () => {
    expect(normalizeQuery('  贪污\u3000 受贿 ')).toBe('贪污 受贿');
    expect(queryWords('LGJZ')).toEqual(['lgjz']);
  });
  it.each([
    ['lgjz', '/glossary/liuge-jingzhun/'],
    ['liugejingzhun', '/glossary/liuge-jingzhun/'],
    ['xiaoe', '/modules/xiaoe-xindai/'],
    ['小贷', '/modules/xiaoe-xindai/'],
    ['6个精准', '/glossary/liuge-jingzhun/'],
  ])('%s leads to %s', (q, url) => expect(findShortcut(q, shortcuts)?.url).toBe(url));
  it('needs three letters before guessing from the start of a pinyin', () => {
    expect(findShortcut('li', shortcuts)).toBeUndefined();
  });
  it('prefers the shorter phrase when a pinyin start fits several', () => {
    expect(findShortcut('liu', shortcuts)?.title).toBe('六个精准');
  });
  it('searches pinyin as its phrase, and an alias as typed before its phrase', () => {
    expect(searchTexts('lgjz', shortcuts[0])).toEqual(['六个精准']);
    expect(searchTexts('小贷', shortcuts[1])).toEqual(['小贷', '扶贫小额信贷']);
    expect(searchTexts('六个精准', shortcuts[0])).toEqual(['六个精准']);
    expect(searchTexts('贴息', undefined)).toEqual(['贴息']);
  });
});

const hit = (title: string, kind: string, content: string): SearchHit => ({ url: `/${title}/`, title, kind, content, subResults: [] });

describe('ranking', () => {
  it('puts pages containing the whole phrase first, then loose matches', () => {
    const loose = hit('乙', '课程模块', '风险和补偿都要算');
    const exact = hit('甲', '课程模块', '县里建立风险补偿金');
    expect(rankResults(['风险补偿金'], [loose, exact])).toEqual({ exact: [exact], loose: [loose] });
  });
  it('ranks the term’s own page, then titles naming the query, above passing mentions', () => {
    const mention = hit('第 3 讲', '课程模块', '做到六个精准');
    const titled = hit('六个精准与帮扶', '课程模块', '六个精准');
    const term = hit('六个精准', '术语', '六个精准');
    expect(rankResults(['六个精准'], [mention, titled, term]).exact).toEqual([term, titled, mention]);
  });
  it('needs every word of a query with spaces', () => {
    const both = hit('甲', '课程模块', '互助社的借款流程');
    const one = hit('乙', '课程模块', '互助社');
    expect(rankResults(['互助社', '借款'], [one, both])).toEqual({ exact: [both], loose: [one] });
  });
});

describe('highlighting', () => {
  it('marks whole words, escapes HTML, never single Chinese characters', () => {
    expect(highlight('建立<风险补偿金>', ['风险补偿金'])).toBe('建立&lt;<mark>风险补偿金</mark>&gt;');
    expect(highlight('风和险', ['风'])).toBe('风和险');
  });
  it('drops Pagefind marks around single characters', () => {
    expect(tidyMarks('<mark>挪</mark>用和<mark>扶贫</mark>')).toBe('挪用和<mark>扶贫</mark>');
  });
  it('cuts an excerpt around the first word found', () => {
    expect(excerptAround('一二三四五六七八九十', ['六'], 2)).toBe('…四五六七八九…');
  });
});
