import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { StepFailure } from '../toolchain/step-failure.ts';
import { indexedPages, indexProblems, isContentPage, readPagefindEntry, SEGMENTATION_PROBE, type IndexSummary } from './index-check.ts';

export const SEARCH_STEP = '建立搜索索引';

const REINSTALL = '运行 npm ci（或 npm install）重新安装依赖：pagefind 和它的程序包（如 @pagefind/linux-x64）都在 dependencies 里。';

export interface SearchIndexResult extends IndexSummary {
  /** Pages indexed, all languages together. */
  pages: number;
  /** Wall time of the Pagefind work (start, probe, index, write), in milliseconds. */
  ms: number;
}

function fail(cause: string, fix: string, details?: string): never {
  throw new StepFailure({ step: SEARCH_STEP, cause, fix, details });
}

/** Pagefind answers with a list of errors rather than throwing; any error stops the step. */
function check<T extends { errors: string[] }>(response: T, doing: string): T {
  if (response.errors.length) fail(`Pagefind ${doing}时报错`, '按下面 Pagefind 的报错改正后重新构建；报错提到的文件在 dist/ 里。', response.errors.join('\n'));
  return response;
}

function contentPageCount(site: string): number {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .filter((f) => isContentPage(readFileSync(path.join(site, f), 'utf8'))).length;
}

/** Unique words Pagefind finds in the probe sentence: many when it splits Chinese, one when not. */
async function probeSegmentation(): Promise<number> {
  const { index } = check(await pagefind.createIndex(), '建立测试索引');
  if (!index) fail('Pagefind 没有建立测试索引', REINSTALL);
  try {
    const { file } = check(
      await index.addHTMLFile({ url: '/segmentation-probe/', content: `<html lang="zh-CN"><body><main data-pagefind-body><p>${SEGMENTATION_PROBE}</p></main></body></html>` }),
      '索引分词测试句',
    );
    return file.uniqueWords;
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Indexes the built site `site` (dist/) into site/pagefind/ with Pagefind's Node API, then
 * checks the index (see index-check.ts). Throws a StepFailure, in Chinese, when Pagefind
 * fails or the index is not fit for Chinese readers.
 */
export async function buildSearchIndex(site: string): Promise<SearchIndexResult> {
  const contentPages = contentPageCount(site);
  if (contentPages === 0) {
    fail(`${site} 里没有内容页面（带 data-pagefind-body 的页面），搜索会什么也找不到`, '检查页面布局（src/site/Base.astro）是否还给正文加了 data-pagefind-body，以及构建是否真的生成了页面。');
  }
  const started = performance.now();
  try {
    let probeWords: number;
    let languages: Record<string, number>;
    try {
      probeWords = await probeSegmentation();
      const { index } = check(await pagefind.createIndex(), '启动');
      if (!index) fail('Pagefind 没有建立索引', REINSTALL);
      check(await index.addDirectory({ path: site }), `读取 ${site}`);
      const { outputPath } = check(await index.writeFiles({ outputPath: path.join(site, 'pagefind') }), '写出索引');
      languages = readPagefindEntry(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8'));
    } catch (error) {
      if (error instanceof StepFailure) throw error;
      // The service could not start or died: its program is missing or broken.
      fail('Pagefind 程序无法运行', REINSTALL, error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    const summary = { languages, probeWords };
    const problems = indexProblems(summary, contentPages);
    if (problems.length) {
      fail(`搜索索引不合格（${problems.length} 项问题），网站发布后中文搜索会出错`, '逐条改正下面的问题后重新构建。', problems.join('\n'));
    }
    return { ...summary, pages: indexedPages(summary), ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}
