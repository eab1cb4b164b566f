// Search figures on the built site in headless Chromium: what a first search transfers,
// how long from typing to results, and the top-3 hit rate of the quality suite, for our
// search page and for plain, untuned Pagefind on the same queries.
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { SEARCH_CASES } from '../tests/e2e/search-queries.ts';
import { CHROMIUM_ARGS, findChromium } from '../src/toolchain/browser.mjs';
import { serveStatic } from '../src/toolchain/static-server.mjs';

async function firstSearch(page, url, query) {
  const transferred = [];
  page.on('response', async (response) => {
    try {
      transferred.push({ url: response.url(), gzip: gzipSync(await response.body(), { level: 9 }).length });
    } catch {
      // Redirects and aborted requests carry no body.
    }
  });
  await page.goto(`${url}search/`, { waitUntil: 'networkidle' });
  transferred.length = 0;
  const started = performance.now();
  await page.fill('#search-input', query);
  await page.locator('.results-exact > li').first().waitFor();
  const firstMs = performance.now() - started;
  await page.waitForLoadState('networkidle');
  const bytes = transferred.reduce((sum, r) => sum + r.gzip, 0);
  const again = performance.now();
  await page.fill('#search-input', '风险补偿金');
  await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('风险补偿金'));
  return { firstMs, secondMs: performance.now() - again, bytes, requests: transferred.length };
}

async function tunedTop3(page, url, query) {
  await page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const s = document.querySelector('.search-status')?.textContent ?? '';
    return s !== '' && !s.includes('正在搜索');
  });
  const base = new URL(url).pathname;
  const hrefs = await page.locator('.best-match a, .results > li > a.result-title').evaluateAll((as) => as.map((a) => a.href));
  return hrefs.slice(0, 3).map((h) => new URL(h).pathname.slice(base.length));
}

async function plainTop3(page, url, query) {
  await page.goto(`${url}search/`);
  const base = new URL(url).pathname;
  const paths = await page.evaluate(async ([q, pf]) => {
    const pagefind = await import(pf);
    const search = await pagefind.search(q);
    const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
    return data.map((d) => d.url);
  }, [query, `${url}pagefind/pagefind.js`]);
  return paths.map((p) => p.slice(base.length));
}

const hit = (c, top3) => (c.expect === null ? top3.length === 0 : top3.includes(c.expect));

/** @returns figures for the report; dist must be built */
export async function searchFigures(dist) {
  const server = await serveStatic(dist, '/');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const first = await firstSearch(page, server.url, '贴息');
    let tuned = 0;
    let plain = 0;
    const plainMisses = [];
    for (const c of SEARCH_CASES) {
      if (hit(c, await tunedTop3(page, server.url, c.query))) tuned++;
      if (hit(c, await plainTop3(page, server.url, c.query))) plain++;
      else plainMisses.push(c.query);
    }
    return { ...first, cases: SEARCH_CASES.length, tuned, plain, plainMisses };
  } finally {
    await browser.close();
    await server.close();
  }
}
