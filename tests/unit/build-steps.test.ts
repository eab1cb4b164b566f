import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import { afterEach, describe, expect, it } from 'vitest';
import { offline } from '../../src/offline/integration.ts';
import { printPdf } from '../../src/print/pdf.ts';
import { ensureTools } from '../../src/toolchain/ensure-tools.ts';
import { asStepProblem, astroFailure, failureText, StepFailure } from '../../src/toolchain/step-failure.ts';
import { pdfSite } from '../fixtures/pdf-site.ts';

/** How build steps fail: step, cause and fix, in Chinese; non-zero exit or an AstroError. */

const ROOT = path.resolve(import.meta.dirname, '../..');
const node = (args: string[], env: NodeJS.ProcessEnv = {}) => spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'handbook-step-'));
  dirs.push(dir);
  return dir;
};

describe('the failure helper', () => {
  const problem = { step: '离线副本', cause: '缺少搜索索引', fix: '把 offline() 放在 searchIndex() 之后', details: '第一行\n第二行' };
  it('names step, cause and fix, and indents the details', () => {
    expect(failureText(problem)).toBe('【离线副本】失败：缺少搜索索引\n解决办法：把 offline() 放在 searchIndex() 之后\n详细信息：\n  第一行\n  第二行');
    expect(new StepFailure(problem).message).toBe(failureText(problem));
  });
  it('turns an unexpected error into a Chinese problem that keeps its stack', () => {
    const p = asStepProblem(new TypeError('x is undefined'), '生成 PDF');
    expect(p.step).toBe('生成 PDF');
    expect(p.cause).toBe('意外的错误：x is undefined');
    expect(p.fix).toContain('交给网站的维护者');
    expect(p.details).toContain('TypeError: x is undefined');
  });
  it('keeps a StepFailure as it is', () => {
    expect(asStepProblem(new StepFailure(problem), '别的步骤')).toEqual(problem);
  });
  it('gives integrations an AstroError with the fix as its hint', () => {
    const error = astroFailure(new StepFailure(problem), '离线副本');
    expect(error).toBeInstanceOf(AstroError);
    expect(error.message).toBe('【离线副本】失败：缺少搜索索引\n  第一行\n  第二行');
    expect(error.hint).toBe('解决办法：把 offline() 放在 searchIndex() 之后');
  });
  it('ends a script with exit code 1 and the message on stderr', () => {
    const script = "import { runStep, StepFailure } from './src/toolchain/step-failure.ts'; await runStep('测试步骤', () => { throw new StepFailure({ step: '测试步骤', cause: '故意失败', fix: '不用管' }); }); console.log('不该走到这里');";
    const run = node(['--input-type=module', '-e', script]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('【测试步骤】失败：故意失败\n解决办法：不用管');
    expect(run.stdout).not.toContain('不该走到这里');
  });
});

describe('the offline integration', () => {
  it('refuses to precache a site without its search index', () => {
    const hook = offline().hooks['astro:build:done'] as (p: unknown) => void;
    let error: unknown;
    try {
      hook({ dir: pathToFileURL(`${scratch()}/`), logger: { info: () => {} } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AstroError);
    expect((error as AstroError).message).toContain('【离线副本】失败');
    expect((error as AstroError).message).toContain('没有搜索索引');
    expect((error as AstroError).hint).toContain('offline() 必须排在 searchIndex() 之后');
  });
});

describe('ensure-tools', () => {
  it('names the missing tool and how to install it', () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      expect(() => ensureTools(['chromium'], false)).toThrow(/【检查外部工具】失败：找不到 Chromium 浏览器\n解决办法：请任选一种方式安装/);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
  it('exits 1 when a tool is missing and 2 on a usage mistake', () => {
    const missing = node(['scripts/ensure-tools.mjs', 'chromium'], { CHROMIUM_PATH: '/nonexistent/chromium', PATH: '/nonexistent' });
    // As root on Debian it would try apt-get; with no PATH it cannot, and says so.
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('【检查外部工具】失败：找不到 Chromium 浏览器');
    const usage = node(['scripts/ensure-tools.mjs', 'photoshop']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('不认识的工具：photoshop');
  });
});

/** The PDF step's checks before any browser starts; the browser cases are in tests/pdf/pdf-step.test.ts. */
describe('the PDF step before the browser', () => {
  it('says in Chinese that the site is not built yet, without a stack trace', () => {
    const run = node(['scripts/pdf.mjs', '--dist', scratch()]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('【生成 PDF】失败：找不到印刷版页面');
    expect(run.stderr).toContain('先运行 npm run build');
    expect(run.stderr).not.toMatch(/ENOENT|\n\s+at /);
  });
  it('says in Chinese that Paged.js is missing', async () => {
    const dist = pdfSite();
    dirs.push(dist);
    const missing = path.join(scratch(), 'paged.polyfill.js');
    await expect(printPdf({ dist, paper: 'A4', base: '/', polyfill: missing })).rejects.toThrow(`【生成 PDF】失败：找不到 Paged.js 的排版脚本 ${missing}\n解决办法：运行 npm ci`);
  });
  it('refuses a wrong paper or time limit', () => {
    const paper = node(['scripts/pdf.mjs', '--paper', 'A3']);
    expect(paper.status).toBe(1);
    expect(paper.stderr).toContain('【生成 PDF】失败：命令行参数不对：不支持的纸张：A3');
    const timeout = node(['scripts/pdf.mjs', '--timeout', 'soon']);
    expect(timeout.status).toBe(1);
    expect(timeout.stderr).toContain('--timeout 应是正数（秒），不是 soon');
  });
});
