import { describe, expect, it } from 'vitest';
import { prefixIds, scopedId } from '../../src/print/prefix-ids.ts';

describe('scopedId', () => {
  it('keeps a short ASCII id readable', () => expect(scopedId('m7--', 'item-3')).toBe('m7--item-3'));
  it('turns a Chinese slug into a short, stable ASCII id', () => {
    const id = scopedId('xiaoe-xindai--', '常见问题与易错点');
    expect(id).toMatch(/^xiaoe-xindai--h[0-9a-z]+$/);
    expect(id.length).toBeLessThan(30);
    expect(scopedId('xiaoe-xindai--', '常见问题与易错点')).toBe(id);
    expect(scopedId('xiaoe-xindai--', '村级工作步骤')).not.toBe(id);
  });
});

describe('prefixIds', () => {
  const p = 'm1--';
  it('renames ids and the same-page links that point at them', () => {
    const html = '<h2 id="本模块的定位">本模块的定位</h2><p>见<a href="#%E6%9C%AC%E6%A8%A1%E5%9D%97%E7%9A%84%E5%AE%9A%E4%BD%8D">上文</a></p>';
    const out = prefixIds(html, p);
    const id = scopedId(p, '本模块的定位');
    expect(out).toContain(`<h2 id="${id}">`);
    expect(out).toContain(`<a href="#${id}">`);
  });
  it('leaves links to other pages, and their anchors, alone', () => {
    const html = '<a class="term-link" href="/glossary/liuge-jingzhun/#item-3">六个精准</a>';
    expect(prefixIds(html, p)).toBe(html);
  });
  it('follows ARIA and label references, including lists of ids', () => {
    const html = '<button aria-controls="pop" aria-describedby="a b"></button><label for="x"></label><div id="pop"></div>';
    expect(prefixIds(html, p)).toBe('<button aria-controls="m1--pop" aria-describedby="m1--a m1--b"></button><label for="m1--x"></label><div id="m1--pop"></div>');
  });
  it('rewrites attributes only inside tags, never prose that looks like one', () => {
    const html = '<p>写成 id="x" 的文字</p>';
    expect(prefixIds(html, p)).toBe(html);
  });
  it('does not touch data-id or other attributes ending in id', () => {
    const html = '<div data-id="x" id="y"></div>';
    expect(prefixIds(html, p)).toBe('<div data-id="x" id="m1--y"></div>');
  });
});
