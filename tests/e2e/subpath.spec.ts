import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../src/toolchain/static-server.mjs';

/**
 * The same site built for a sub-path (a project page on a Git host): every internal link,
 * the search and offline reading must stay inside /handbook/.
 */
const BASE = '/handbook/';
let server: { url: string; close: () => Promise<void> };

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const out = mkdtempSync(path.join(tmpdir(), 'handbook-subpath-'));
  const build = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, BASE_PATH: BASE, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  server = await serveStatic(out, BASE);
});

test.afterAll(async () => server?.close());

test('every link on the main pages stays under the sub-path and resolves', async ({ page, request }) => {
  const seen = new Set<string>();
  for (const p of ['', 'modules/', 'modules/jingzhun-linian/', 'glossary/', 'glossary/wuge-yipi/', 'policies/', 'programme/', 'search/']) {
    await page.goto(server.url + p);
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links.filter((h) => h.startsWith(new URL(server.url).origin))) seen.add(href.replace(/#.*$/, ''));
  }
  const outside = [...seen].filter((u) => !new URL(u).pathname.startsWith(BASE));
  expect(outside).toEqual([]);
  for (const url of seen) expect((await request.get(url)).status(), url).toBe(200);
});

test('search and term links work under the sub-path', async ({ page }) => {
  await page.goto(`${server.url}search/?q=lgjz`);
  const best = page.locator('.best-match a');
  await expect(best).toHaveAttribute('href', `${BASE}glossary/liuge-jingzhun/`);
  await page.goto(`${server.url}search/?q=风险补偿金`);
  const first = page.locator('.results-exact > li > a').first();
  expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname.startsWith(BASE)).toBe(true);
  await page.goto(`${server.url}modules/jingzhun-linian/`);
  expect(await page.locator('.module-body a.term-link').first().getAttribute('href')).toMatch(/^\/handbook\/glossary\//);
});

test.describe('offline under the sub-path', () => {
  test.use({ serviceWorkers: 'allow' });
  test('the worker is scoped to the sub-path and serves pages offline', async ({ page, context }) => {
    await page.goto(server.url);
    await expect(page.locator('.offline-status')).toContainText('已可离线阅读', { timeout: 60_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(server.url);
    await context.setOffline(true);
    await page.goto(`${server.url}glossary/liuge-jingzhun/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('六个精准');
    await context.setOffline(false);
  });
});
