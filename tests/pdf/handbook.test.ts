import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitModule } from '../content/fixtures.ts';
import { BOOK_RUNNING_HEAD, moduleTitle, PARTS } from '../../src/print/book.ts';
import { PAPER_SPECS, PAPERS, pdfFileName, pointSize, type Paper } from '../../src/print/paper.ts';
import { bodyLines, folio, printsHeading, readToc, type PrintedTocEntry } from './book-text.ts';
import { readHandbookHtml, type HandbookHtml } from './handbook-html.ts';
import { pageSizes, pageTexts, pdfFonts, pdfInfo, pdfOutline, squeeze, wordBoxes, type WordBox } from './poppler.ts';

/**
 * The bound handbook as a printer receives it: tests on the real PDF that `npm run build`
 * (or `npm run pdf -- --paper A5`) wrote into dist/. Run with `npm run test:pdf`.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
// HANDBOOK_DIST tests another build than dist/ (npm run pdf -- --dist …).
const DIST = path.resolve(ROOT, process.env.HANDBOOK_DIST ?? 'dist');
const MM_TO_PT = 72 / 25.4;

const modules = readdirSync(path.join(ROOT, 'src/content/modules'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => parse(splitModule(readFileSync(path.join(ROOT, 'src/content/modules', f), 'utf8')).yaml) as { title: string; order: number })
  .sort((a, b) => a.order - b.order)
  .map((m) => moduleTitle(m.order, m.title));
const parts = Object.values(PARTS).map((p) => p.title);

it('the default A4 PDF has been built (npm run build)', () => {
  expect(existsSync(path.join(DIST, pdfFileName('A4'))), '找不到 dist/handbook.pdf：先运行 npm run build').toBe(true);
});

const built = PAPERS.filter((paper) => existsSync(path.join(DIST, pdfFileName(paper))));

describe.each(built)('%s PDF', (paper: Paper) => {
  const file = path.join(DIST, pdfFileName(paper));
  let pages: string[];
  let html: HandbookHtml;
  let heads: Set<string>;
  let toc: PrintedTocEntry[];
  let tocPage: number;

  beforeAll(() => {
    pages = pageTexts(file);
    html = readHandbookHtml(readFileSync(path.join(DIST, 'handbook/index.html'), 'utf8'));
    heads = new Set([BOOK_RUNNING_HEAD, ...html.runningHeads].map(squeeze));
    ({ entries: toc, firstPage: tocPage } = readToc(pages, heads, PARTS.toc.title));
  });

  it(`every page is ${paper} (${pointSize(paper).width} × ${pointSize(paper).height} pt)`, () => {
    const count = Number(pdfInfo(file).Pages);
    expect(count).toBe(pages.length);
    const sizes = pageSizes(file, count);
    expect(sizes.length).toBe(count);
    expect([...new Set(sizes)]).toEqual([`${pointSize(paper).width}x${pointSize(paper).height}`]);
  });

  it('is a tagged PDF', () => expect(pdfInfo(file).Tagged).toBe('yes'));

  it('embeds every font, and only the two Noto CJK families of the book', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded).map((f) => f.name)).toEqual([]);
    // Subset prefix (ABCDEF+) then the family: anything else is a fallback font Chromium
    // reached for because a glyph was missing.
    expect(fonts.filter((f) => !/^[A-Z]{6}\+NotoS(?:erif|ans)SC/.test(f.name)).map((f) => `${f.name} (${f.type})`)).toEqual([]);
    expect(fonts.some((f) => f.name.includes('NotoSerifSC'))).toBe(true);
    expect(fonts.some((f) => f.name.includes('NotoSansSC'))).toBe(true);
  });

  it('prints no missing-glyph boxes', () => {
    const boxes = pages.flatMap((text, i) => [...text.matchAll(/[\u25A1\uFFFD\u0000]/g)].map((m) => `第 ${i + 1} 页：U+${m[0].codePointAt(0)!.toString(16).toUpperCase()}`));
    expect(boxes).toEqual([]);
  });

  it('prints every module title and every part as a heading', () => {
    const missing = [...modules, ...parts].filter((title) => !pages.some((p) => printsHeading(p, title)));
    expect(missing).toEqual([]);
  });

  it('has a 目录 with every entry of the print page, in order', () => {
    expect(toc.map((e) => e.text)).toEqual(html.toc.map((e) => squeeze(e.text)));
    expect(toc.length).toBeGreaterThan(modules.length + parts.length - 2);
  });

  it('prints each 目录 heading on the very page the 目录 names, under that folio', () => {
    const wrong = toc.flatMap((entry) => {
      const page = pages[entry.page - 1] ?? '';
      const problems = [];
      if (!printsHeading(page, entry.text)) problems.push(`“${entry.text}”不在第 ${entry.page} 页`);
      if (folio(page) !== entry.page) problems.push(`第 ${entry.page} 页的页码印的是 ${folio(page)}`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('opens every module, part and appendix on a right-hand (odd) page', () => {
    const chapters = toc.filter((_, i) => html.toc[i]?.level === 1);
    expect(chapters.map((c) => c.text)).toEqual([PARTS.programme.title, ...modules, ...parts.slice(2)].map(squeeze));
    const opening = chapters.filter((c) => c.text !== squeeze(PARTS.colophon.title));
    expect(opening.filter((c) => c.page % 2 === 0).map((c) => `${c.text}：第 ${c.page} 页`)).toEqual([]);
  });

  it('ends with the colophon on the last, left-hand page, so the page count is even', () => {
    const colophon = toc.find((c) => c.text === squeeze(PARTS.colophon.title));
    expect(pages.length % 2).toBe(0);
    expect(colophon?.page).toBe(pages.length);
  });

  it('has a bookmark for every module, part and appendix, at the page the 目录 names', () => {
    const outline = pdfOutline(file);
    const top = new Map(outline.filter((o) => o.depth === 1).map((o) => [squeeze(o.title), o.page]));
    const chapters = toc.filter((_, i) => html.toc[i]?.level === 1);
    const wrong = [{ text: squeeze(PARTS.toc.title), page: tocPage }, ...chapters]
      .filter((c) => top.get(c.text) !== c.page)
      .map((c) => `${c.text}：书签 ${top.get(c.text) ?? '缺失'}，目录 ${c.page}`);
    expect(wrong).toEqual([]);
    // Sections of the modules are bookmarked too, one level down.
    expect(outline.filter((o) => o.depth === 2).length).toBeGreaterThan(modules.length * 3);
  });

  it('leaves no heading alone at the foot of a page', () => {
    const headings = new Set(html.headings.map(squeeze).filter(Boolean));
    const stranded = pages.flatMap((page, i) => {
      const lines = bodyLines(page, heads).map(squeeze);
      const last = lines.at(-1) ?? '';
      const lastTwo = (lines.at(-2) ?? '') + last;
      return headings.has(last) || headings.has(lastTwo) ? [`第 ${i + 1} 页：${last}`] : [];
    });
    expect(stranded).toEqual([]);
  });

  it('keeps all text inside the type area, so no table is cut at the side', () => {
    const { margin } = PAPER_SPECS[paper];
    const outside = wordBoxes(file).flatMap((page, i) => {
      // Page 1 is a right-hand page: its binding edge (inner margin) is on the left.
      const right = (i + 1) % 2 === 1;
      const left = (right ? margin.inner : margin.outer) * MM_TO_PT;
      const limit = page.width - (right ? margin.outer : margin.inner) * MM_TO_PT;
      return page.words
        .filter((w) => w.xMin < left - 1.5 - trimmed(w.text.at(0), w) || w.xMax > limit + 1.5 + trimmed(w.text.at(-1), w))
        .map((w) => `第 ${i + 1} 页：“${w.text}” ${w.xMin.toFixed(0)}–${w.xMax.toFixed(0)} pt（版心 ${left.toFixed(0)}–${limit.toFixed(0)}）`);
    });
    expect(outside.slice(0, 20)).toEqual([]);
  });

  it('points every “见附录…第 N 页” reference into that appendix', () => {
    const start = (title: string) => toc.find((e) => e.text === squeeze(title))!.page;
    const ranges = {
      一: [start(PARTS.glossary.title), start(PARTS.answers.title)],
      二: [start(PARTS.answers.title), start(PARTS.policies.title)],
      三: [start(PARTS.policies.title), start(PARTS.colophon.title)],
    } as Record<string, [number, number]>;
    const refs = [...squeeze(pages.join('\n')).matchAll(/附录([一二三])第(\d+)页/g)].map((m) => ({ appendix: m[1]!, page: Number(m[2]) }));
    // Each module refers to its answers, its policies and (most) its terms.
    expect(refs.length).toBeGreaterThan(modules.length * 3);
    const outside = refs.filter(({ appendix, page }) => page < ranges[appendix]![0] || page >= ranges[appendix]![1]);
    expect(outside.map((r) => `附录${r.appendix}第${r.page}页`)).toEqual([]);
  });

  it('links only within the book or to public addresses, never to the machine that printed it', () => {
    // Chromium writes link annotations uncompressed: /URI (…) leaves the book, /Dest /… stays in it.
    const raw = readFileSync(file, 'latin1');
    const uris = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);
    expect(uris.filter((u) => /127\.0\.0\.1|localhost/.test(u) || !/^https:\/\//.test(u))).toEqual([]);
    // The 目录 alone links every entry to its page; term and policy references add more.
    expect([...raw.matchAll(/\/Dest \//g)].length).toBeGreaterThanOrEqual(toc.length);
  });

  /**
   * Chromium sets a full-width bracket or quote at a line's start or end on half its width
   * (text-spacing-trim), but the PDF keeps the glyph's full advance, so its box pokes half
   * an em into the margin while its ink stays inside. Allow that much, for those marks only.
   */
  const trimmed = (char: string | undefined, word: WordBox) => (char && /[“”‘’（）《》〈〉「」『』【】〔〕，。、；：！？]/.test(char) ? word.height / 2 : 0);

  it('sends each module’s readers to the page that holds its self-check answers', () => {
    const starts = toc.filter((e) => /^第\d+讲/.test(e.text));
    expect(starts.length).toBe(modules.length);
    const wrong = starts.flatMap((start, k) => {
      const end = starts[k + 1]?.page ?? start.page + 40;
      const text = squeeze(pages.slice(start.page - 1, end - 1).join('\n'));
      const ref = /对照附录二第(\d+)页的参考答案/.exec(text);
      if (!ref) return [`${start.text}：没有印出答案所在页`];
      const target = pages[Number(ref[1]) - 1] ?? '';
      return printsHeading(target, start.text) ? [] : [`${start.text}：答案页 ${ref[1]} 上没有本讲的答案`];
    });
    expect(wrong).toEqual([]);
  });
});
