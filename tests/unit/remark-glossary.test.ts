import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import remarkGlossary from '../../src/glossary/remark-glossary.ts';
import { termInfo } from '../../src/glossary/term-info.ts';
import type { TermUse } from '../../src/glossary/term-uses.ts';

const terms = [
  termInfo('liuge-jingzhun', {
    term: '六个精准',
    aliases: ['6个精准'],
    items: ['扶持对象精准', '扶贫项目精准', '资金使用精准', '扶贫措施精准', '驻村帮扶精准', '脱贫成效精准'].map((name) => ({ name })),
  }),
  termInfo('wuge-yipi', { term: '五个一批', items: ['一', '二', '三', '四', '五'].map((name) => ({ name })) }),
  termInfo('jiuge-fangmian', { term: '9个方面突出问题', items: Array.from({ length: 9 }, (_, i) => ({ name: `方面${i + 1}` })) }),
  termInfo('san-jia-shi', {
    term: '3+10组合拳',
    aliases: ['3+10政策组合拳'],
    groups: [{ items: [{ name: '纲要' }, { name: '条例' }, { name: '决定' }] }, { items: Array.from({ length: 10 }, (_, i) => ({ name: `方案${i + 1}` })) }],
  }),
];

function run(markdown: string, base = '/') {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkGlossary, { terms: () => terms, base });
  const file = new VFile({ value: markdown, path: 'modules/test.mdx' });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const links: { url: string; text: string }[] = [];
  visit(tree, 'link', (node: Link) => {
    links.push({ url: node.url, text: node.children.map((c) => ('value' in c ? c.value : '')).join('') });
  });
  const uses = ((file.data as { astro?: { frontmatter?: { termUses?: TermUse[] } } }).astro?.frontmatter?.termUses ?? []);
  return { links, uses };
}

describe('remark-glossary: automatic links', () => {
  it('links the first use of a term in each section, and only the first', () => {
    const { links } = run('六个精准很重要，六个精准要落实。\n\n## 第二节\n\n再说六个精准。');
    expect(links).toEqual([
      { url: '/glossary/liuge-jingzhun/', text: '六个精准' },
      { url: '/glossary/liuge-jingzhun/', text: '六个精准' },
    ]);
  });

  it('finds terms at the start and end of a paragraph, in quotes and next to punctuation', () => {
    const { links } = run('五个一批是办法。\n\n落实要靠“六个精准”');
    expect(links.map((l) => l.text)).toEqual(['五个一批', '六个精准']);
  });

  it('lets the longest name win where names overlap', () => {
    expect(run('用好3+10政策组合拳。').links).toEqual([{ url: '/glossary/san-jia-shi/', text: '3+10政策组合拳' }]);
  });

  it('links an alias to its term', () => {
    expect(run('做到6个精准。').links).toEqual([{ url: '/glossary/liuge-jingzhun/', text: '6个精准' }]);
  });

  it('does not link a term inside a longer number: 十五个一批, 19个方面突出问题', () => {
    expect(run('这里说的是十五个一批和19个方面突出问题。').links).toEqual([]);
  });

  it('leaves headings, existing links, inline code and code blocks alone', () => {
    const markdown = [
      '## 六个精准的由来',
      '',
      '见[五个一批的说明](https://example.org/)和`六个精准`。',
      '',
      '```',
      '五个一批',
      '```',
    ].join('\n');
    expect(run(markdown).links).toEqual([{ url: 'https://example.org/', text: '五个一批的说明' }]);
  });

  it('links terms inside tables and list items', () => {
    const { links } = run('| 术语 | 说明 |\n|---|---|\n| 五个一批 | 办法 |\n\n- 六个精准');
    expect(links.map((l) => l.text)).toEqual(['五个一批', '六个精准']);
  });

  it('applies the site base', () => {
    expect(run('五个一批', '/handbook/').links[0]!.url).toBe('/handbook/glossary/wuge-yipi/');
  });

  it('records every use with its section, for term pages and module pages', () => {
    const { uses } = run('六个精准。\n\n## 甲\n\n五个一批，五个一批。\n\n### 乙\n\n六个精准。');
    expect(uses).toEqual([
      { id: 'liuge-jingzhun', section: -1 },
      { id: 'wuge-yipi', section: 0 },
      { id: 'wuge-yipi', section: 0 },
      { id: 'liuge-jingzhun', section: 1 },
    ]);
  });
});

describe('remark-glossary: explicit <Term> references', () => {
  it('links a term, or one of its items by its anchor', () => {
    const { links } = run('见 <Term name="六个精准" item="3" /> 和 <Term name="3+10组合拳" item="2-4">第四个方案</Term>。');
    expect(links).toEqual([
      { url: '/glossary/liuge-jingzhun/#item-3', text: '六个精准·资金使用精准' },
      { url: '/glossary/san-jia-shi/#item-2-4', text: '第四个方案' },
    ]);
  });

  it('stops on an unknown term, naming the line', () => {
    expect(() => run('第一行\n\n见 <Term name="七个精准" />。')).toThrow(/不存在的术语“七个精准”/);
    try {
      run('第一行\n\n见 <Term name="七个精准" />。');
    } catch (error) {
      expect((error as { line: number }).line).toBe(3);
    }
  });

  it('stops on an item the term does not have', () => {
    expect(() => run('<Term name="五个一批" item="6" />')).toThrow(/术语“五个一批”不存在的第 6 项；可用的 item：1、2、3、4、5/);
  });
});
