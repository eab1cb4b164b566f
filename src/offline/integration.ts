import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { baseRoot } from '../routes/paths.ts';
import { astroFailure, StepFailure } from '../toolchain/step-failure.ts';
import { editionId, precacheUrls, referencedAssets } from './precache.ts';

export const OFFLINE_STEP = '离线副本';

/** Precaching a site without its search index would leave search broken offline. */
function requireSearchIndex(site: string): void {
  if (existsSync(path.join(site, 'pagefind', 'pagefind-entry.json'))) return;
  throw new StepFailure({
    step: OFFLINE_STEP,
    cause: `${path.join(site, 'pagefind')} 里没有搜索索引，离线副本会缺少搜索`,
    fix: '在 astro.config.mjs 的 integrations 里，offline() 必须排在 searchIndex() 之后：搜索索引先建好，离线清单才能把它收进去。',
  });
}

/**
 * Writes dist/sw.js after the build (and after the search index, which it precaches):
 * the list of files to keep offline and an edition id that changes with any content,
 * so a new edition replaces the old cache.
 */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'handbook-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseRoot(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        try {
          const site = fileURLToPath(dir);
          requireSearchIndex(site);
          const files = readdirSync(site, { recursive: true, withFileTypes: true })
            .filter((d) => d.isFile())
            .map((d) => path.relative(site, path.join(d.parentPath, d.name)))
            .sort();
          const pages = files.filter((f) => f.endsWith('.html') && !f.startsWith('handbook'));
          const assets = new Set(pages.flatMap((f) => referencedAssets(readFileSync(path.join(site, f), 'utf8'))));
          const urls = precacheUrls(files, base, assets);
          const body = readFileSync(new URL('./client/sw-body.js', import.meta.url), 'utf8');
          // A change to any file, or to the worker itself, is a new edition.
          const hash = createHash('sha256').update(body);
          for (const f of files) hash.update(f).update(readFileSync(path.join(site, f)));
          const edition = editionId(hash.digest('hex'));
          const head = `const EDITION = ${JSON.stringify(edition)};\nconst BASE = ${JSON.stringify(base)};\nconst PRECACHE = ${JSON.stringify(urls)};\n`;
          writeFileSync(path.join(site, 'sw.js'), head + body);
          logger.info(`离线版本 ${edition}：预存 ${urls.length} 个文件`);
        } catch (error) {
          throw astroFailure(error, OFFLINE_STEP);
        }
      },
    },
  };
}
