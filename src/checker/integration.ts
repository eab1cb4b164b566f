import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { contentDirFromEnv } from '../model/content-dir.ts';
import { inspectContent, type FileCache } from './check.ts';
import { devErrorPage } from './dev-page.ts';
import { formatReport, hasErrors, type Diagnostic } from './diagnostics.ts';

/**
 * The content checker inside Astro. In a build it runs before Astro reads any content, so a
 * trainer's mistake stops the build with every problem listed in Chinese. In `npm run dev`
 * it runs again on every change to the content folder: while there are errors, every page
 * is the list of them (HTTP 500, never a stale page), in the browser and the terminal; once
 * they are fixed the pages come back without a restart. A change to the glossary recompiles
 * the modules, so a new alias links at once.
 */

const QUIET_MS = 80;

/** Vite's dev server, as Astro hands it to integrations. */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** Requests for pages, as opposed to Vite's modules and assets. */
function isPageRequest(url: string | undefined, accept: string | undefined): boolean {
  if (!url || !accept?.includes('text/html')) return false;
  return !/^\/(?:@|node_modules\/|_astro\/|src\/|__)/.test(url.replace(/^\/[^?]*?(?=\/@)/, ''));
}

/** Every compiled module is asked for again: the term linker then reads the new glossary. */
function forgetMdx(server: DevServer): void {
  for (const environment of Object.values(server.environments)) {
    const graph = environment.moduleGraph;
    for (const module of graph.idToModuleMap.values()) {
      if (module.id?.includes('.mdx')) graph.invalidateModule(module);
    }
  }
}

export function contentCheck(): AstroIntegration {
  let root = '';
  let contentDir = '';
  let base = '/';
  const cache: FileCache = new Map();
  let diagnostics: Diagnostic[] = [];
  let lastReport = '';

  const run = async () => {
    diagnostics = (await inspectContent(contentDir, root, { cache })).diagnostics;
    return diagnostics;
  };

  return {
    name: 'handbook-content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        contentDir = contentDirFromEnv(root);
        base = config.base;
        await run();
        lastReport = diagnostics.length ? formatReport(diagnostics) : '';
        if (!diagnostics.length) return;
        if (hasErrors(diagnostics)) {
          logger.error(`内容检查发现问题：\n${lastReport}`);
          if (command === 'build') {
            throw new AstroError('内容检查未通过，构建已停止。', '请按上面列出的文件和行号逐条修改；改完可先运行 npm run check:content 复查。');
          }
          logger.error('改好并保存后，预览会自动恢复，不需要重新启动。');
          return;
        }
        logger.warn(`内容检查提示：\n${lastReport}`);
      },
      'astro:server:setup': ({ server, logger }) => {
        let pending: Promise<unknown> = Promise.resolve();
        let glossaryChanged = false;

        const recheck = async () => {
          await run();
          if (glossaryChanged) forgetMdx(server);
          glossaryChanged = false;
          const report = diagnostics.length ? formatReport(diagnostics) : '';
          if (report !== lastReport) {
            if (hasErrors(diagnostics)) logger.error(`内容检查发现问题：\n${report}`);
            else logger.info(report ? `内容检查通过，另有提示：\n${report}` : '内容检查通过：没有发现问题。');
            lastReport = report;
          }
          server.ws.send({ type: 'full-reload' });
        };

        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, file) => {
          if (!path.resolve(file).startsWith(contentDir + path.sep)) return;
          if (path.relative(contentDir, file).startsWith(`glossary${path.sep}`)) glossaryChanged = true;
          // Page requests wait for this: an editor's save can come as several events, a moment apart.
          pending = pending
            .then(() => new Promise((resolve) => setTimeout(resolve, QUIET_MS)))
            .then(recheck)
            .catch((error: unknown) => logger.error(`内容检查出错：${String(error)}`));
        });

        server.middlewares.use((req, res, next) => {
          if (!isPageRequest(req.url, req.headers.accept)) return next();
          pending.then(() => {
            if (!hasErrors(diagnostics)) return next();
            res.statusCode = 500;
            res.setHeader('content-type', 'text/html; charset=utf-8');
            res.setHeader('cache-control', 'no-store');
            res.end(devErrorPage(diagnostics, `${base.replace(/\/?$/, '/')}@vite/client`));
          }, next);
        });
      },
    },
  };
}
