// The PDF step: prints the built print edition (dist/handbook/) into the bound handbook PDF
// with Chromium and Paged.js, then writes its size into the download links of the built
// pages. Run by scripts/pdf.mjs after `astro build` (see package.json "build").
//
// It fails for people, in Chinese: a page error, a console error, a failed request, an HTTP
// error or a layout problem a printer would reject stops the step with a non-zero exit; a
// script error during pagination stops it at once rather than after the time limit.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, errors, type Browser, type Page } from 'playwright-core';
import { BROWSER_FIX, BROWSER_MISSING, CHROMIUM_ARGS, findChromium } from '../toolchain/browser.mjs';
import { serveStatic } from '../toolchain/static-server.mjs';
import { runStep, StepFailure } from '../toolchain/step-failure.ts';
import { formatFileSize } from '../format/file-size.ts';
import { withBase } from '../routes/paths.ts';
import { PAPERS, paperCss, parsePaper, pdfFileName, type Paper } from './paper.ts';
import { fillPdfLink } from './pdf-link.ts';
import { printRoutes } from './print-routes.ts';

export const PDF_STEP = '生成 PDF';
/** How long Paged.js may take to lay out the book (about 20 s on a 2-core machine today). */
export const PAGINATE_TIMEOUT_S = 600;
const USAGE = `npm run pdf -- [--paper ${PAPERS.join('|')}] [--dist 目录] [--timeout 秒数]`;
const PAGED_SETUP = path.join(import.meta.dirname, 'client/paged-setup.js');
const INSPECT = '在浏览器里打开印刷版，看开发者工具的控制台：npm run preview，然后访问网站的 /handbook/ 页面。';
const PAGINATION_RULES = '本站的分页规则在 src/print/client/paged-setup.js；多半与最近改过的内容或样式有关，可先撤回最近的改动，再运行 npm run pdf 确认';

export interface PdfOptions {
  /** The built site, e.g. dist/. */
  dist: string;
  paper: Paper;
  /** The site's base path, as in astro.config.mjs (BASE_PATH). */
  base: string;
  /** Time limit for Paged.js to lay out the book, in seconds. */
  timeoutSeconds?: number;
  /** Paged.js's polyfill script; by default the one of the installed pagedjs package. */
  polyfill?: string;
  /** Progress lines for a person. */
  log?: (line: string) => void;
}

export interface PdfResult {
  file: string;
  pages: number;
  bytes: number;
  /** Download links filled in the built pages. */
  links: number;
  seconds: number;
}

function fail(cause: string, fix: string, details?: string): never {
  throw new StepFailure({ step: PDF_STEP, cause, fix, details });
}

/** The installed Paged.js polyfill, or undefined when pagedjs is not installed. */
export function pagedPolyfill(): string | undefined {
  try {
    // "pagedjs" resolves to its src/index.js; the polyfill bundle sits beside src/ in dist/.
    return path.join(path.dirname(fileURLToPath(import.meta.resolve('pagedjs'))), '../dist/paged.polyfill.js');
  } catch {
    return undefined;
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.join(d.parentPath, d.name));
}

const seconds = (from: number) => (performance.now() - from) / 1000;

/** What is needed before a browser starts: the build, Paged.js, a Chromium. */
function preflight(options: PdfOptions): { polyfill: string; executablePath: string } {
  const handbook = path.join(options.dist, printRoutes.handbook(), 'index.html');
  if (!existsSync(handbook)) fail(`找不到印刷版页面 ${handbook}，网站还没有构建`, '先运行 npm run build（它先构建网站再生成 PDF）；只想重做 PDF 时，先运行 npx astro build，再运行 npm run pdf。');
  const polyfill = options.polyfill ?? pagedPolyfill();
  if (!polyfill || !existsSync(polyfill)) {
    fail(`找不到 Paged.js 的排版脚本${polyfill ? ` ${polyfill}` : '（没有安装 pagedjs）'}`, '运行 npm ci（或 npm install）重新安装依赖：pagedjs 在 package.json 的 dependencies 里。');
  }
  const executablePath = findChromium();
  if (!executablePath) fail(BROWSER_MISSING, BROWSER_FIX);
  return { polyfill, executablePath };
}

