// `npm run pdf [-- --paper A4|B5|A5] [--dist dir]`: prints the built print edition (dist/handbook/)
// into the bound handbook PDF with Chromium and Paged.js, then writes its size into the
// download links of the built pages. Runs after `astro build` (see package.json "build").
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { BROWSER_HELP, CHROMIUM_ARGS, findChromium } from '../src/toolchain/browser.mjs';
import { serveStatic } from '../src/toolchain/static-server.mjs';
import { paperCss, parsePaper, pdfFileName } from '../src/print/paper.ts';
import { fillPdfLink } from '../src/print/pdf-link.ts';
import { formatFileSize } from '../src/format/file-size.ts';
import { printRoutes } from '../src/print/print-routes.ts';
import { withBase } from '../src/routes/paths.ts';

const root = path.resolve(import.meta.dirname, '..');
const polyfill = path.join(root, 'node_modules/pagedjs/dist/paged.polyfill.js');
// The same base as astro.config.mjs, so links in the built pages match the host.
const base = process.env.BASE_PATH ?? '/';
const PAGINATE_TIMEOUT_MS = 10 * 60_000;

function fail(message) {
  console.error(message);
  process.exit(1);
}

let paper;
let dist;
try {
  // --dist: print another build than dist/ (e.g. `astro build --outDir /tmp/site`).
  const { values } = parseArgs({ options: { paper: { type: 'string' }, dist: { type: 'string', default: 'dist' } } });
  paper = parsePaper(values.paper);
  dist = path.resolve(root, values.dist);
} catch (error) {
  fail(`${error.message}\n用法：npm run pdf -- [--paper A4|B5|A5] [--dist 目录]`);
}

if (!existsSync(path.join(dist, 'handbook/index.html'))) fail(`找不到 ${path.join(dist, 'handbook/index.html')}：请先运行 npx astro build（或 npm run build）。`);
const executablePath = findChromium();
if (!executablePath) fail(BROWSER_HELP);

const started = performance.now();
const shown = (file) => (file.startsWith(root) ? path.relative(root, file) : file);
const seconds = (from) => ((performance.now() - from) / 1000).toFixed(1);
const server = await serveStatic(dist, base);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const out = path.join(dist, pdfFileName(paper));
let pages = 0;
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`脚本错误：${error.message}`));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`控制台错误：${msg.text()}`));
  page.on('requestfailed', (req) => problems.push(`加载失败：${req.url()}`));
  page.on('response', (res) => res.status() >= 400 && problems.push(`HTTP ${res.status()}：${res.url()}`));

  // Lay out for paper from the start: the print page's screen-only rules must not apply.
  await page.emulateMedia({ media: 'print' });
  // Paged.js reads its configuration when it loads; `after` tells us it has finished.
  await page.addInitScript({ path: path.join(import.meta.dirname, '../src/print/client/paged-setup.js') });
  await page.goto(new URL(printRoutes.handbook(), server.url).href, { waitUntil: 'load' });
  await page.evaluate(
    ({ css, paper }) => {
      document.getElementById('paper-css').textContent = css;
      // The PDF's Title is the book's name, not the web page's.
      document.title = document.body.dataset.bookTitle || document.title;
      for (const el of document.querySelectorAll('[data-paper]')) el.textContent = paper;
    },
    { css: paperCss(paper), paper },
  );
  await page.evaluate(() => document.fonts.ready);

  const paginating = performance.now();
  await page.addScriptTag({ path: polyfill });
  await page.waitForFunction(() => window.__paged, undefined, { timeout: PAGINATE_TIMEOUT_MS, polling: 500 });
  pages = await page.evaluate(() => document.querySelectorAll('.pagedjs_page').length);
  console.log(`分页完成：${pages} 页，用时 ${seconds(paginating)} 秒`);

  // What a printer would reject, checked on the laid-out pages (see src/print/client/paged-setup.js).
  const layout = await page.evaluate(() => window.handbookLayoutProblems());
  problems.push(...layout);

  await page.pdf({
    path: out,
    preferCSSPageSize: true,
    printBackground: true,
    outline: true,
    tagged: true,
  });
  if (problems.length) console.warn(`注意（${problems.length} 项）：\n  ${problems.join('\n  ')}`);
} finally {
  await browser.close();
  await server.close();
}

const bytes = statSync(out).size;
const href = withBase(base, printRoutes.pdf(paper));
let filled = 0;
for (const file of htmlFiles(dist)) {
  const before = readFileSync(file, 'utf8');
  const result = fillPdfLink(before, { paper, href, pages, bytes });
  if (result.filled) writeFileSync(file, result.html);
  filled += result.filled;
}
console.log(`已生成 ${shown(out)}：${paper}，${pages} 页，${formatFileSize(bytes)}，共用时 ${seconds(started)} 秒；下载链接已写入 ${filled} 处。`);

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.join(d.parentPath, d.name));
}
