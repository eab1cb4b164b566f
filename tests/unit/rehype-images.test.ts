import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Element, Root } from 'hast';
import rehypeImages from '../../src/markdown/rehype-images.ts';

const img = (src: string, extra: Record<string, unknown> = {}): Element => ({ type: 'element', tagName: 'img', properties: { src, alt: '图', ...extra }, children: [] });
const run = (nodes: Element[], options: Parameters<typeof rehypeImages>[0]) => {
  const tree: Root = { type: 'root', children: nodes };
  rehypeImages(options)(tree);
  return nodes.map((n) => n.properties);
};
const FIXTURE_PUBLIC = path.resolve(import.meta.dirname, '../fixtures/public');

describe('rehype-images', () => {
  it('makes every image lazy and asynchronous', () => {
    expect(run([img('https://example.org/a.png')], { base: '/', publicDir: FIXTURE_PUBLIC })[0]).toMatchObject({ loading: 'lazy', decoding: 'async' });
  });
  it('gives images from public/images/ their real size, under a sub-path too', () => {
    const [props] = run([img('/handbook/images/xindai-liucheng.png')], { base: '/handbook/', publicDir: FIXTURE_PUBLIC });
    expect(props!.width).toBeGreaterThan(0);
    expect(props!.height).toBeGreaterThan(0);
  });
  it('keeps sizes a trainer wrote, and leaves unreadable files to the checker', () => {
    const dims = () => ({ width: 10, height: 10 });
    expect(run([img('/images/a.png', { width: 300 })], { base: '/', publicDir: '/nowhere', dimensionsOf: dims })[0]!.width).toBe(300);
    expect(run([img('/images/missing.png')], { base: '/', publicDir: '/nowhere' })[0]!.width).toBeUndefined();
  });
});
