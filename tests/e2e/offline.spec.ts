import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../../src/toolchain/static-server.mjs';

/** Offline reading: after one visit, pages, terms and search work without a connection. */
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

async function waitUntilSaved(page: Page) {
  await page.goto('./');
  await expect(page.locator('.offline-status')).toContainText('已可离线阅读', { timeout: 60_000 });
}

test('after the first visit a module, a term and search work offline', async ({ page, context }) => {
  await waitUntilSaved(page);
  await context.setOffline(true);
  try {
    await page.goto('modules/xiaoe-xindai/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('扶贫小额信贷');
    await page.goto('glossary/liuge-jingzhun/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('六个精准');
    await page.goto('search/?q=贴息');
    await expect(page.locator('.results-exact > li').first()).toBeVisible();
    await page.goto('modules/xiaoe-xindai/');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('扶贫小额信贷');
  } finally {
    await context.setOffline(false);
  }
});

test('a new edition replaces the old cache and is announced', async ({ browser }) => {
  // A copy of the site whose worker this test can change, as a new deploy would.
  const copy = mkdtempSync(path.join(tmpdir(), 'handbook-edition-'));
  cpSync(path.resolve(import.meta.dirname, '../../dist'), copy, { recursive: true });
  const server = await serveStatic(copy, '/');
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await expect(page.locator('.offline-status')).toContainText('已可离线阅读', { timeout: 60_000 });
    const before = await page.evaluate(() => caches.keys());
    const worker = path.join(copy, 'sw.js');
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(/const EDITION = "[^"]+"/, 'const EDITION = "next-edition"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.locator('.offline-status')).toContainText('新版本', { timeout: 60_000 });
    // Updating reloads the page into the new edition.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '更新到新版本' }).click()]);
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toContain('handbook-next-edition');
    const after = await page.evaluate(() => caches.keys());
    for (const old of before.filter((k) => k !== 'handbook-pdf')) expect(after).not.toContain(old);
  } finally {
    await context.close();
    await server.close();
  }
});

test('the PDF is saved when first opened and opens again offline', async ({ page, context, request }) => {
  // npm run build makes the PDF before these tests run.
  expect((await request.get('handbook.pdf')).status()).toBe(200);
  await waitUntilSaved(page);
  const pdfUrl = new URL('handbook.pdf', page.url()).href;
  const fetchPdf = () =>
    page.evaluate(async (url) => {
      const response = await fetch(url);
      return { ok: response.ok, type: response.headers.get('content-type'), bytes: (await response.arrayBuffer()).byteLength };
    }, pdfUrl);
  const online = await fetchPdf();
  expect(online.ok).toBe(true);
  await context.setOffline(true);
  try {
    const offline = await fetchPdf();
    expect(offline).toEqual(online);
    expect(await page.evaluate(() => caches.keys())).toContain('handbook-pdf');
  } finally {
    await context.setOffline(false);
  }
});
