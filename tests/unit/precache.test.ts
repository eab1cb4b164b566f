import { describe, expect, it } from 'vitest';
import { editionId, precacheUrls, referencedAssets } from '../../src/offline/precache.ts';

const files = [
  'index.html',
  'modules/xiaoe-xindai/index.html',
  'handbook/index.html',
  'handbook.pdf',
  'sw.js',
  '_astro/Base.abc.css',
  '_astro/index.print.css',
  '_astro/noto-serif-sc-5-400-normal.woff2',
  '_astro/search.chunk.js',
  'pagefind/pagefind.js',
  'pagefind/pagefind-ui.js',
  'pagefind/fragment/zh-cn_1.pf_fragment',
  'search-shortcuts.json',
];

describe('precacheUrls', () => {
  it('keeps pages, the styles they use, every script and the search index; leaves out print, PDF and fonts', () => {
    expect(precacheUrls(files, '/', new Set(['_astro/Base.abc.css']))).toEqual([
      '/',
      '/_astro/Base.abc.css',
      '/_astro/search.chunk.js',
      '/modules/xiaoe-xindai/',
      '/pagefind/fragment/zh-cn_1.pf_fragment',
      '/pagefind/pagefind.js',
      '/search-shortcuts.json',
    ]);
  });
  it('puts every URL under the base', () => {
    expect(precacheUrls(['index.html', 'glossary/index.html'], '/handbook', new Set())).toEqual(['/handbook/', '/handbook/glossary/']);
  });
});

describe('referencedAssets', () => {
  it('finds the bundled files a page links to, with or without a base', () => {
    const html = '<link rel="stylesheet" href="/handbook/_astro/Base.abc.css"><script type="module" src="/_astro/x.js?v=1"></script><a href="/modules/">';
    expect(referencedAssets(html)).toEqual(['_astro/Base.abc.css', '_astro/x.js']);
  });
});

describe('editionId', () => {
  it('is a short, stable prefix of the content hash', () => expect(editionId('3221865bee15aa77')).toBe('3221865bee15'));
});
