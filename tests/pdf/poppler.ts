import { execFileSync } from 'node:child_process';

/**
 * Reading the built PDF with poppler-utils, the tools a print shop's preflight also uses:
 * pdftotext (text by page and word boxes), pdfinfo, pdffonts, and pdftohtml for bookmarks.
 */

const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

/** Text of every page as laid out (pdftotext -layout); index 0 is page 1. */
export function pageTexts(file: string): string[] {
  const pages = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}

/** Size of every page, rounded to points, as "595x842". */
export function pageSizes(file: string, count: number): string[] {
  const out = run('pdfinfo', ['-f', '1', '-l', String(count), file]);
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** pdffonts' table: columns are fixed-width, found from the dashes under the header. */
export function pdfFonts(file: string): PdfFont[] {
  const lines = run('pdffonts', [file]).split('\n');
  const rule = lines[1] ?? '';
  const cols: [number, number][] = [];
  for (const m of rule.matchAll(/-+/g)) cols.push([m.index!, m.index! + m[0].length]);
  return lines.slice(2).filter((l) => l.trim()).map((l) => {
    const cell = (i: number) => l.slice(cols[i]![0], i + 1 < cols.length ? cols[i + 1]![0] : undefined).trim();
    return { name: cell(0), type: cell(1), embedded: cell(3) === 'yes' };
  });
}

export interface OutlineItem {
  title: string;
  page: number;
  depth: number;
}

/** The PDF's bookmarks (document outline), flattened, from pdftohtml -xml. */
export function pdfOutline(file: string): OutlineItem[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-stdout', '-q', file]);
  const start = xml.indexOf('<outline>');
  if (start === -1) return [];
  const items: OutlineItem[] = [];
  let depth = 0;
  for (const m of xml.slice(start).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (m[0] === '<outline>') depth += 1;
    else if (m[0] === '</outline>') depth -= 1;
    else items.push({ page: Number(m[1]), title: decodeXml(m[2]!), depth });
    if (depth === 0) break;
  }
  return items;
}

export interface WordBox {
  text: string;
  xMin: number;
  xMax: number;
  /** Height of the word's box: about the font size times the font's ascent plus descent. */
  height: number;
}

export interface PageBoxes {
  width: number;
  height: number;
  words: WordBox[];
}

/** Every word's horizontal extent, page by page (pdftotext -bbox-layout), in points. */
export function wordBoxes(file: string): PageBoxes[] {
  const html = run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-']);
  return html.split('<page ').slice(1).map((chunk) => {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
    const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      xMax: Number(m[3]),
      height: Number(m[4]) - Number(m[2]),
      text: decodeXml(m[5]!),
    }));
    return { width: Number(size[1]), height: Number(size[2]), words };
  });
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Text compared without any spacing: layout spaces, full-width spaces and line ends vary. */
export const squeeze = (text: string) => text.replace(/[\s\u3000]+/g, '');
