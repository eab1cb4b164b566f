/**
 * Links inside the bound book. On the site a term links to its page; in the book the same
 * link should turn to the glossary appendix, a module link to the module's chapter, a
 * policy link to 附录三. Any other site link is made absolute on the public site, so the
 * PDF never carries a link to the machine that printed it (the local server's address).
 */

import { baseRoot } from '../routes/paths.ts';

export interface BookLinkTargets {
  /** The site's base path, e.g. "/" or "/fupin/". */
  base: string;
  /** The public site, for links that leave the book. */
  site: URL;
  module: (id: string) => string;
  term: (id: string) => string;
  policy: (id: string) => string;
}

const START_TAG = /<a\b[^<>]*>/g;
const HREF = /(\shref=")([^"]*)(")/;

/** Where one href should point in the book. */
export function bookHref(href: string, t: BookLinkTargets): string {
  if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  const root = baseRoot(t.base);
  if (!href.startsWith(root)) return new URL(href, t.site).href;
  const path = href.slice(root.length);
  const inBook = /^(modules|glossary|policies)\/([a-z0-9-]+)\/(?:#.*)?$/.exec(path);
  if (inBook) {
    const [, kind, id] = inBook as unknown as [string, 'modules' | 'glossary' | 'policies', string];
    const anchor = kind === 'modules' ? t.module(id) : kind === 'glossary' ? t.term(id) : t.policy(id);
    return `#${anchor}`;
  }
  return new URL(href, t.site).href;
}

/** Rewrites the href of every link in a piece of rendered HTML. */
export function bookLinks(html: string, targets: BookLinkTargets): string {
  return html.replace(START_TAG, (tag) => tag.replace(HREF, (_, open: string, href: string, close: string) => `${open}${bookHref(href, targets)}${close}`));
}
