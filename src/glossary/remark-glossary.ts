import type { Heading, Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { itemAnchor, type TermInfo } from './term-info.ts';
import { withBase, routes } from '../routes/paths.ts';
import { matchTerms, type TermName } from './match.ts';
import type { TermUse } from './term-uses.ts';

/**
 * Links glossary terms in module prose to their pages, so no trainer links a term by hand.
 *
 * - The first occurrence of each term in each section (text under one heading) becomes a
 *   link; later ones in the same section stay plain, so a paragraph is not a sea of links.
 * - Headings, existing links, code and JSX are left alone.
 * - `<Term name="六个精准" item="3" />` cites a term or one of its items explicitly; an
 *   unknown term or item is an error with the file and line (see `errors`).
 * - Every use is recorded in the page's remark front matter (`termUses`), so term pages can
 *   list where they are used and module pages which terms they use, from the text itself.
 */

export interface GlossaryOptions {
  /** The glossary as it is now; asked once per file, so an edited glossary applies at once. */
  terms: () => readonly TermInfo[];
  base: string;
  /** `fail`: the first wrong <Term> stops the file (the site); `collect`: each is a message (the checker). */
  errors?: 'fail' | 'collect';
}

const SKIP = new Set(['heading', 'link', 'linkReference', 'code', 'inlineCode', 'html', 'definition', 'yaml', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

function termLink(url: string, id: string, children: PhrasingContent[]): Link {
  return { type: 'link', url, children, data: { hProperties: { className: ['term-link'], dataTerm: id } } };
}

function attribute(node: MdxJsxTextElement | MdxJsxFlowElement, name: string): string | undefined {
  const attr = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : attr?.value ? String(attr.value.value) : undefined;
}

export default function remarkGlossary(options: GlossaryOptions) {
  const termUrl = (id: string) => withBase(options.base, routes.term(id));

  return (tree: Root, file: VFile) => {
    const terms = options.terms();
    const names: TermName[] = terms.flatMap((t) => t.names.map((name) => ({ id: t.id, name })));
    const byName = new Map(names.map((n) => [n.name, terms.find((t) => t.id === n.id)!]));
    const problem = (reason: string, node: Nodes, rule: string) => {
      if (options.errors === 'collect') file.message(reason, { place: node.position, source: 'remark-glossary', ruleId: rule });
      else file.fail(reason, { place: node.position, source: 'remark-glossary', ruleId: rule });
    };
    const uses: TermUse[] = [];
    let section = -1;
    let linkedHere = new Set<string>();

    /** <Term name="…" item="…">text</Term> → a link to the term or its item; a wrong one → its text, and a problem. */
    const explicitReference = (node: MdxJsxTextElement | MdxJsxFlowElement): PhrasingContent => {
      const name = attribute(node, 'name');
      const itemKey = attribute(node, 'item');
      const term = name ? byName.get(name) : undefined;
      const fallback = (): PhrasingContent => ({ type: 'text', value: name ?? '' });
      if (!term) {
        const known = terms.map((t) => t.term).join('、');
        problem(`<Term> 引用了不存在的术语“${name ?? '（未写 name）'}”；可用的术语：${known}`, node, 'unknown-term');
        return fallback();
      }
      const item = itemKey === undefined ? undefined : term.items.find((i) => i.key === itemKey);
      if (itemKey !== undefined && !item) {
        const keys = term.items.map((i) => i.key).join('、');
        problem(`<Term> 引用了术语“${term.term}”不存在的第 ${itemKey} 项；可用的 item：${keys}`, node, 'unknown-item');
        return fallback();
      }
      uses.push({ id: term.id, section });
      const text = node.children.length
        ? (node.children as PhrasingContent[])
        : [{ type: 'text', value: item ? `${term.term}·${item.name}` : term.term } as Text];
      return termLink(termUrl(term.id) + (item ? `#${itemAnchor(item.key)}` : ''), term.id, text);
    };

    /** Plain text → text and term links, the first use of each term in this section linked. */
    const linkText = (node: Text): PhrasingContent[] => {
      const matches = matchTerms(node.value, names);
      if (!matches.length) return [node];
      const out: PhrasingContent[] = [];
      let at = 0;
      for (const m of matches) {
        uses.push({ id: m.id, section });
        if (linkedHere.has(m.id)) continue;
        linkedHere.add(m.id);
        if (m.start > at) out.push({ type: 'text', value: node.value.slice(at, m.start) });
        out.push(termLink(termUrl(m.id), m.id, [{ type: 'text', value: m.name }]));
        at = m.end;
      }
      if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
      return out;
    };

    const walk = (parent: Parent) => {
      const children: Nodes[] = [];
      for (const child of parent.children as Nodes[]) {
        if (child.type === 'heading') {
          section += 1;
          linkedHere = new Set();
          // A heading is its own anchor and the 目录's text: it carries no links, so no <Term> either.
          visit(child, (n) => {
            if (n.type === 'mdxJsxTextElement' && n.name === 'Term') {
              problem('标题中不能写 <Term>：标题里直接写术语名称即可（正文中第一次出现时会自动链接）', n, 'term-in-heading');
            }
          });
          children.push(child as Heading);
        } else if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === 'Term') {
          const link = explicitReference(child);
          children.push(child.type === 'mdxJsxFlowElement' ? { type: 'paragraph', children: [link] } : link);
        } else if (child.type === 'text') {
          children.push(...linkText(child));
        } else {
          if (!SKIP.has(child.type) && 'children' in child && !child.type.startsWith('mdxJsx')) walk(child as Parent);
          children.push(child);
        }
      }
      parent.children = children as Parent['children'];
    };

    walk(tree);
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.termUses = uses;
  };
}
