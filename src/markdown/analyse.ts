import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { nodeTypes } from '@mdx-js/mdx';
import type { Element, Root as HastRoot } from 'hast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
type VFileMessage = VFile['messages'][number];
import { rehypePlugins, remarkPlugins, type PipelineOptions } from './pipeline.ts';

/**
 * Runs a module's MDX through the site's own plugins, once, without compiling it to code:
 * what the content checker needs to know about a body. Positions are those of the file
 * (the front matter is blanked out, as Astro's MDX loader does), so no caller adds offsets.
 */

export interface SyntaxProblem {
  line: number;
  column: number;
  /** In Chinese, with what to write instead. */
  message: string;
}

export interface MdxAnalysis {
  /** MDX syntax errors, each as found after blanking the lines of the ones before it. */
  syntaxErrors: SyntaxProblem[];
  /** Messages the plugins left on the file (a wrong <Term>, and the checker's own rules). */
  messages: VFileMessage[];
  /** Every id in the rendered body, heading ids as Astro makes them. */
  ids: string[];
  /** What the plugins put in `file.data` (term uses in `astro.frontmatter`, the checker's findings). */
  data: Record<string, unknown>;
}

/** Astro's MDX loader replaces the front matter by spaces, keeping every position. */
export function blankFrontmatter(source: string, raw: string | undefined): string {
  if (raw === undefined) return source;
  return source.replace(`---${raw}---`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
}

/** Micromark's English reason → a Chinese sentence that says what to write instead. */
export function explainSyntaxError(error: { reason?: string; message: string; source?: string; ruleId?: string }): string {
  const reason = error.reason ?? error.message;
  const source = error.source ?? '';
  let advice: string;
  if (source.includes('expression') || source.includes('acorn') || /expression|brace/.test(reason)) {
    advice =
      '这里的“{”被当作代码的开头。正文里不能写花括号代码：要显示花括号请改用全角“｛｝”；“{待定}”之类的占位要写成真正的内容';
  } else if (source.includes('esm') || /import|export/.test(reason)) {
    advice = '正文中以 import 或 export 开头的行会被当作代码：课程正文不能包含代码，请改写这一行（例如在行首加上文字）';
  } else if (/closing tag|end of file|self-closing|mismatch/i.test(reason)) {
    advice = '标签没有闭合：<名称> 要有对应的 </名称>，或写成自闭合的 <名称 />（例如 <Term name="六个精准" />、换行写 <br />）';
  } else if (source.includes('jsx') || /before name|tag/.test(reason)) {
    advice = '这里的“<”被当作标签的开头：要显示小于号请写全角“＜”或写成“小于”；表格里换行请写 <br />';
  } else {
    advice = '请检查这一行的符号是否成对、是否混入了代码';
  }
  return `MDX 正文语法错误：${advice}。（解析器原文：${reason}）`;
}

/** The same line, every character but line breaks turned into a space. */
function blankLine(text: string, line: number): string {
  const lines = text.split('\n');
  if (line < 1 || line > lines.length) return text;
  lines[line - 1] = lines[line - 1]!.replace(/[^\r]/g, ' ');
  return lines.join('\n');
}

function collectIds() {
  return (tree: HastRoot, file: VFile) => {
    const ids: string[] = [];
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.push(node.properties.id);
    });
    file.data.ids = ids;
  };
}

const MAX_SYNTAX_ERRORS = 20;

/**
 * @param body the file with its front matter blanked (blankFrontmatter)
 * @param inspect a remark plugin that runs first, on the tree exactly as written
 */
export async function analyseMdx(body: string, path: string, options: PipelineOptions, inspect?: Pluggable): Promise<MdxAnalysis> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(inspect ? [inspect] : [])
    .use(remarkPlugins({ ...options, termErrors: 'collect' }))
    .use(remarkRehype, { passThrough: [...nodeTypes], allowDangerousHtml: true })
    .use(rehypePlugins(options))
    .use(rehypeHeadingIds)
    .use(collectIds);

  const syntaxErrors: SyntaxProblem[] = [];
  let text = body;
  for (let attempt = 0; attempt < MAX_SYNTAX_ERRORS; attempt += 1) {
    const file = new VFile({ value: text, path, data: { astro: { frontmatter: {} } } });
    try {
      const tree = processor.parse(file);
      await processor.run(tree, file);
      return { syntaxErrors, messages: file.messages, ids: (file.data.ids as string[]) ?? [], data: file.data };
    } catch (error) {
      const e = error as { line?: number; column?: number; place?: { line?: number; column?: number; start?: { line: number; column: number } } };
      const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
      const column = e.column ?? e.place?.column ?? e.place?.start?.column ?? 1;
      if (!(error as { reason?: string }).reason) throw error; // not a syntax error: a bug, let it show
      syntaxErrors.push({ line, column, message: explainSyntaxError(error as { reason?: string; message: string }) });
      const next = blankLine(text, line);
      if (next === text) break;
      text = next;
    }
  }
  return { syntaxErrors, messages: [], ids: [], data: {} };
}
