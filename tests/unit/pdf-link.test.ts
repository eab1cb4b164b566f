import { describe, expect, it } from 'vitest';
import { fillPdfLink, pdfLinkHtml } from '../../src/print/pdf-link.ts';

const facts = { paper: 'A4', href: '/handbook.pdf', pages: 124, bytes: 3_050_000 } as const;

describe('fillPdfLink', () => {
  const page = '<p>印刷版：<a href="/handbook/">整本</a>。<span data-pdf-link="A4"></span></p>';
  it('puts the link and its size into the empty slot', () => {
    const { html, filled } = fillPdfLink(page, facts);
    expect(filled).toBe(1);
    expect(html).toContain('<span data-pdf-link="A4">排好版的书稿：<a href="/handbook.pdf" type="application/pdf" download>下载 PDF</a><small data-pdf-size>（A4，124 页，2.9 MB）</small>。</span>');
  });
  it('replaces old figures when run again, never nesting', () => {
    const once = fillPdfLink(page, facts).html;
    const twice = fillPdfLink(once, { ...facts, pages: 130 }).html;
    expect(twice).toContain('130 页');
    expect(twice).not.toContain('124 页');
    expect(twice.match(/下载 PDF/g)).toHaveLength(1);
  });
  it('fills only the slot for its paper', () => {
    const { html, filled } = fillPdfLink('<span data-pdf-link="A5"></span>', facts);
    expect(filled).toBe(0);
    expect(html).toBe('<span data-pdf-link="A5"></span>');
  });
  it('leaves a page without a slot untouched', () => expect(fillPdfLink('<p>无</p>', facts)).toEqual({ html: '<p>无</p>', filled: 0 }));
});

describe('pdfLinkHtml', () => {
  it('uses the base the site is served under', () => {
    expect(pdfLinkHtml({ ...facts, href: '/handbook-site/handbook.pdf' })).toContain('href="/handbook-site/handbook.pdf"');
  });
});
