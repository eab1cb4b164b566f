import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, contentDirFromEnv } from './check.ts';
import { formatReport, hasErrors } from './diagnostics.ts';

/**
 * Runs the content checker before Astro reads any content, so that a trainer's mistake
 * stops the build with every problem listed in Chinese, instead of a page quietly missing.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'handbook-content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const diagnostics = await checkContent(contentDirFromEnv(root), root);
        if (!diagnostics.length) return;
        const report = formatReport(diagnostics);
        if (hasErrors(diagnostics)) {
          logger.error(`内容检查发现问题：\n${report}`);
          throw new AstroError('内容检查未通过，构建已停止。', '请按上面列出的文件和行号逐条修改；改完可先运行 npm run check:content 复查。');
        }
        logger.warn(`内容检查提示：\n${report}`);
      },
    },
  };
}
