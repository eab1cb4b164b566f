import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { formatReport, hasErrors } from '../../src/lib/diagnostics.ts';
import { brokenTree, ROOT, VALID_TREE } from './fixtures.ts';

/** Each broken fixture is one realistic trainer mistake; the checker must name file, line and field. */
const CASES: { name: string; file: string; line?: number; says: string[] }[] = [
  { name: 'missing-field', file: 'modules/xiaoe-xindai.mdx', line: 2, says: ['minutes（时长（分钟））', '缺少这个必填字段'] },
  { name: 'wrong-type', file: 'modules/xiaoe-xindai.mdx', line: 7, says: ['minutes', '应为数字', '实际为文字“四十五”'] },
  { name: 'unknown-reference', file: 'modules/xiaoe-xindai.mdx', line: 6, says: ['unit（授课单位）', '不存在的授课单位“fupin-ju”', 'fupin-yimin-ju'] },
  { name: 'duplicate-order', file: 'modules/xiaoe-xindai', line: 4, says: ['order（顺序号）', '重复'] },
  { name: 'count-mismatch', file: 'glossary/sange-quanbu.yaml', line: 6, says: ['items（条目）', '表示 3 项，实际写了 2 项'] },
  { name: 'invalid-yaml', file: 'policies/guokaibanfa-2014-78.yaml', line: 7, says: ['YAML 格式错误', '引号或括号没有闭合'] },
  { name: 'invalid-mdx', file: 'modules/xiaoe-xindai.mdx', line: 36, says: ['MDX 正文语法错误', '全角'] },
  { name: 'unknown-field', file: 'modules/xiaoe-xindai.mdx', line: 8, says: ['不认识的字段 teacher'] },
  { name: 'unknown-term', file: 'modules/xiaoe-xindai.mdx', line: 36, says: ['术语“三个全部”不存在的第 4 项', '可用的 item：1、2、3'] },
  { name: 'wrong-extension', file: 'modules/huzhu-zijin.md', says: ['必须以 .mdx 结尾'] },
];

describe('content checker on fixtures', () => {
  it('passes the valid tree without a single message', async () => {
    expect(await checkContent(VALID_TREE, ROOT)).toEqual([]);
  });

  it.each(CASES)('reports $name with file, line and a Chinese message', async ({ name, file, line, says }) => {
    const diagnostics = await checkContent(brokenTree(name), ROOT);
    expect(hasErrors(diagnostics)).toBe(true);
    const hit = diagnostics.find((d) => d.file.includes(file) && says.every((s) => d.message.includes(s)));
    expect(hit, formatReport(diagnostics)).toBeDefined();
    if (line) expect(hit!.line).toBe(line);
  });

  it('does not blame modules for citing a policy whose own file is broken', async () => {
    const diagnostics = await checkContent(brokenTree('invalid-yaml'), ROOT);
    expect(diagnostics.filter((d) => d.file.includes('modules/'))).toEqual([]);
  });
});
