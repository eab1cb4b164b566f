import { describe, expect, it } from 'vitest';
import type { ParsedEntry } from '../../src/checker/rules.ts';
import { checkLinks } from '../../src/checker/link-rules.ts';
import { collectLinks, linkTarget } from '../../src/checker/links.ts';
import { analyseMdx } from '../../src/markdown/analyse.ts';
import { parseMdx } from './mdx.ts';

describe('analyseMdx: heading ids', () => {
  const body = ['## 指导意见讲了什么', '## 对象为什么是建档立卡贫困户？', '### 第一步：摸底', '## 指导意见讲了什么', '## 用 `npm run check` 检查', '## **重点**与 Case'].join('\n\n');

  it('gives the ids Astro gives the same headings, a repeated heading included', async () => {
    const { ids } = await analyseMdx(body, 'modules/test.mdx', { base: '/', publicDir: '/nonexistent', terms: () => [] });
    expect(ids).toEqual(['指导意见讲了什么', '对象为什么是建档立卡贫困户', '第一步摸底', '指导意见讲了什么-1', '用-npm-run-check-检查', '重点与-case']);
  });
});

describe('collectLinks', () => {
  it('finds Markdown links and images, reference links and JSX <a> and <img>, with positions', () => {
    const body = '见[上文](#一)和![图](/images/a.png)。\n\n[参考][r]\n\n[r]: /programme/\n\n<img src="/images/b.png" alt="" />\n\n<a href="/glossary/x/">x</a>';
    expect(collectLinks(parseMdx(body))).toEqual([
      { kind: 'link', url: '#一', at: { line: 1, column: 2 } },
      { kind: 'image', url: '/images/a.png', alt: '图', at: { line: 1, column: 11 } },
      { kind: 'link', url: '/programme/', at: { line: 3, column: 1 } },
      { kind: 'image', url: '/images/b.png', alt: '', at: { line: 7, column: 1 } },
      { kind: 'link', url: '/glossary/x/', at: { line: 9, column: 1 } },
    ]);
  });
});

describe('linkTarget', () => {
  it.each([
    ['https://www.gov.cn/', { kind: 'external' }],
    ['mailto:a@b.cn', { kind: 'external' }],
    ['#%E6%94%BF%E7%AD%96', { kind: 'anchor', anchor: '政策' }],
    ['../xiaoe-xindai/', { kind: 'relative' }],
    ['/modules/xiaoe-xindai/#政策要点', { kind: 'site', path: '/modules/xiaoe-xindai/', anchor: '政策要点' }],
    ['/programme/?a=1', { kind: 'site', path: '/programme/' }],
  ])('%s', (url, target) => expect(linkTarget(url)).toEqual(target));
});

/** Just enough of the checker's parsed entries for the link rules: links as written, ids as rendered. */
async function moduleEntry(id: string, order: number, body: string): Promise<ParsedEntry> {
  const { ids } = await analyseMdx(body, `modules/${id}.mdx`, { base: '/', publicDir: '/nonexistent', terms: () => [] });
  return { collection: 'modules', id, file: `modules/${id}.mdx`, data: { order, title: `模块${order}` }, source: body, links: collectLinks(parseMdx(body)), ids, locate: () => ({ line: 1, column: 1 }) } as unknown as ParsedEntry;
}
const term = { collection: 'glossary', id: 'liuge-jingzhun', file: 'g.yaml', data: { term: '六个精准', items: Array.from({ length: 6 }, (_, i) => ({ name: `${i}` })) }, locate: () => ({ line: 1, column: 1 }) } as unknown as ParsedEntry;
const policy = { collection: 'policies', id: 'guokaibanfa-2014-78', file: 'p.yaml', data: {}, locate: () => ({ line: 1, column: 1 }) } as unknown as ParsedEntry;
const images = new Set(['images/fenbu-tu.png']);

async function problems(body: string): Promise<string[]> {
  const entries = [await moduleEntry('a', 1, body), await moduleEntry('b', 2, '## 第二讲的小标题'), term, policy];
  return checkLinks(entries, (p) => images.has(p)).map((d) => `${d.line}:${d.column} ${d.message}`);
}

describe('checkLinks', () => {
  it('accepts links to existing pages, headings, term items and images', async () => {
    const body = [
      '## 本讲小标题',
      '[一](#本讲小标题)[二](/modules/b/#第二讲的小标题)[三](/glossary/liuge-jingzhun/#item-6)[四](/policies/guokaibanfa-2014-78/)',
      '[五](/)[六](/programme/)[七](/search/)[八](https://www.gov.cn/)![分布图](/images/fenbu-tu.png)',
    ].join('\n\n');
    expect(await problems(body)).toEqual([]);
  });

  it('names the missing page, anchor or item and what exists instead', async () => {
    expect(await problems('[x](/modules/c/)')).toEqual(['1:1 链接“/modules/c/”指向不存在的课程模块“c”。现有的课程模块编号：a、b']);
    expect(await problems('[x](/modules/b/#没有)')).toEqual(['1:1 链接中的锚点“#没有”在第 2 讲《模块2》中不存在。可用的锚点：#第二讲的小标题']);
    expect(await problems('[x](/glossary/liuge-jingzhun/#item-7)')).toEqual([expect.stringContaining('#item-1、#item-2、#item-3、#item-4、#item-5、#item-6')]);
    expect(await problems('[x](/policies/nope/)')).toEqual([expect.stringContaining('不存在的政策文件“nope”')]);
    expect(await problems('[x](/jiaocheng/)')).toEqual([expect.stringContaining('指向的页面不存在')]);
    expect(await problems('[x](#没有)')).toEqual([expect.stringContaining('在本讲中不存在')]);
  });

  it('asks for the trailing slash and for links from the site root', async () => {
    expect(await problems('[x](/modules/b)')).toEqual(['1:1 站内链接“/modules/b”末尾缺少 /，应写成“/modules/b/”']);
    expect(await problems('[x](b/)')).toEqual([expect.stringContaining('要从网站根目录写起，以 / 开头')]);
  });

  it('checks images: alt text, the folder, the file name and that the file exists', async () => {
    expect(await problems('![](/images/fenbu-tu.png)')).toEqual([expect.stringContaining('图片缺少说明文字（alt）')]);
    expect(await problems('![ ](/images/fenbu-tu.png)')).toEqual([expect.stringContaining('图片缺少说明文字（alt）')]);
    expect(await problems('![图](/images/nope.png)')).toEqual(['1:1 找不到图片文件 public/images/nope.png；请把图片放进 public/images/，或改正文件名']);
    expect(await problems('![图](./fenbu-tu.png)')).toEqual([expect.stringContaining('要放在 public/images/ 文件夹中')]);
    expect(await problems('![图](https://example.com/a.png)')).toEqual([expect.stringContaining('引用了外部网站')]);
    expect(await problems('![图](/images/分布图.PNG)')).toEqual([expect.stringContaining('文件名“分布图.PNG”不合规')]);
  });
});
