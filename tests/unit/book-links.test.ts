import { describe, expect, it } from 'vitest';
import { bookHref, bookLinks, type BookLinkTargets } from '../../src/print/book-links.ts';

const targets = (base: string): BookLinkTargets => ({
  base,
  site: new URL('https://jiangan-fupin.github.io'),
  module: (id) => `m-${id}`,
  term: (id) => `term-${id}`,
  policy: (id) => `policy-${id}`,
});

describe('bookHref', () => {
  const t = targets('/');
  it('turns site pages the book contains into links within the book', () => {
    expect(bookHref('/glossary/liuge-jingzhun/', t)).toBe('#term-liuge-jingzhun');
    expect(bookHref('/glossary/liuge-jingzhun/#item-3', t)).toBe('#term-liuge-jingzhun');
    expect(bookHref('/modules/xiaoe-xindai/', t)).toBe('#m-xiaoe-xindai');
    expect(bookHref('/policies/guokaibanfa-2014-78/', t)).toBe('#policy-guokaibanfa-2014-78');
  });
  it('sends every other site link to the public site, never to the printing machine', () => {
    expect(bookHref('/search/?q=贴息', t)).toBe('https://jiangan-fupin.github.io/search/?q=%E8%B4%B4%E6%81%AF');
    expect(bookHref('/glossary/', t)).toBe('https://jiangan-fupin.github.io/glossary/');
  });
  it('leaves in-page anchors and outside addresses alone', () => {
    expect(bookHref('#mulu', t)).toBe('#mulu');
    expect(bookHref('https://www.gov.cn/', t)).toBe('https://www.gov.cn/');
    expect(bookHref('mailto:fupin@example.org', t)).toBe('mailto:fupin@example.org');
  });
  it('works under a sub-path', () => {
    const sub = targets('/fupin/');
    expect(bookHref('/fupin/glossary/wuge-yipi/', sub)).toBe('#term-wuge-yipi');
    expect(bookHref('/fupin/programme/', sub)).toBe('https://jiangan-fupin.github.io/fupin/programme/');
  });
});

describe('bookLinks', () => {
  it('rewrites the href of links only', () => {
    const html = '<p>按<a class="term-link" href="/glossary/wuge-yipi/">五个一批</a>，见 href="/glossary/x/"。<link href="/glossary/wuge-yipi/"></p>';
    expect(bookLinks(html, targets('/'))).toBe('<p>按<a class="term-link" href="#term-wuge-yipi">五个一批</a>，见 href="/glossary/x/"。<link href="/glossary/wuge-yipi/"></p>');
  });
});
