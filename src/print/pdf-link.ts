import { formatFileSize } from '../format/file-size.ts';
import type { Paper } from './paper.ts';

/**
 * The PDF is printed after the HTML is built, so pages cannot know its size. They carry
 * an empty slot (`<span data-pdf-link="A4"></span>`) and the PDF script fills it in.
 * Without a PDF the slot stays empty: no link at all rather than a broken one.
 */

export interface PdfFacts {
  paper: Paper;
  /** Link target with the site's base applied, e.g. /handbook.pdf. */
  href: string;
  pages: number;
  bytes: number;
}

const slot = (paper: Paper) => new RegExp(`(<span data-pdf-link="${paper}"[^>]*>)[\\s\\S]*?(</span>)`, 'g');

/** The link as a reader sees it: 下载 PDF（A4，212 页，8.4 MB）. */
export function pdfLinkHtml({ paper, href, pages, bytes }: PdfFacts): string {
  return `排好版的书稿：<a href="${href}" type="application/pdf" download>下载 PDF</a><small data-pdf-size>（${paper}，${pages} 页，${formatFileSize(bytes)}）</small>。`;
}

/** Fills every slot for this paper; running it again replaces the old figures. */
export function fillPdfLink(html: string, facts: PdfFacts): { html: string; filled: number } {
  let filled = 0;
  const out = html.replace(slot(facts.paper), (_, open: string, close: string) => {
    filled += 1;
    return `${open}${pdfLinkHtml(facts)}${close}`;
  });
  return { html: out, filled };
}
