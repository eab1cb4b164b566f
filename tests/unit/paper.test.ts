import { describe, expect, it } from 'vitest';
import { DEFAULT_PAPER, PAPER_SPECS, paperCss, parsePaper, pdfFileName, pointSize } from '../../src/print/paper.ts';

describe('parsePaper', () => {
  it('defaults to A4', () => {
    expect(parsePaper(undefined)).toBe('A4');
    expect(parsePaper('')).toBe(DEFAULT_PAPER);
  });
  it('accepts any case', () => expect(parsePaper(' a5 ')).toBe('A5'));
  it('refuses a paper the book is not set for, naming the choices', () => {
    expect(() => parsePaper('A3')).toThrow('不支持的纸张：A3。可选：A4、B5、A5');
    expect(() => parsePaper('letter')).toThrow(RangeError);
  });
});

describe('pointSize', () => {
  it('gives the sizes pdfinfo reports', () => {
    expect(pointSize('A4')).toEqual({ width: 595, height: 842 });
    expect(pointSize('A5')).toEqual({ width: 420, height: 595 });
    expect(pointSize('B5')).toEqual({ width: 499, height: 709 });
  });
});

describe('pdfFileName', () => {
  it('keeps the plain name for the default paper', () => expect(pdfFileName('A4')).toBe('handbook.pdf'));
  it('marks the others', () => {
    expect(pdfFileName('A5')).toBe('handbook-a5.pdf');
    expect(pdfFileName('B5')).toBe('handbook-b5.pdf');
  });
});

describe('paperCss', () => {
  it('sets the trim size and mirrors the margins: gutter on the left of right-hand pages', () => {
    const css = paperCss('A5');
    const { margin } = PAPER_SPECS.A5;
    expect(css).toContain('size: 148mm 210mm;');
    expect(css).toContain(`@page :right { margin-left: ${margin.inner}mm; margin-right: ${margin.outer}mm; }`);
    expect(css).toContain(`@page :left { margin-left: ${margin.outer}mm; margin-right: ${margin.inner}mm; }`);
  });
  it('gives the cover the exact text height and sets the body size', () => {
    const { height, margin, fontSize } = PAPER_SPECS.A4;
    expect(paperCss('A4')).toContain(`--text-height: ${height - margin.top - margin.bottom}mm`);
    expect(paperCss('A4')).toContain(`--body-size: ${fontSize}pt`);
  });
  it('always binds on a wider margin than the fore-edge', () => {
    for (const spec of Object.values(PAPER_SPECS)) expect(spec.margin.inner).toBeGreaterThan(spec.margin.outer);
  });
});
