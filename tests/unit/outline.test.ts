import { describe, expect, it } from 'vitest';
import { buildOutline, neighbours } from '../../src/site/outline.ts';

describe('buildOutline', () => {
  it('nests ### under the preceding ## and ignores other depths', () => {
    const outline = buildOutline([
      { depth: 3, slug: 'orphan', text: '孤立小节' },
      { depth: 2, slug: 'a', text: '政策要点' },
      { depth: 3, slug: 'a1', text: '额度' },
      { depth: 4, slug: 'deep', text: '更深' },
      { depth: 2, slug: 'b', text: '常见问题' },
    ]);
    expect(outline.map((o) => [o.slug, o.children.map((c) => c.slug)])).toEqual([['a', ['a1']], ['b', []]]);
  });
});

describe('neighbours', () => {
  it('gives previous and next, none past the ends', () => {
    expect(neighbours(['一', '二', '三'], 0)).toEqual({ previous: undefined, next: '二' });
    expect(neighbours(['一', '二', '三'], 2)).toEqual({ previous: '二', next: undefined });
  });
});
