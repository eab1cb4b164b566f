import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { indexProblems, parsePagefindOutput } from './pagefind-report.ts';

/** Every built page that asks to be indexed (data-pagefind-body): the content pages. */
function countContentPages(dir: string): number {
  const entries = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return entries.filter((f) => readFileSync(path.join(dir, f), 'utf8').includes('data-pagefind-body')).length;
}

/**
 * Builds the Pagefind index into dist/pagefind/ after every build, and stops the build
 * when the index is not fit for Chinese readers (see pagefind-report.ts).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'handbook-search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const cli = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');
        const run = spawnSync(process.execPath, [cli, '--site', site], { encoding: 'utf8' });
        const output = `${run.stdout}${run.stderr}`;
        if (run.status !== 0) throw new AstroError('Pagefind 建立搜索索引失败。', output);
        const report = parsePagefindOutput(output);
        const problems = indexProblems(report, countContentPages(site));
        if (problems.length) throw new AstroError(`搜索索引不合格：${problems.join('；')}。`, output);
        logger.info(`搜索索引：${report.pages} 个页面，语言 ${report.languages.join('、')}，扩展模式`);
      },
    },
  };
}
