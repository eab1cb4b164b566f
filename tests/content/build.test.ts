import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { brokenTree, ROOT } from './fixtures.ts';

/** The real `astro build` must stop on bad content, saying where and what, in Chinese. */
describe('astro build on broken content', () => {
  it.each([
    { name: 'count-mismatch', says: ['glossary/sange-quanbu.yaml:6:1', 'items（条目）', '表示 3 项，实际写了 2 项'] },
    { name: 'unknown-reference', says: ['modules/xiaoe-xindai.mdx:6:1', 'unit（授课单位）', 'fupin-ju'] },
    { name: 'unknown-term', says: ['modules/xiaoe-xindai.mdx:36:', '术语“三个全部”不存在的第 4 项'] },
  ])('fails on $name and names file, line and field', ({ name, says }) => {
    const run = spawnSync('npx', ['astro', 'build'], {
      cwd: ROOT,
      env: { ...process.env, HANDBOOK_CONTENT_DIR: brokenTree(name), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    const output = run.stdout + run.stderr;
    expect(run.status, output).not.toBe(0);
    for (const text of says) expect(output).toContain(text);
    expect(output).toContain('内容检查未通过');
  });
});
