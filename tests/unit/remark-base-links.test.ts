import { describe, expect, it } from 'vitest';
import { collectLinks } from '../../src/checker/links.ts';
import { parseMdx } from './mdx.ts';
import remarkBaseLinks from '../../src/markdown/remark-base-links.ts';

function rebase(markdown: string, base: string): string[] {
  const tree = parseMdx(markdown);
  remarkBaseLinks({ base })(tree);
  return collectLinks(tree).map((ref) => ref.url);
}

describe('remarkBaseLinks', () => {
  it('puts the base before links and images written from the site root', () => {
    expect(rebase('[第七讲](/modules/xiaoe-xindai/#政策) ![图](/images/a.png)\n\n<img src="/images/b.png" alt="图" />', '/handbook/')).toEqual([
      '/handbook/modules/xiaoe-xindai/#政策',
      '/handbook/images/a.png',
      '/handbook/images/b.png',
    ]);
  });

  it('leaves anchors, other sites and a root base alone', () => {
    expect(rebase('[上文](#一) [国务院](https://www.gov.cn/) [协议](//example.com/)', '/handbook/')).toEqual(['#一', 'https://www.gov.cn/', '//example.com/']);
    expect(rebase('[第七讲](/modules/xiaoe-xindai/)', '/')).toEqual(['/modules/xiaoe-xindai/']);
  });
});
