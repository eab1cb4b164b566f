import { expect, test } from '@playwright/test';

test('a cadre goes from the home page to a module, a term and a policy, and back', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('资料汇编');
  await expect(page.getByText('28165人')).toBeVisible();

  await page.getByRole('link', { name: '第 7 讲 扶贫小额信贷' }).click();
  await expect(page).toHaveURL(/\/modules\/xiaoe-xindai\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第 7 讲　扶贫小额信贷');
  await expect(page.getByRole('navigation', { name: '本课目录' }).or(page.locator('nav.toc'))).toBeVisible();

  // Self-check answers stay folded until asked for.
  const firstAnswer = page.locator('details').first();
  await expect(firstAnswer.getByText('参考答案')).toBeHidden();
  await firstAnswer.locator('summary').click();
  await expect(firstAnswer.getByText('参考答案')).toBeVisible();

  const policies = page.locator('section', { has: page.getByRole('heading', { name: '本课引用的政策文件' }) });
  await policies.getByRole('link', { name: /关于创新发展扶贫小额信贷的指导意见/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('关于创新发展扶贫小额信贷的指导意见');
  await expect(page.getByText('国开办发〔2014〕78号').first()).toBeVisible();

  await page.getByRole('link', { name: '第 7 讲 扶贫小额信贷' }).click();
  await expect(page).toHaveURL(/\/modules\/xiaoe-xindai\/$/);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '术语' }).click();
  await page.getByRole('link', { name: /六个精准/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('六个精准');
  await expect(page.locator('#items-title + ol > li')).toHaveCount(6);
  await expect(page.getByRole('heading', { name: '本地表述与全国表述对照' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/glossary\/$/);
});
