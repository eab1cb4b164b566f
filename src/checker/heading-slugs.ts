import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * The ids Astro gives a module's headings, so a link to `#小标题` can be checked before the
 * build: Astro's rehype-collect-headings slugs each heading's text with github-slugger, one
 * slugger per file, in document order (a repeated heading gets -1, -2 …).
 */
export function headingSlugs(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const slugs: string[] = [];
  visit(tree, 'heading', (node) => {
    slugs.push(slugger.slug(toString(node)));
  });
  return slugs;
}
