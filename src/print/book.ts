import type { Heading } from '../site/outline.ts';
import { scopedId } from './prefix-ids.ts';

/**
 * The bound handbook's order and anchors. The print page, its 目录 and the PDF tests all
 * read the parts from here, so a renamed appendix cannot leave a test or a link behind.
 */

export interface BookPart {
  /** Anchor on the print page (ASCII, like every id on the site). */
  id: string;
  /** Heading as printed, and the bookmark's text. */
  title: string;
  /** Short form for the running head. */
  running: string;
}

/** The running head of every left-hand page. */
export const BOOK_RUNNING_HEAD = '贫困村干部扶贫培训班资料汇编';

const part = (id: string, title: string, running = title): BookPart => ({ id, title, running });

export const PARTS = {
  toc: part('mulu', '目录'),
  programme: part('peixun-anpai', '培训安排'),
  forms: part('kaoping-biaoge', '考评要求与规划模板', '考评要求与规划模板'),
  glossary: part('fulu-shuyu', '附录一　术语', '附录一　术语'),
  answers: part('fulu-daan', '附录二　自测题参考答案', '附录二　自测题答案'),
  policies: part('fulu-zhengce', '附录三　政策文件', '附录三　政策文件'),
  colophon: part('banben-shuoming', '版本说明'),
} as const;

/** Parts before the modules, and after them, in book order. */
export const FRONT_PARTS = [PARTS.programme] as const;
export const BACK_PARTS = [PARTS.forms, PARTS.glossary, PARTS.answers, PARTS.policies, PARTS.colophon] as const;

/** A module's anchor, and the prefix its own ids get so they stay unique on one page. */
export const moduleAnchor = (id: string) => `m-${id}`;
export const moduleIdPrefix = (id: string) => `${id}--`;
/** Anchor of a module's block of answers in 附录二, of a term in 附录一, of a document in 附录三. */
export const answersAnchor = (id: string) => `daan-${id}`;
export const termAnchor = (id: string) => `term-${id}`;
export const policyAnchor = (id: string) => `policy-${id}`;

/** 第 7 讲　扶贫小额信贷: a module's heading, 目录 line and bookmark. */
export const moduleTitle = (order: number, title: string) => `第 ${order} 讲　${title}`;

export interface BookModule {
  id: string;
  order: number;
  title: string;
  headings: readonly Heading[];
}

export interface TocEntry {
  /** Anchor the entry points at (its page number is read from there). */
  target: string;
  text: string;
  level: 1 | 2;
}

/**
 * The 目录: every part and module, and under each module its sections (## headings).
 * Sub-sections (###) stay out so the 目录 fits on a few pages; the bookmarks have them.
 */
export function bookToc(modules: readonly BookModule[]): TocEntry[] {
  const top = (p: BookPart): TocEntry => ({ target: p.id, text: p.title, level: 1 });
  return [
    ...FRONT_PARTS.map(top),
    ...modules.flatMap((m) => [
      { target: moduleAnchor(m.id), text: moduleTitle(m.order, m.title), level: 1 as const },
      ...m.headings
        .filter((h) => h.depth === 2)
        .map((h) => ({ target: scopedId(moduleIdPrefix(m.id), h.slug), text: h.text, level: 2 as const })),
    ]),
    ...BACK_PARTS.map(top),
  ];
}
