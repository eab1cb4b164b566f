import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Diagnostic, Position } from './diagnostics.ts';
import { collectLinks, type LinkRef } from './links.ts';
import { lintMdxProse } from './prose-rules.ts';

/**
 * What a module's body may contain: Markdown, `<Term>` and a few inline HTML tags. MDX is
 * code, and a module is content: components the site does not have, `{…}` expressions and
 * `import`/`export` lines would fail the build in English, or run on the build machine.
 * Runs as the first plugin of the checker's pass over the site's Markdown pipeline, on the
 * tree exactly as written, and leaves its findings in `file.data.bodyRules`.
 */

/** Tags a module may use besides Markdown: the glossary reference and harmless inline HTML. */
export const ALLOWED_TAGS = new Set(['Term', 'br', 'sup', 'sub']);

export interface BodyFindings {
  diagnostics: Diagnostic[];
  links: LinkRef[];
  /** Characters of visible text in the body, to tell an empty module from a short one. */
  textLength: number;
}

function at(node: Nodes): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** `{/* 说明 *\/}`: an MDX comment, which renders nothing and runs nothing. */
function isComment(node: Nodes): boolean {
  if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return false;
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
}

function tagProblem(node: MdxJsxFlowElement | MdxJsxTextElement): string | undefined {
  const name = node.name ?? '';
  if (!name) return '正文中不能写 <></>（空标签）：请删去';
  if (ALLOWED_TAGS.has(name)) return undefined;
  return `正文中不能使用 <${name}>：课程正文只能用 Markdown 和 <Term name="术语名称" />${
    /^[A-Z]/.test(name) ? '（网站没有这个组件）' : ''
  }；强调用 **粗体**，提示可写成以“提示：”开头的段落，换行用 <br />`;
}

export default function remarkBodyRules() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const diagnostics: Diagnostic[] = [];
    const problem = (node: Nodes, message: string) => diagnostics.push({ file: file.path, ...at(node), severity: 'error', message });
    let textLength = 0;
    visit(tree, (node: Nodes) => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          textLength += node.value.trim().length;
          break;
        case 'image':
          textLength += 1;
          break;
        case 'mdxjsEsm':
          problem(node, '正文中不能写 import 或 export：课程正文是内容，不是代码；如果这是正文的一句话，请不要以 import/export 开头');
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!isComment(node)) {
            problem(node, `正文中不能写花括号“{${node.value.length > 12 ? `${node.value.slice(0, 12)}…` : node.value}}”：花括号里的内容会被当作代码运行。要显示花括号请改用全角“｛｝”；占位的内容请写成真正的文字`);
          }
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const message = tagProblem(node);
          if (message) problem(node, message);
          break;
        }
      }
    });
    diagnostics.push(...lintMdxProse(file.path, tree, source));
    const findings: BodyFindings = { diagnostics, links: collectLinks(tree), textLength };
    file.data.bodyRules = findings;
  };
}