async function launch(executablePath: string): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    fail(`无法启动浏览器 ${executablePath}`, `确认这个浏览器能运行，或用环境变量 CHROMIUM_PATH 指定另一个。${BROWSER_FIX}`, String(error));
  }
}

/** Lays out the print edition in `page`; resolves with the page count. */
async function paginate(page: Page, url: string, paper: Paper, polyfill: string, timeoutSeconds: number, log: (line: string) => void): Promise<number> {
  // A script error anywhere ends the step at once: Paged.js stops where it fails and
  // would otherwise leave us waiting out the time limit for a book that never comes.
  let phase = '载入印刷版页面';
  let fix = `${INSPECT}出错的位置见下面的详细信息。`;
  const broken = new Promise<never>((_, reject) => {
    page.on('pageerror', (error) => {
      reject(new StepFailure({ step: PDF_STEP, cause: `${phase}时页面脚本出错：${error.message}`, fix, details: error.stack ?? error.message }));
    });
    page.on('crash', () => reject(new StepFailure({ step: PDF_STEP, cause: `${phase}时浏览器页面崩溃了`, fix: `再运行一次；若每次都崩溃，多半是内存不够或浏览器有问题。${INSPECT}` })));
  });
  const unlessBroken = <T>(work: Promise<T>) => Promise.race([work, broken]);

  // Lay out for paper from the start: the print page's screen-only rules must not apply.
  await unlessBroken(page.emulateMedia({ media: 'print' }));
  // Paged.js reads its configuration when it loads; `after` tells us it has finished.
  await unlessBroken(page.addInitScript({ path: PAGED_SETUP }));
  await unlessBroken(page.goto(url, { waitUntil: 'load' }));
  await unlessBroken(
    page.evaluate(
      ({ css, paper }) => {
        const paperCss = document.getElementById('paper-css');
        if (!paperCss) throw new Error('印刷版页面里没有 <style id="paper-css">，无法换纸张');
        paperCss.textContent = css;
        // The PDF's Title is the book's name, not the web page's.
        document.title = document.body.dataset.bookTitle || document.title;
        for (const el of document.querySelectorAll('[data-paper]')) el.textContent = paper;
      },
      { css: paperCss(paper), paper },
    ),
  );
  await unlessBroken(page.evaluate(() => document.fonts.ready.then(() => undefined)));

  phase = 'Paged.js 排版';
  fix = `出错的位置见下面的详细信息：在 paged-setup.js 里是本站的分页规则出错，在 paged.polyfill.js 里是 Paged.js 本身出错。${PAGINATION_RULES}。`;
  const started = performance.now();
  await unlessBroken(page.addScriptTag({ path: polyfill }));
  try {
    await unlessBroken(page.waitForFunction(() => (window as { __paged?: unknown }).__paged, undefined, { timeout: timeoutSeconds * 1000, polling: 500 }));
  } catch (error) {
    if (!(error instanceof errors.TimeoutError)) throw error;
    const sofar = await page.evaluate(() => document.querySelectorAll('.pagedjs_page').length).catch(() => 0);
    fail(
      `Paged.js 在 ${timeoutSeconds} 秒内没有排完版（已排出 ${sofar} 页）`,
      `机器很忙或书变厚了时，可以放宽时限再试：npm run pdf -- --timeout ${timeoutSeconds * 2}；若再试仍停在同样的页数，是排版卡住了。${PAGINATION_RULES}。`,
    );
  }
  const pages = await unlessBroken(page.evaluate(() => document.querySelectorAll('.pagedjs_page').length));
  log(`分页完成：${pages} 页，用时 ${seconds(started).toFixed(1)} 秒`);
  phase = '检查版面';
  return pages;
}

/**
 * Prints dist/handbook/ into dist/handbook.pdf (or -a5, -b5) and fills in the download
 * links. Throws a StepFailure, in Chinese, on any problem; the PDF is then still written
 * when the book could be laid out, so that its pages can be looked at, but no link is filled.
 */
