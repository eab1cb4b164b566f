import { expect, test, type Page } from '@playwright/test';
import { SEARCH_CASES } from './search-queries.ts';

/**
 * Search quality on the built site, through the real search page.
 * Plain, untuned Pagefind on the same list misses many of these (pinyin, initials and
 * aliases find nothing; compound words rank passing mentions first): `npm run bench`
 * prints both hit rates side by side.
 */

async function searchFor(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('.search-status')).not.toHaveText(/^$|正在搜索/);
}

async function topResults(page: Page): Promise<string[]> {
  const links = page.locator('.best-match a, .results > li > a.result-title');
  const base = new URL(page.url()).pathname.replace(/search\/$/, '');
  return (await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).map((p) => p.slice(base.length));
}

test.describe('search quality: the expected page is in the top 3', () => {
  for (const c of SEARCH_CASES) {
    test(`${c.kind}：${c.query}`, async ({ page }) => {
      await searchFor(page, c.query);
      if (c.expect === null) {
        await expect(page.locator('.search-status')).toContainText('没有找到');
        await expect(page.locator('.search-help')).toBeVisible();
        await expect(page.locator('.search-help a[href*="glossary/"]').first()).toBeVisible();
        return;
      }
      expect((await topResults(page)).slice(0, 3)).toContain(c.expect);
    });
  }
});

test('for compound words, every page with the phrase ranks above every page without it', async ({ page, request }) => {
  for (const query of ['风险补偿金', '两不愁三保障', '评级授信', '虚报冒领']) {
    await searchFor(page, query);
    const exact = await page.locator('.results-exact > li > a.result-title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const loose = await page.locator('.results-loose > li > a.result-title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(exact.length).toBeGreaterThan(0);
    const bodyText = async (url: string) => (await (await request.get(url)).text()).split('data-pagefind-body')[1] ?? '';
    for (const url of exact) expect(await bodyText(url), url).toContain(query);
    for (const url of loose) expect(await bodyText(url), url).not.toContain(query);
  }
});

test('highlights mark the phrase, not single characters', async ({ page }) => {
  await searchFor(page, '风险补偿金');
  const marks = await page.locator('.results-exact mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  expect(new Set(marks)).toEqual(new Set(['风险补偿金']));
});

test('results are labelled by kind and can be filtered', async ({ page }) => {
  await searchFor(page, '小额信贷');
  await expect(page.locator('.results .badge').first()).toHaveText(/课程模块|术语|政策文件|培训安排/);
  await page.getByRole('radio', { name: /政策文件/ }).check();
  const kinds = await page.locator('.results .badge').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(['政策文件']));
});

test('module results offer sub-results that jump to the matching section', async ({ page }) => {
  await searchFor(page, '风险补偿金');
  const sub = page.locator('.sub-results a').first();
  const href = (await sub.getAttribute('href'))!;
  expect(href).toContain('#');
  await sub.click();
  await expect(page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`)).toBeVisible();
});

test('the header search box on any page, reached with “/”, leads to results', async ({ page }) => {
  await page.goto('modules/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('贴息');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/search\/\?q=/);
  await expect(page.locator('.results-exact > li').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('with JavaScript the no-JavaScript note is gone', async ({ page }) => {
  await page.goto('search/');
  await expect(page.getByText('搜索需要浏览器开启 JavaScript')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says how to find things', async ({ page }) => {
    await page.goto('search/?q=贴息');
    await expect(page.getByText('搜索需要浏览器开启 JavaScript')).toBeVisible();
    await expect(page.locator('.search-help a[href*="modules/"]')).toHaveCount(11);
  });
});

test('a broad query fetches a first batch, and 显示更多 brings the rest', async ({ page }) => {
  await searchFor(page, '建档立卡');
  const status = (await page.locator('.search-status').textContent())!;
  const total = Number(/找到 (\d+) 个/.exec(status)![1]);
  const shownBefore = await page.locator('.best-match, .results-exact > li').count();
  expect(shownBefore).toBeLessThan(total);
  await page.getByRole('button', { name: /显示更多结果/ }).click();
  await expect(page.locator('.best-match, .results-exact > li')).toHaveCount(total);
  await expect(page.getByRole('button', { name: /显示更多结果/ })).toHaveCount(0);
});
