import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './pages.ts';

/** WCAG 2.2 A and AA, as axe-core checks them, on every page at phone and desktop width. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = [
  { name: '手机', width: 360, height: 740 },
  { name: '电脑', width: 1280, height: 900 },
];

for (const viewport of VIEWPORTS) {
  test.describe(`axe（${viewport.name} ${viewport.width}px）`, () => {
    test.use({ viewport });
    for (const pagePath of builtPages()) {
      test(`/${pagePath}`, async ({ page }) => {
        await page.goto(pagePath);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        expect(summary).toEqual([]);
        // The rules really ran on this page's content.
        expect(results.passes.length).toBeGreaterThan(10);
      });
    }
  });
}

test('the text-size control is labelled, remembered across visits, and enlarges the text', async ({ page }) => {
  await page.goto('modules/xiaoe-xindai/');
  const group = page.getByRole('group', { name: '字号' });
  const base = await page.locator('main p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  await group.getByRole('button', { name: '特大' }).click();
  await expect(group.getByRole('button', { name: '特大' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('glossary/');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
  const larger = await page.locator('main p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(larger).toBeGreaterThanOrEqual(base * 1.3);
  await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '标准' }).click();
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-text-size', /.+/);
});

test('body text is at least 16 px and keyboard focus is visible', async ({ page }) => {
  await page.goto('modules/xiaoe-xindai/');
  const size = await page.locator('.module-body p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(size).toBeGreaterThanOrEqual(16);
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, visible: el.getBoundingClientRect().width > 0 };
  });
  expect(outline.visible).toBe(true);
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});
