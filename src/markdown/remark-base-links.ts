import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { withBase } from '../routes/paths.ts';

/**
 * Trainers link from the site's root (`/modules/xiaoe-xindai/`, `/images/fenbu-tu.png`), as
 * CONTRIBUTING.md says and the content checker verifies. This adds the site's base, so the
 * same text works when the site is served from a sub-path.
 */
export interface BaseLinksOptions {
  base: string;
}

const fromRoot = (url: string) => url.startsWith('/') && !url.startsWith('//');

export default function remarkBaseLinks({ base }: BaseLinksOptions) {
  const rebase = (url: string) => (fromRoot(url) ? withBase(base, url) : url);
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') node.url = rebase(node.url);
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'a' || node.name === 'img')) {
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxAttribute' && ['href', 'src'].includes(attribute.name) && typeof attribute.value === 'string') {
            (attribute as MdxJsxAttribute).value = rebase(attribute.value);
          }
        }
      }
    });
  };
}
