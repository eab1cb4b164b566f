import type { Definition, Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { Position } from './diagnostics.ts';

/** Links and images written in an MDX body, and what a link's address points at. */

export interface LinkRef {
  kind: 'link' | 'image';
  url: string;
  /** Alt text of an image; undefined for links. */
  alt?: string;
  /** Position in the body (line 1 is the body's first line). */
  at: Position;
}

function positionOf(node: Nodes): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function jsxAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name === name) return typeof a.value === 'string' ? a.value : a.value ? '' : undefined;
  }
  return undefined;
}

/** Every link and image: Markdown syntax, reference definitions and JSX <a>/<img>. */
export function collectLinks(tree: Root): LinkRef[] {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node);
  });
  const refs: LinkRef[] = [];
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'link':
        refs.push({ kind: 'link', url: node.url, at: positionOf(node) });
        break;
      case 'image':
        refs.push({ kind: 'image', url: node.url, alt: node.alt ?? '', at: positionOf(node) });
        break;
      case 'linkReference':
      case 'imageReference': {
        const definition = definitions.get(node.identifier);
        if (!definition) break;
        refs.push(
          node.type === 'imageReference'
            ? { kind: 'image', url: definition.url, alt: node.alt ?? '', at: positionOf(node) }
            : { kind: 'link', url: definition.url, at: positionOf(node) },
        );
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (node.name === 'a') {
          const href = jsxAttribute(node, 'href');
          if (href !== undefined) refs.push({ kind: 'link', url: href, at: positionOf(node) });
        } else if (node.name === 'img') {
          refs.push({ kind: 'image', url: jsxAttribute(node, 'src') ?? '', alt: jsxAttribute(node, 'alt') ?? '', at: positionOf(node) });
        }
        break;
    }
  });
  return refs;
}

/** What an address in the text points at. */
export type LinkTarget =
  | { kind: 'external' }
  /** `#小标题` on the same page. */
  | { kind: 'anchor'; anchor: string }
  /** `../xiaoe-xindai/`: depends on the page it is read on, which differs on the print edition. */
  | { kind: 'relative' }
  /** `/modules/xiaoe-xindai/#anchor`: a path from the site's root (the base is added by the build). */
  | { kind: 'site'; path: string; anchor?: string };

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function linkTarget(url: string): LinkTarget {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { kind: 'external' };
  const hash = url.indexOf('#');
  const anchor = hash > -1 ? decode(url.slice(hash + 1)) : undefined;
  const path = decode((hash > -1 ? url.slice(0, hash) : url).replace(/\?.*$/, ''));
  if (!path) return { kind: 'anchor', anchor: anchor ?? '' };
  if (!path.startsWith('/')) return { kind: 'relative' };
  return anchor === undefined ? { kind: 'site', path } : { kind: 'site', path, anchor };
}