export async function printPdf(options: PdfOptions): Promise<PdfResult> {
  const { dist, paper, base, timeoutSeconds = PAGINATE_TIMEOUT_S, log = () => {} } = options;
  const { polyfill, executablePath } = preflight(options);
  const started = performance.now();
  const out = path.join(dist, pdfFileName(paper));
  // A set: Paged.js loads the book's images a second time, in its pages, and each load fails alike.
  const problems = new Set<string>();
  let pages = 0;

  const server = await serveStatic(dist, base);
  const origin = new URL(server.url).origin;
  const local = (url: string) => (url.startsWith(origin) ? url.slice(origin.length) : url);
  try {
    const browser = await launch(executablePath);
    try {
      const page = await browser.newPage();
      // During pagination a script error ends the step at once (see paginate); after it, it is one more problem.
      page.on('pageerror', (error) => problems.add(`脚本错误：${error.message}`));
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const { url } = msg.location();
        problems.add(`控制台错误：${msg.text()}${url ? `（${local(url)}）` : ''}`);
      });
      page.on('requestfailed', (req) => problems.add(`加载失败：${local(req.url())}（${req.failure()?.errorText ?? '原因不明'}）`));
      page.on('response', (res) => res.status() >= 400 && problems.add(`HTTP ${res.status()}：${local(res.url())}`));

      pages = await paginate(page, new URL(printRoutes.handbook(), server.url).href, paper, polyfill, timeoutSeconds, log);
      // What a printer would reject, checked on the laid-out pages (see client/paged-setup.js).
      const layout = await page.evaluate(() => (window as { handbookLayoutProblems?: () => string[] }).handbookLayoutProblems?.() ?? ['印刷版页面没有载入版面检查（handbookLayoutProblems）']);
      for (const problem of layout) problems.add(problem);
      await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }

  const bytes = statSync(out).size;
  if (problems.size) {
    fail(
      `印刷版有 ${problems.size} 处问题，PDF 不能送印`,
      `逐条改正下面的问题后重新运行 npm run build（或 npm run pdf）。已写出的 ${out} 只供对照页码查看，下载链接没有写入网页。`,
      [...problems].join('\n'),
    );
  }

  const href = withBase(base, printRoutes.pdf(paper));
  let links = 0;
  for (const file of htmlFiles(dist)) {
    const result = fillPdfLink(readFileSync(file, 'utf8'), { paper, href, pages, bytes });
    if (result.filled) writeFileSync(file, result.html);
    links += result.filled;
  }
  return { file: out, pages, bytes, links, seconds: seconds(started) };
}

/** Reads the command line of `npm run pdf`; throws a StepFailure on a mistake. */
export function pdfOptionsFromArgs(argv: string[], root: string, env: NodeJS.ProcessEnv = process.env): PdfOptions {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { paper: { type: 'string' }, dist: { type: 'string', default: 'dist' }, timeout: { type: 'string' } },
    });
    const timeoutSeconds = values.timeout === undefined ? PAGINATE_TIMEOUT_S : Number(values.timeout);
    if (!(timeoutSeconds > 0)) throw new RangeError(`--timeout 应是正数（秒），不是 ${values.timeout}`);
    // --dist: print another build than dist/ (e.g. `astro build --outDir /tmp/site`).
    // The same base as astro.config.mjs, so links in the built pages match the host.
    return { paper: parsePaper(values.paper), dist: path.resolve(root, values.dist), base: env.BASE_PATH ?? '/', timeoutSeconds };
  } catch (error) {
    fail(`命令行参数不对：${error instanceof Error ? error.message : String(error)}`, `用法：${USAGE}`);
  }
}

/** `npm run pdf`: the whole step for the command line; exits non-zero, in Chinese, on failure. */
export async function pdfCommand(argv: string[], root: string): Promise<void> {
  await runStep(PDF_STEP, async () => {
    const options = pdfOptionsFromArgs(argv, root);
    const result = await printPdf({ ...options, log: (line) => console.log(line) });
    const shown = result.file.startsWith(root) ? path.relative(root, result.file) : result.file;
    console.log(`已生成 ${shown}：${options.paper}，${result.pages} 页，${formatFileSize(result.bytes)}，共用时 ${result.seconds.toFixed(1)} 秒；下载链接已写入 ${result.links} 处。`);
  });
}
