import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * Crawls the whole built site from the home page, as a reader's browser would, and checks
 * every page: language, title, console, links and anchors, and the 360 px phone width.
 */

const CONTENT = path.resolve(import.meta.dirname, '../../src/content');
const idsIn = (dir: string, ext: string) =>
  readdirSync(path.join(CONTENT, dir)).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length));

interface PageReport {
  status: number;
  lang: string | null;
  title: string;
  ids: Set<string>;
  links: string[];
  errors: string[];
  overflow: number;
}

async function visit(page: Page, url: string): Promise<PageReport> {
  const errors: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => m.type() === 'error' && errors.push(m.text());
  const onError = (e: Error) => errors.push(e.message);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  const response = await page.goto(url);
  const report = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    title: document.title,
    ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  }));
  page.off('console', onConsole);
  page.off('pageerror', onError);
  return { status: response?.status() ?? 0, ...report, ids: new Set(report.ids), errors };
}

test('every page is Chinese, titled, error-free, fits a 360 px phone, and links only to what exists', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const origin = new URL(baseURL!).origin;
  const pages = new Map<string, PageReport>();
  const queue = [new URL(baseURL!).href];
  const linksFrom: { from: string; to: URL }[] = [];

  while (queue.length) {
    const url = queue.shift()!;
    if (pages.has(url)) continue;
    const report = await visit(page, url);
    pages.set(url, report);
    for (const href of report.links) {
      const target = new URL(href);
      if (target.origin !== origin) continue;
      linksFrom.push({ from: url, to: target });
      const bare = target.href.replace(/#.*$/, '');
      if (!pages.has(bare) && !bare.endsWith('.pdf')) queue.push(bare);
    }
  }

  const problems: string[] = [];
  for (const [url, r] of pages) {
    if (r.status !== 200) problems.push(`${url}: HTTP ${r.status}`);
    if (r.lang !== 'zh-CN') problems.push(`${url}: lang=${r.lang}`);
    if (!r.title.trim()) problems.push(`${url}: 没有标题`);
    if (r.errors.length) problems.push(`${url}: 控制台错误 ${r.errors.join(' | ')}`);
    if (r.overflow > 0) problems.push(`${url}: 在 360px 宽度下横向溢出 ${r.overflow}px`);
  }
  for (const { from, to } of linksFrom) {
    const target = pages.get(to.href.replace(/#.*$/, ''));
    const id = decodeURIComponent(to.hash.slice(1));
    if (target && id && !target.ids.has(id)) problems.push(`${from}: 锚点 ${to.hash} 在 ${to.pathname} 中不存在`);
  }
  expect(problems).toEqual([]);

  // Every module, term and policy has a page that a reader can reach by following links.
  const paths = new Set([...pages.keys()].map((u) => new URL(u).pathname));
  const base = new URL(baseURL!).pathname;
  const expected = [
    ...idsIn('modules', '.mdx').map((id) => `${base}modules/${id}/`),
    ...idsIn('glossary', '.yaml').map((id) => `${base}glossary/${id}/`),
    ...idsIn('policies', '.yaml').map((id) => `${base}policies/${id}/`),
    `${base}programme/`,
  ];
  expect(expected.filter((p) => !paths.has(p))).toEqual([]);
});
