import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrSvg, shortUrl } from '../../src/print/qr.ts';

describe('shortUrl', () => {
  it('drops the scheme only', () => {
    expect(shortUrl('https://jiangan-fupin.github.io/modules/xiaoe-xindai/')).toBe('jiangan-fupin.github.io/modules/xiaoe-xindai/');
    expect(shortUrl(new URL('https://example.org/handbook/?v=1'))).toBe('example.org/handbook/?v=1');
  });
});

describe('qrSvg', () => {
  const url = 'https://jiangan-fupin.github.io/modules/xiaoe-xindai/';
  it('is an inline SVG named for screen readers and the tagged PDF', async () => {
    const svg = await qrSvg(url, '本讲网络版二维码：<地址> & "引号"');
    expect(svg).toMatch(/^<svg role="img" aria-label="本讲网络版二维码：&lt;地址> &amp; &quot;引号&quot;" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });
  it('encodes exactly the address, with a two-module quiet zone', async () => {
    const svg = await qrSvg(url, 'x');
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
    expect(side).toBe(modules.size + 4);
  });
  it('is the same for the same address, so rebuilds do not churn', async () => {
    expect(await qrSvg(url, 'x')).toBe(await qrSvg(url, 'x'));
    expect(await qrSvg(url, 'x')).not.toBe(await qrSvg(`${url}?v=2`, 'x'));
  });
});
