import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The Markdown tree of an MDX body, as the site's pipeline reads it (MDX and GFM tables),
 * with positions relative to the body. Throws on MDX syntax errors: check syntax first.
 */
export function parseMdx(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
}
