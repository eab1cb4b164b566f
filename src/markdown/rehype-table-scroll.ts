import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Wraps each table in a focusable, labelled scroll box so a wide table scrolls by itself
 * on a 360 px phone instead of pushing the whole page sideways.
 */
export default function rehypeTableScroll() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const wrapped = parent.type === 'element' && (parent.properties?.className as string[] | undefined)?.includes('table-wrap');
      if (wrapped) return;
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-wrap'], tabIndex: 0, role: 'region', ariaLabel: '表格（可左右滑动）' },
        children: [node],
      };
    });
  };
}
