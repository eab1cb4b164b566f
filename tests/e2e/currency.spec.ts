import { expect, test } from '@playwright/test';

/** Every page says how current it is and where to edit its source (issue: trainers keep the handbook current). */
const REPOSITORY = 'https://github.com/jiangan-fupin/handbook';

const ENTRY_PAGES = [
  { path: 'modules/xiaoe-xindai/', source: 'src/content/modules/xiaoe-xindai.mdx' },
  { path: 'glossary/liuge-jingzhun/', source: 'src/content/glossary/liuge-jingzhun.yaml' },
  { path: 'policies/guokaibanfa-2014-78/', source: 'src/content/policies/guokaibanfa-2014-78.yaml' },
  { path: 'programme/', source: 'src/content/programme/course.yaml' },
];

for (const { path, source } of ENTRY_PAGES) {
  test(`${path} shows its last update and links to edit ${source}`, async ({ page }) => {
    await page.goto(path);
    const history = page.locator('.page-history');
    await expect(history).toContainText(/最后更新：(不晚于)?\d{4}年\d{1,2}月\d{1,2}日/);
    await expect(history.getByRole('link', { name: '编辑此页' })).toHaveAttribute('href', `${REPOSITORY}/edit/main/${source}`);
    await expect(history.getByRole('link', { name: '全部修改' })).toHaveAttribute('href', `${REPOSITORY}/commits/main/${source}`);
  });
}

test('a module page lists the changes to its source, or says the list is incomplete', async ({ page }) => {
  await page.goto('modules/xiaoe-xindai/');
  const history = page.locator('.page-history');
  const note = history.getByText('修改记录不完整（浅克隆）');
  if (await note.count()) return;
  await history.getByText(/^修改记录（\d+ 次）$/).click();
  const first = history.locator('li').first();
  await expect(first).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(first.getByRole('link')).toHaveAttribute('href', new RegExp(`^${REPOSITORY}/commit/[0-9a-f]{40}$`));
});

test('list pages say in the footer when their folder last changed', async ({ page }) => {
  for (const [path, folder] of [['', 'src/content'], ['modules/', 'src/content/modules'], ['glossary/', 'src/content/glossary'], ['policies/', 'src/content/policies']]) {
    await page.goto(path!);
    const footer = page.locator('.site-footer .page-history');
    await expect(footer).toContainText('最后更新：');
    await expect(footer.getByRole('link', { name: '查看源文件' })).toHaveAttribute('href', `${REPOSITORY}/tree/main/${folder}`);
  }
});
