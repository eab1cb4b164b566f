import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { indexProblems, isContentPage, MIN_PROBE_WORDS, readPagefindEntry } from '../../src/search/index-check.ts';
import { searchIndex } from '../../src/search/integration.ts';
import { StepFailure } from '../../src/toolchain/step-failure.ts';

describe('index check', () => {
  const sound = { languages: { 'zh-cn': 37 }, probeWords: 13 };
  it('accepts a complete, segmented Chinese index', () => {
    expect(indexProblems(sound, 37)).toEqual([]);
  });
  it('refuses an index that does not split Chinese into words', () => {
    const problems = indexProblems({ ...sound, probeWords: 1 }, 37);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('没有给中文分词');
    expect(problems[0]).toContain('pagefind_extended');
  });
  it('refuses other languages and missing pages', () => {
    const problems = indexProblems({ languages: { en: 3, 'zh-cn': 27 }, probeWords: 13 }, 37);
    expect(problems).toHaveLength(2);
    expect(problems.join()).toContain('实际为：en、zh-cn');
    expect(problems.join()).toContain('只索引了 30 个页面，少于网站的 37 个内容页面');
  });
  it('refuses an empty index', () => {
    expect(indexProblems({ languages: {}, probeWords: 13 }, 1).join()).toContain('实际为：（无）');
  });
  it('reads languages and page counts from pagefind-entry.json', () => {
    const entry = '{"version":"1.6.0","languages":{"zh-cn":{"hash":"zh-cn_a21c","wasm":null,"page_count":37}},"include_characters":["_"]}';
    expect(readPagefindEntry(entry)).toEqual({ 'zh-cn': 37 });
  });
  it('counts a page as content by the attribute, not by the words', () => {
    expect(isContentPage('<main class="x" data-pagefind-body>')).toBe(true);
    expect(isContentPage('<article data-pagefind-body="">')).toBe(true);
    expect(isContentPage('<p>给正文加上 <code>data-pagefind-body</code> 属性</p>')).toBe(false);
  });
});

/** Pagefind itself, through its Node API, on tiny built sites. */
describe('buildSearchIndex', () => {
  const sites: string[] = [];
  afterEach(() => {
    for (const dir of sites.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const page = (lang: string, text: string, content = true) =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${text.slice(0, 4)}</title></head><body><nav>目录</nav><main${content ? ' data-pagefind-body' : ''}><h1>${text.slice(0, 4)}</h1><p>${text}</p></main></body></html>`;
  function site(pages: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'handbook-search-'));
    sites.push(dir);
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), html);
    }
    return dir;
  }
  const chinese = () =>
    site({
      'modules/xiaoe-xindai/index.html': page('zh-CN', '扶贫小额信贷由财政贴息，县里建立风险补偿金。'),
      'glossary/liuge-jingzhun/index.html': page('zh-CN', '六个精准是精准扶贫的基本要求。'),
      'search/index.html': page('zh-CN', '搜索页面不进索引', false),
    });

  it('indexes every content page in zh-cn, splits Chinese and writes the index', async () => {
    const dir = chinese();
    const result = await buildSearchIndex(dir);
    expect(result.pages).toBe(2);
    expect(result.languages).toEqual({ 'zh-cn': 2 });
    expect(result.probeWords).toBeGreaterThanOrEqual(MIN_PROBE_WORDS);
    expect(readPagefindEntry(readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8'))).toEqual({ 'zh-cn': 2 });
  });

  it('stops on a content page in another language, in Chinese', async () => {
    const dir = chinese();
    writeFileSync(path.join(dir, 'en.html'), page('en', 'A page that slipped in with the wrong language.'));
    const error = await buildSearchIndex(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StepFailure);
    const message = (error as StepFailure).message;
    expect(message).toContain('【建立搜索索引】失败：搜索索引不合格');
    expect(message).toContain('实际为：en、zh-cn');
    expect(message).toContain('<html lang="zh-CN">');
  });

  it('stops when the site has no content page', async () => {
    const dir = site({ 'index.html': page('zh-CN', '没有正文标记的页面', false) });
    await expect(buildSearchIndex(dir)).rejects.toThrow('没有内容页面');
  });

  it('fails the Astro build with an AstroError naming step and fix', async () => {
    const dir = site({ 'index.html': page('en', 'English only.') });
    const hook = searchIndex().hooks['astro:build:done']!;
    const logger = { info: () => {}, warn: () => {}, error: () => {} };
    const error = await (hook as (p: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AstroError);
    expect((error as AstroError).message).toContain('【建立搜索索引】失败');
    expect((error as AstroError).message).toContain('实际为：en');
    expect((error as AstroError).hint).toContain('解决办法：');
  });
});
