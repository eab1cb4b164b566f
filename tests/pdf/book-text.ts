import { squeeze } from './poppler.ts';

/** Reading a printed book's text the way a reader checks it: 目录 lines, folios, headings. */

export interface PrintedTocEntry {
  text: string;
  page: number;
}

/** A 目录 line: its text, dot leaders (not text), then the page number at the right. */
const TOC_LINE = /^\s*(\S.*?)\s+(\d+)\s*$/;

/**
 * The 目录 as printed: from the page whose heading is 目录, every line ending in a page
 * number, until the page the first entry names (the 目录 stops before the book begins).
 * A line too long for the page continues on the next line without a number; it is joined.
 */
export function readToc(pages: readonly string[], runningHeads: ReadonlySet<string>, heading = '目录'): { entries: PrintedTocEntry[]; firstPage: number } {
  const first = pages.findIndex((p) => p.split('\n').some((l) => l.trim() === heading));
  if (first === -1) return { entries: [], firstPage: -1 };
  const entries: PrintedTocEntry[] = [];
  let pending = '';
  for (let i = first; i < pages.length; i++) {
    if (entries[0] && i + 1 >= entries[0].page) break;
    const lines = bodyLines(pages[i]!, runningHeads);
    for (const line of lines) {
      if (line.trim() === heading) continue;
      const m = TOC_LINE.exec(line);
      if (m) {
        entries.push({ text: squeeze(pending + m[1]!), page: Number(m[2]) });
        pending = '';
      } else pending += line.trim();
    }
  }
  return { entries, firstPage: first + 1 };
}

/**
 * Lines of a page without its running head and folio. `runningHeads` holds every head the
 * book prints (squeezed); a chapter's opening page has none, so the first line is only
 * dropped when it is one of them.
 */
export function bodyLines(page: string, runningHeads: ReadonlySet<string>): string[] {
  const lines = page.split('\n').filter((l) => l.trim());
  const start = lines.length && runningHeads.has(squeeze(lines[0]!)) ? 1 : 0;
  const end = lines.length && /^\s*\d+\s*$/.test(lines.at(-1)!) ? lines.length - 1 : lines.length;
  return lines.slice(start, end);
}

/** The printed page number: the last line, when it is only digits. */
export function folio(page: string): number | undefined {
  const last = page.split('\n').filter((l) => l.trim()).at(-1);
  return last && /^\s*\d+\s*$/.test(last) ? Number(last.trim()) : undefined;
}

/** True when the page prints `heading` as a line of its own (possibly wrapped over lines). */
export function printsHeading(page: string, heading: string): boolean {
  const target = squeeze(heading);
  const lines = page.split('\n').map(squeeze).filter(Boolean);
  for (let i = 0; i < lines.length; i++) {
    let acc = '';
    for (let j = i; j < lines.length && j < i + 4; j++) {
      acc += lines[j];
      if (acc === target) return true;
      if (!target.startsWith(acc)) break;
    }
  }
  return false;
}
