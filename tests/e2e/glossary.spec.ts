import { expect, test } from '@playwright/test';

const MODULE = 'modules/jingzhun-linian/';

test.describe('term preview on module pages', () => {
  test('opens on hover and closes with Esc', async ({ page }) => {
    await page.goto(MODULE);
    const link = page.locator('.module-body a.term-link[data-term="wuge-yipi"]').first();
    await link.hover();
    const popover = page.getByRole('tooltip');
    await expect(popover).toBeVisible();
    await expect(popover.locator('li')).toHaveCount(5);
    await expect(popover).toContainText('扶持生产与就业一批');
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
  });

  test('opens on keyboard focus and is the link’s accessible description', async ({ page }) => {
    await page.goto(MODULE);
    const link = page.locator('.module-body a.term-link[data-term="liuge-jingzhun"]').first();
    await link.focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expect(link).toHaveAccessibleName('六个精准');
    await expect(link).toHaveAccessibleDescription(/六个精准.*扶持对象精准/);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip')).toBeHidden();
    await expect(link).toBeFocused();
    // Enter still follows the link.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/glossary\/liuge-jingzhun\/$/);
  });
});

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

  test('a first tap previews, a second tap opens the term page', async ({ page }) => {
    await page.goto(MODULE);
    const link = page.locator('.module-body a.term-link[data-term="sige-qieshi"]').first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${MODULE}$`));
    const box = await page.getByRole('tooltip').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await link.tap();
    await expect(page).toHaveURL(/\/glossary\/sige-qieshi\/$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every term in module prose is still a link to its page, and nothing pops up', async ({ page }) => {
    await page.goto(MODULE);
    const links = page.locator('.module-body a.term-link');
    expect(await links.count()).toBeGreaterThanOrEqual(4);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/\/glossary\/[a-z-]+\/$/);
    }
    await expect(page.getByRole('tooltip')).toHaveCount(0);
  });
});

test('the glossary index is sorted by pinyin and also lists the report’s ①–⑨ order', async ({ page }) => {
  await page.goto('glossary/');
  const byPinyin = await page.locator('.glossary-list li > a').allTextContents();
  expect(byPinyin).toEqual(['9个方面突出问题', '六大保障', '六个精准', '三个全部', '3+10组合拳', '四个切实', '五大转变', '五个机制', '五个一批']);
  await expect(page.locator('.letter-index a')).toHaveText(['J', 'L', 'S', 'W']);
  const reportOrder = await page.locator('.report-order li > a').allTextContents();
  expect(reportOrder.map((t) => t.charAt(0)).join('')).toBe('①②③④⑤⑥⑦⑧⑨');
});

test('a term page lists the modules and sections that use it, and gives each item an anchor', async ({ page }) => {
  await page.goto('glossary/wuge-yipi/');
  const used = page.locator('.used-in > li');
  expect(await used.count()).toBeGreaterThanOrEqual(3);
  await expect(page.locator('#item-5')).toContainText('灾后重建');
  const sectionLink = page.locator('.used-in a[href*="#"]').first();
  const target = (await sectionLink.getAttribute('href'))!;
  await sectionLink.click();
  await expect(page.locator(`#${decodeURIComponent(target.split('#')[1]!)}`)).toBeVisible();
  await expect(page.locator('.module-body a.term-link[data-term="wuge-yipi"]').first()).toBeVisible();
});

test('printed, a term is plain text and no preview shows', async ({ page }) => {
  await page.goto(MODULE);
  await page.locator('.module-body a.term-link').first().hover();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#term-popover')).toBeHidden();
  const decoration = await page.locator('.module-body a.term-link').first().evaluate((a) => getComputedStyle(a).textDecorationLine);
  expect(decoration).toBe('none');
});
