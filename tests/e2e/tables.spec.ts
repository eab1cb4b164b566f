import { expect, test } from '@playwright/test';
import { builtPages } from './pages.ts';

const modulePages = builtPages().filter((p) => /^modules\/[^/]+\/$/.test(p));
/** Labels of up to this many characters (会议记录, 认清新形势) must read as one word. */
const SHORT_LABEL = 5;
const PHONE = { width: 360, height: 740 };

test('on a 360 px phone, short labels in module tables are not broken across lines', async ({ page }) => {
  await page.setViewportSize(PHONE);
  expect(modulePages.length).toBeGreaterThan(0);
  const broken: string[] = [];
  for (const path of modulePages) {
    await page.goto(path);
    const cells = await page.$$eval('main table', (tables, max) => tables.flatMap((table) =>
      [...table.querySelectorAll('th, td')].flatMap((cell) => {
        const text = (cell.textContent ?? '').trim();
        // Skips empty cells and a card table's header row, which is kept for screen readers only (1 px).
        const hiddenHead = (cell.closest('thead')?.getBoundingClientRect().width ?? 2) <= 1;
        if (text === '' || [...text].length > max || hiddenHead) return [];
        const range = document.createRange();
        range.selectNodeContents(cell);
        // One line box per distinct top edge; a link or emphasis adds boxes on the same line.
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        return lines > 1 ? [text] : [];
      })), SHORT_LABEL);
    broken.push(...cells.map((text) => `${path}：${text}`));
  }
  expect(broken, '这些表格里的短标签被拆成了几行').toEqual([]);
});

/** For each table of three or more columns: how its rows are laid out, whether it overflows, and what each body cell is labelled with. */
// The village plan template is a blank form to fill in by hand: it keeps its grid.
const wideTables = (page: import('@playwright/test').Page) => page.$$eval('main table:not(.plan-template table)', (tables) => tables
  .filter((table) => (table.querySelector('tr')?.children.length ?? 0) >= 3)
  .map((table) => {
    const headers = [...table.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim());
    const rows = [...table.querySelectorAll('tbody tr')];
    const wrap = table.closest('.table-wrap') as HTMLElement;
    return {
      rowDisplay: getComputedStyle(rows[0]!).display,
      overflows: wrap.scrollWidth > wrap.clientWidth + 1,
      // Every cell after the first should show its column's name before its text.
      unlabelled: rows.flatMap((row) => [...row.children].slice(1).flatMap((cell, i) => {
        if ((cell.textContent ?? '').trim() === '') return [];
        const before = getComputedStyle(cell, '::before').content;
        return before.includes(headers[i + 1]!) ? [] : [`${headers[i + 1]}：${(cell.textContent ?? '').trim().slice(0, 12)}`];
      })),
    };
  }));

test('on a phone, each row of a wide table (modules, timetable) is a card with its column names; on a desktop it stays a table', async ({ page }) => {
  let seen = 0;
  for (const path of [...modulePages, 'programme/']) {
    await page.setViewportSize(PHONE);
    await page.goto(path);
    for (const table of await wideTables(page)) {
      seen++;
      expect(table.rowDisplay, path).toBe('block');
      expect(table.overflows, `${path}：表格超出屏幕宽度`).toBe(false);
      expect(table.unlabelled, path).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const table of await wideTables(page)) expect(table.rowDisplay, path).toBe('table-row');
  }
  expect(seen).toBeGreaterThan(10);
});

test('on a phone, each session of the timetable is headed by its time on one line', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('programme/');
  const first = page.getByRole('row').filter({ hasText: '开班仪式' }).first().getByRole('cell').first();
  await expect(first).toHaveText(/^\d\d:\d\d—\d\d:\d\d$/);
  const box = await first.boundingBox();
  const lineHeight = await first.evaluate((cell) => parseFloat(getComputedStyle(cell).lineHeight));
  expect(box!.width).toBeGreaterThan(300);
  expect(box!.height).toBeLessThan(lineHeight * 2);
});

test('a card table is still announced as a table with its column headers', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('modules/zhengce-jingshen/');
  const table = page.getByRole('table').filter({ hasText: '认清新形势' });
  await expect(table.getByRole('columnheader', { name: '核心意思' })).toBeAttached();
  await expect(table.getByRole('row').filter({ hasText: '认清新形势' }).getByRole('cell', { name: '扶贫已进入攻坚冲刺阶段' })).toBeVisible();
});
