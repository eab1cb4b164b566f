import type { Diagnostic } from './diagnostics.ts';
import { formatReport } from './diagnostics.ts';

/**
 * The page `npm run dev` shows instead of any page while the content has errors: the same
 * report as the terminal's, in Chinese, with file and line. It loads Vite's client, so it
 * reloads by itself once the trainer has saved the fix.
 */

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function devErrorPage(diagnostics: readonly Diagnostic[], viteClient: string): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const items = errors
    .map((d) => `<li><code>${escape(d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file)}</code><p>${escape(d.message)}</p></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>内容有错误｜资料汇编预览</title>
<script type="module" src="${escape(viteClient)}"></script>
<style>
body { font: 18px/1.7 system-ui, "Noto Sans CJK SC", sans-serif; margin: 0 auto; max-width: 52rem; padding: 1rem; color: #1a1a1a; }
h1 { color: #a00; font-size: 1.5rem; }
li { margin: 0 0 1rem; padding: .5rem .75rem; border-left: 4px solid #a00; background: #fff5f5; list-style: none; }
ol { padding: 0; }
code { font-size: .95rem; word-break: break-all; }
p { margin: .25rem 0 0; }
pre { white-space: pre-wrap; background: #f4f4f4; padding: .75rem; font-size: .9rem; }
</style>
</head>
<body>
<main>
<h1>内容检查发现 ${errors.length} 个错误，页面暂时无法显示</h1>
<p>请按下面列出的文件和行号逐条修改并保存。改好后这一页会自动刷新，不需要重新启动 <code>npm run dev</code>。</p>
<ol>
${items}
</ol>
<details><summary>终端里的完整报告</summary><pre>${escape(formatReport(diagnostics))}</pre></details>
</main>
</body>
</html>
`;
}
