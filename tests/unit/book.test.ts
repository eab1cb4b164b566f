import { describe, expect, it } from 'vitest';
import { BACK_PARTS, bookToc, FRONT_PARTS, moduleAnchor, moduleTitle, PARTS } from '../../src/print/book.ts';
import { scopedId } from '../../src/print/prefix-ids.ts';

const modules = [
  { id: 'zhengce-jingshen', order: 1, title: '政策精神解读', headings: [
    { depth: 2, slug: '三级部署的脉络', text: '三级部署的脉络' },
    { depth: 3, slug: '省委十届六次全会', text: '省委十届六次全会' },
    { depth: 2, slug: '三个全部', text: '三个全部' },
  ] },
  { id: 'xiaoe-xindai', order: 7, title: '扶贫小额信贷', headings: [] },
];

describe('bookToc', () => {
  const toc = bookToc(modules);
  it('lists parts and modules in book order, the colophon last', () => {
    expect(toc.filter((e) => e.level === 1).map((e) => e.text)).toEqual([
      PARTS.programme.title,
      '第 1 讲　政策精神解读',
      '第 7 讲　扶贫小额信贷',
      PARTS.forms.title,
      PARTS.glossary.title,
      PARTS.answers.title,
      PARTS.policies.title,
      PARTS.colophon.title,
    ]);
  });
  it('lists each module’s sections under it, but not sub-sections', () => {
    expect(toc.slice(1, 4)).toEqual([
      { target: moduleAnchor('zhengce-jingshen'), text: '第 1 讲　政策精神解读', level: 1 },
      { target: scopedId('zhengce-jingshen--', '三级部署的脉络'), text: '三级部署的脉络', level: 2 },
      { target: scopedId('zhengce-jingshen--', '三个全部'), text: '三个全部', level: 2 },
    ]);
  });
  it('points only at ASCII anchors, which PDF named destinations need', () => {
    for (const e of toc) expect(e.target).toMatch(/^[\x21-\x7e]+$/);
  });
});

describe('the book’s parts', () => {
  it('have unique anchors and titles', () => {
    const parts = Object.values(PARTS);
    expect(new Set(parts.map((p) => p.id)).size).toBe(parts.length);
    expect(new Set(parts.map((p) => p.title)).size).toBe(parts.length);
  });
  it('put the programme before the modules and the appendices after', () => {
    expect(FRONT_PARTS).toEqual([PARTS.programme]);
    expect(BACK_PARTS.at(-1)).toBe(PARTS.colophon);
  });
  it('title a module as printed in the 目录 and the bookmarks', () => expect(moduleTitle(10, '职务犯罪与预防')).toBe('第 10 讲　职务犯罪与预防'));
});
