/**
 * Paper sizes of the printed handbook and the page geometry that goes with each.
 * One source for the print page's CSS, the PDF script's file names and the PDF tests'
 * expected page sizes, so the three never disagree.
 */

export const PAPERS = ['A4', 'B5', 'A5'] as const;
export type Paper = (typeof PAPERS)[number];
export const DEFAULT_PAPER: Paper = 'A4';

export interface PaperSpec {
  /** Trim size in millimetres (ISO 216). */
  width: number;
  height: number;
  /** Margins in millimetres; `inner` is the binding side (gutter), `outer` the fore-edge. */
  margin: { top: number; bottom: number; inner: number; outer: number };
  /** Body text size in points: 五号 (10.5 pt) on A4, a little smaller on the smaller books. */
  fontSize: number;
}

export const PAPER_SPECS: Record<Paper, PaperSpec> = {
  A4: { width: 210, height: 297, margin: { top: 24, bottom: 24, inner: 28, outer: 20 }, fontSize: 10.5 },
  B5: { width: 176, height: 250, margin: { top: 21, bottom: 21, inner: 23, outer: 16 }, fontSize: 10 },
  A5: { width: 148, height: 210, margin: { top: 17, bottom: 18, inner: 19, outer: 13 }, fontSize: 9.5 },
};

/** Reads a --paper value, case-insensitively; anything else is a mistake worth stopping for. */
export function parsePaper(value: string | undefined): Paper {
  if (value === undefined || value === '') return DEFAULT_PAPER;
  const upper = value.trim().toUpperCase();
  const paper = PAPERS.find((p) => p === upper);
  if (!paper) throw new RangeError(`不支持的纸张：${value}。可选：${PAPERS.join('、')}`);
  return paper;
}

/** dist/handbook.pdf for the default paper, dist/handbook-a5.pdf and so on for the others. */
export function pdfFileName(paper: Paper): string {
  return paper === DEFAULT_PAPER ? 'handbook.pdf' : `handbook-${paper.toLowerCase()}.pdf`;
}

const POINTS_PER_MM = 72 / 25.4;

/** Page size in PostScript points, as pdfinfo reports it (A4 → 595 × 842). */
export function pointSize(paper: Paper): { width: number; height: number } {
  const { width, height } = PAPER_SPECS[paper];
  return { width: Math.round(width * POINTS_PER_MM), height: Math.round(height * POINTS_PER_MM) };
}

/**
 * The paper-dependent CSS: trim size, mirrored margins (page 1 is a right-hand page, so
 * its inner margin is on the left) and the body size. Everything else in the print
 * stylesheet is in em, so it scales with the paper.
 */
export function paperCss(paper: Paper): string {
  const { width, height, margin, fontSize } = PAPER_SPECS[paper];
  const mm = (n: number) => `${n}mm`;
  return [
    `@page { size: ${mm(width)} ${mm(height)}; margin: ${mm(margin.top)} ${mm(margin.outer)} ${mm(margin.bottom)} ${mm(margin.inner)}; }`,
    `@page :right { margin-left: ${mm(margin.inner)}; margin-right: ${mm(margin.outer)}; }`,
    `@page :left { margin-left: ${mm(margin.outer)}; margin-right: ${mm(margin.inner)}; }`,
    // --text-height lets the cover fill exactly one page.
    `:root { --body-size: ${fontSize}pt; --text-height: ${mm(height - margin.top - margin.bottom)}; }`,
  ].join('\n');
}
