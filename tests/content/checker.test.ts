import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type CheckOptions } from '../../src/checker/check.ts';
import { formatReport, hasErrors } from '../../src/checker/diagnostics.ts';
import { brokenTree, FIXTURE_PUBLIC, ROOT, VALID_TREE } from './fixtures.ts';

/** A fixed “today”, so the valid tree's review date never goes stale under the tests. */
const OPTIONS: CheckOptions = { today: '2026-12-01', publicDir: FIXTURE_PUBLIC };

interface Case {
  name: string;
  file: string;
  line?: number;
  column?: number;
  says: string[];
  /** A review overdue is a warning: it is listed, but does not fail the check. */
  severity?: 'warning';
}

/** Each broken fixture is one realistic trainer mistake; the checker must name file, line and what to change. */
const CASES: Case[] = [
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
  { name: 'broken-link', file: 'modules/xiaoe-xindai.mdx', line: 41, column: 78, says: ['不存在的课程模块“huzhu-zijn”', '现有的课程模块编号：xiaoe-xindai'] },
  { name: 'broken-anchor', file: 'modules/xiaoe-xindai.mdx', line: 40, column: 23, says: ['锚点“#政策要点说明”在本讲中不存在', '#政策要点'] },
  { name: 'broken-item-anchor', file: 'modules/xiaoe-xindai.mdx', line: 41, says: ['锚点“#item-4”在术语“三个全部”中不存在', '#item-3'] },
  { name: 'relative-link', file: 'modules/xiaoe-xindai.mdx', line: 41, says: ['“../programme/”要从网站根目录写起，以 / 开头'] },
  { name: 'missing-image', file: 'modules/xiaoe-xindai.mdx', line: 45, says: ['找不到图片文件 public/images/daikuan-liucheng.png'] },
  { name: 'image-without-alt', file: 'modules/xiaoe-xindai.mdx', line: 45, says: ['图片缺少说明文字（alt）', '方括号里'] },
  { name: 'half-width-punctuation', file: 'modules/xiaoe-xindai.mdx', line: 36, column: 28, says: ['半角标点“,”应改为全角“，”'] },
  { name: 'yaml-punctuation', file: 'glossary/sange-quanbu.yaml', line: 8, column: 29, says: ['半角标点“,”应改为全角“，”', '障的家庭,也没有住'] },
  { name: 'mixed-brackets', file: 'modules/xiaoe-xindai.mdx', line: 36, column: 3, says: ['六角括号〔〕', '“国开办发[2014]78号”应写成“国开办发〔2014〕78号”'] },
  { name: 'space-in-chinese', file: 'modules/xiaoe-xindai.mdx', line: 36, column: 20, says: ['中文之间不要加空格', '贫困户 可以'] },
  { name: 'policy-not-in-library', file: 'modules/xiaoe-xindai.mdx', line: 42, says: ['文号“中发〔2015〕34号”不在政策文件库中', 'src/content/policies/'] },
  { name: 'policy-never-cited', file: 'modules/xiaoe-xindai.mdx', line: 17, says: ['列出了政策文件“guokaibanfa-2014-78”，但正文没有提到它', '或从 policies 中删去'] },
  { name: 'wrong-date-format', file: 'modules/xiaoe-xindai.mdx', line: 31, says: ['reviewed（最后复核日期）', '应写成 YYYY-MM-DD', '2026年11月20日'] },
  { name: 'duplicate-id', file: 'policies/xiaoe-xindai-yijian.yaml', line: 2, says: ['docNumber（文号）', '国开办发〔2014〕78号', '重复', '删去重复的那个'] },
  { name: 'stale-review', file: 'modules/xiaoe-xindai.mdx', line: 31, severity: 'warning', says: ['2024年6月30日', '已超过 12 个月', '把 reviewed 改成复核当天的日期'] },
];

describe('content checker on fixtures', () => {
  it('passes the valid tree without a single message', async () => {
    expect(await checkContent(VALID_TREE, ROOT, OPTIONS)).toEqual([]);
  });

  it.each(CASES)('reports $name with file, line and a Chinese message', async ({ name, file, line, column, says, severity }) => {
    const diagnostics = await checkContent(brokenTree(name), ROOT, OPTIONS);
    expect(hasErrors(diagnostics)).toBe(severity !== 'warning');
    const hit = diagnostics.find((d) => d.file.includes(file) && says.every((s) => d.message.includes(s)));
    expect(hit, formatReport(diagnostics)).toBeDefined();
    expect(hit!.severity).toBe(severity ?? 'error');
    if (line) expect(hit!.line).toBe(line);
    if (column) expect(hit!.column).toBe(column);
  });

  it('does not blame modules for citing a policy whose own file is broken', async () => {
    const diagnostics = await checkContent(brokenTree('invalid-yaml'), ROOT, OPTIONS);
    expect(diagnostics.filter((d) => d.file.includes('modules/'))).toEqual([]);
  });

  it('reports a duplicated 文号 once, not again as a wrong citation', async () => {
    const diagnostics = await checkContent(brokenTree('duplicate-id'), ROOT, OPTIONS);
    expect(diagnostics).toHaveLength(1);
  });
});

describe('npm run check:content', () => {
  const run = (...args: string[]) =>
    spawnSync(path.join(ROOT, 'node_modules/.bin/node'), ['scripts/check-content.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 0 on the valid tree and says so', () => {
    const result = run('--dir', VALID_TREE, '--today', '2026-12-01');
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('内容检查通过');
    expect(result.stdout).toContain('需复核：无');
  });

  it('exits 1 and prints every problem as file:line:column grouped by file', () => {
    const result = run('--dir', brokenTree('half-width-punctuation'), '--today', '2026-12-01');
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    const heading = lines.findIndex((l) => l.endsWith('modules/xiaoe-xindai.mdx'));
    expect(lines[heading + 1]).toMatch(/^ {2}\S+modules\/xiaoe-xindai\.mdx:36:28 {2}错误：中文里的半角标点“,”/);
    expect(lines[heading + 2]).toMatch(/xiaoe-xindai\.mdx:36:38 {2}错误：中文里的半角标点“\.”应改为全角“。”/);
    expect(result.stdout).toContain('共 2 个错误，0 个警告。');
  });

  it('exits 0 on an overdue review but lists the module as 需复核', () => {
    const result = run('--dir', brokenTree('stale-review'), '--today', '2026-12-01');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('警告：本讲最后复核于 2024年6月30日');
    expect(result.stdout).toMatch(/需复核：1 个课程模块超过 12 个月未复核\n {2}第 1 讲《扶贫小额信贷》 {2}最后复核 2024年6月30日（29 个月前）/);
  });
});

describe('npm run check', () => {
  it('lists every content problem, skips the type check until they are fixed, and exits 1', () => {
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/node'), ['scripts/check.ts', '--today', '2026-12-01'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, HANDBOOK_CONTENT_DIR: brokenTree('mixed-brackets') },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('共 2 个错误，0 个警告。');
    expect(result.stdout).toContain('已跳过：请先改正上面的内容错误');
    expect(result.stdout).toContain('检查未通过：内容检查有错误，类型检查未运行。');
  });
});
