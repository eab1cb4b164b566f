import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BREAKS_PAGINATION, NEVER_FINISHES, pdfSite } from '../fixtures/pdf-site.ts';

/**
 * The PDF step (scripts/pdf.mjs → src/print/pdf.ts) on tiny sites in Chromium: it fails for
 * people, with a non-zero exit and a Chinese message naming step, cause and fix. Nothing
 * here is timed: a site that never finishes times out whatever the machine's load, and
 * the one that breaks pagination runs with the full 600-second limit, so only stopping at
 * once can pass within the test's time.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const sites: string[] = [];
afterEach(() => {
  for (const dir of sites.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function printSite(site: { head?: string; body?: string }, ...args: string[]) {
  const dist = pdfSite(site);
  sites.push(dist);
  const run = spawnSync(process.execPath, ['scripts/pdf.mjs', '--dist', dist, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: '/' },
    // A guard only: every case here ends in seconds or not at all.
    timeout: 110_000,
  });
  return { ...run, dist, output: `${run.stdout}${run.stderr}` };
}

const TEST_TIMEOUT = 120_000;

describe('the PDF step', () => {
  it('prints a sound book, fills its link and exits 0', () => {
    const run = printSite({});
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('下载链接已写入 1 处');
    expect(existsSync(path.join(run.dist, 'handbook.pdf'))).toBe(true);
    expect(readFileSync(path.join(run.dist, 'index.html'), 'utf8')).toContain('handbook.pdf');
  }, TEST_TIMEOUT);

  it('stops at once when Paged.js fails during pagination', () => {
    const run = printSite({ head: BREAKS_PAGINATION });
    expect(run.status, run.output).toBe(1);
    expect(run.stderr).toContain('【生成 PDF】失败：Paged.js 排版时页面脚本出错：测试：排版中途出错');
    expect(run.stderr).toContain('解决办法：出错的位置见下面的详细信息');
    expect(run.stderr).toContain('at Handler.afterPageLayout');
    expect(run.output).not.toContain('TimeoutError');
    expect(existsSync(path.join(run.dist, 'handbook.pdf'))).toBe(false);
  }, TEST_TIMEOUT);

  it('says in Chinese when Paged.js does not finish in time, and how to allow more', () => {
    const run = printSite({ head: NEVER_FINISHES }, '--timeout', '2');
    expect(run.status, run.output).toBe(1);
    expect(run.stderr).toContain('【生成 PDF】失败：Paged.js 在 2 秒内没有排完版（已排出 0 页）');
    expect(run.stderr).toContain('npm run pdf -- --timeout 4');
    expect(run.output).not.toContain('TimeoutError');
  }, TEST_TIMEOUT);

  it('fails on a script error while the print page loads', () => {
    const run = printSite({ head: "<script>throw new Error('测试：载入时出错');</script>" });
    expect(run.status, run.output).toBe(1);
    expect(run.stderr).toContain('【生成 PDF】失败：载入印刷版页面时页面脚本出错：测试：载入时出错');
    expect(run.stderr).toContain('解决办法：在浏览器里打开印刷版');
  }, TEST_TIMEOUT);

  it('fails on a layout problem, keeps the PDF to look at and fills no link', () => {
    const run = printSite({ body: '<table style="width: 400mm"><tr><td>太宽的表格</td></tr></table>' });
    expect(run.status, run.output).toBe(1);
    expect(run.stderr).toMatch(/印刷版有 \d+ 处问题，PDF 不能送印/);
    expect(run.stderr).toMatch(/第 1 页：table 超出版心 \d+px/);
    expect(existsSync(path.join(run.dist, 'handbook.pdf'))).toBe(true);
    expect(readFileSync(path.join(run.dist, 'index.html'), 'utf8')).not.toContain('handbook.pdf');
  }, TEST_TIMEOUT);

  it('fails on a missing file (HTTP 404) and on a console error', () => {
    const run = printSite({ body: '<img src="/images/missing.png" alt="缺图"><script>console.error("测试：控制台报错")</script>' });
    expect(run.status, run.output).toBe(1);
    expect(run.stderr).toContain('HTTP 404：/images/missing.png');
    expect(run.stderr).toContain('控制台错误：测试：控制台报错');
  }, TEST_TIMEOUT);
});
