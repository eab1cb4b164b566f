import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { astroFailure } from '../toolchain/step-failure.ts';
import { buildSearchIndex, SEARCH_STEP } from './build-index.ts';

/**
 * Builds the Pagefind index into dist/pagefind/ after every build, and stops the build, in
 * Chinese, when the index is not fit for Chinese readers (see build-index.ts, index-check.ts).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'handbook-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const index = await buildSearchIndex(fileURLToPath(dir));
          const languages = Object.keys(index.languages).join('、');
          logger.info(`搜索索引：${index.pages} 个页面，语言 ${languages}，中文分词正常（测试句分出 ${index.probeWords} 个词），用时 ${Math.round(index.ms)} 毫秒`);
        } catch (error) {
          throw astroFailure(error, SEARCH_STEP);
        }
      },
    },
  };
}
