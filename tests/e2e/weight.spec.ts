import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/**
 * Page weight budget: a typical module page, HTML + CSS + JS together, at most 20 KB gzip
 * (what a village phone on a slow connection downloads before it can read).
 */
const BUDGET = 20 * 1024;

test('a typical module page stays within 20 KB of HTML, CSS and JS (gzip)', async ({ page }) => {
  const sizes: { url: string; type: string; gzip: number }[] = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (!['document', 'stylesheet', 'script'].includes(type)) return;
    sizes.push({ url: response.url(), type, gzip: gzipSync(await response.body(), { level: 9 }).length });
  });
  await page.goto('modules/xiaoe-xindai/', { waitUntil: 'networkidle' });
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  expect(sizes.some((s) => s.type === 'document')).toBe(true);
  expect(sizes.some((s) => s.type === 'stylesheet')).toBe(true);
  expect(total, JSON.stringify(sizes, null, 1)).toBeLessThanOrEqual(BUDGET);
});

test('screen pages load no web fonts', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'font' && fonts.push(r.url()));
  for (const path of ['', 'modules/jingzhun-linian/', 'glossary/', 'search/?q=贴息']) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  expect(fonts).toEqual([]);
});
