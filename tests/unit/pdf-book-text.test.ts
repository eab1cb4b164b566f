import { describe, expect, it } from 'vitest';
import { bodyLines, folio, printsHeading, readToc } from '../pdf/book-text.ts';

/** The readers the PDF tests use, checked on page texts shaped like pdftotext -layout output. */

const heads = new Set(['贫困村干部扶贫培训班资料汇编', '目录', '第1讲政策精神解读']);
const pages = [
  '          四川省宜宾市江安县\n\n   资 料 汇 编\n',
  '',
  '\n目录\n\n培训安排                                   7\n\n第 1 讲　政策精神解读                      9\n   三级部署的脉络                          9\n\n                                           3\n',
  '贫困村干部扶贫培训班资料汇编\n\n   一个很长很长的标题\n   在这里换行                            11\n\n4\n',
  '', '',
  '\n培训安排\n\n正文\n\n                                           7\n',
];

describe('readToc', () => {
  it('reads entries from the 目录 heading until the page the first entry names', () => {
    const { entries, firstPage } = readToc(pages, heads);
    expect(firstPage).toBe(3);
    expect(entries).toEqual([
      { text: '培训安排', page: 7 },
      { text: '第1讲政策精神解读', page: 9 },
      { text: '三级部署的脉络', page: 9 },
      { text: '一个很长很长的标题在这里换行', page: 11 },
    ]);
  });
  it('finds nothing in a book without a 目录', () => expect(readToc(['正文'], heads).entries).toEqual([]));
});

describe('folio and bodyLines', () => {
  it('reads the page number printed last', () => {
    expect(folio(pages[3]!)).toBe(4);
    expect(folio(pages[0]!)).toBeUndefined();
  });
  it('drops the running head and the folio, but not an opening page’s first line', () => {
    expect(bodyLines(pages[3]!, new Set(['贫困村干部扶贫培训班资料汇编']))).toEqual(['   一个很长很长的标题', '   在这里换行                            11']);
    expect(bodyLines(pages[6]!, new Set(['贫困村干部扶贫培训班资料汇编']))[0]).toBe('培训安排');
  });
});

describe('printsHeading', () => {
  it('finds a heading as its own line, or wrapped over lines', () => {
    expect(printsHeading(pages[6]!, '培训安排')).toBe(true);
    expect(printsHeading('第 1 讲\n政策精神解读\n', '第 1 讲　政策精神解读')).toBe(true);
  });
  it('does not take a phrase inside a sentence for the heading', () => {
    expect(printsHeading('按照培训安排的要求，村干部要……\n', '培训安排')).toBe(false);
  });
});
