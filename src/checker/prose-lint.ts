/**
 * Chinese prose rules for what trainers type: full-width punctuation between Chinese
 * characters, 〔〕 around the year of a 文号, and no spaces inside Chinese text.
 * Works on one string; callers decide what is prose (not code, URLs or markup) and map
 * each problem's index back to a line and column.
 */

export interface ProseProblem {
  /** Index in the checked string where the problem starts. */
  index: number;
  message: string;
}

export interface ProseOptions {
  /** Names that keep their spaces, e.g. a policy title 中共中央 国务院关于…: skip the space rule. */
  allowSpaces?: boolean;
}

const HAN = '\\p{Script=Han}';
/** Marks that open or close Chinese text: a half-width mark beside them is still Chinese prose. */
const OPENING = '“‘《（〔【「『';
const CLOSING = '”’》）〕】」』';
const CJK_PUNCTUATION = '，。、；：？！…—“”‘’《》（）〔〕【】「」『』';

const FULL_WIDTH: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '?': '？', '!': '！' };

/** A half-width mark after Chinese, or (except the full stop, as in v2.0) before it. */
const HALF_WIDTH = new RegExp(
  `(?<=[${HAN}${CLOSING}])(?:\\.{3,6}|[,;:?!]|\\.(?![A-Za-z0-9]))|[,;:?!](?=[${HAN}${OPENING}])`,
  'gu',
);

/** 国开办发[2014]78号, 国开办发(2014)78号, 国开办发〔2014]78号 …: any bracket pair around a year. */
const DOC_NUMBER = /([\p{Script=Han}]{2,6})(\s*)([[(（【［〔{｛])(\s*)(\d{4})(\s*)([\])）】］〕}｝])(\s*)(\d+)(\s*)号/gu;

const LEADING_WORD = /^(?:依据|根据|按照|依照|参照|对照|执行|落实|贯彻|印发|下发|转发|即|和|与|及|或|是|见)(?=\p{Script=Han}{2})/u;

const SPACE = new RegExp(`(?<=[${HAN}${CJK_PUNCTUATION}])[ \\t\\u3000]+(?=[${HAN}${CJK_PUNCTUATION}])`, 'gu');
const BOOK_TITLE = /《[^《》\n]*》/g;
/** Web addresses and e-mail: their dots and colons are not punctuation. */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s，。；？！、“”《》（）<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/** Replaces web addresses with neutral characters of the same length, so indexes still match. */
function maskAddresses(text: string): string {
  return text.replace(ADDRESS, (m) => '\uFFFC'.repeat(m.length));
}

/** A few characters around a problem, to quote in the message; code and markup show as “…”. */
function context(text: string, index: number, length: number): string {
  return text
    .slice(Math.max(0, index - 4), index + length + 4)
    .replace(/\uFFFC+/g, '…')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function halfWidthPunctuation(text: string, masked: string): ProseProblem[] {
  return [...masked.matchAll(HALF_WIDTH)].map((m) => {
    const mark = m[0];
    const fix = mark.startsWith('...') ? '……' : FULL_WIDTH[mark]!;
    const what = mark.startsWith('...') ? '省略号' : `半角标点“${mark}”`;
    return { index: m.index, message: `中文里的${what}应改为全角“${fix}”：“${context(text, m.index, mark.length)}”` };
  });
}

function docNumberBrackets(masked: string): ProseProblem[] {
  const problems: ProseProblem[] = [];
  for (const m of masked.matchAll(DOC_NUMBER)) {
    const [matched, written, s1, open, s2, year, s3, close, s4, serial, s5] = m as unknown as string[];
    // The issuer's code has no fixed length: drop a word that often precedes it (依据国开办发…).
    const lead = LEADING_WORD.exec(written!)?.[0] ?? '';
    const issuer = written!.slice(lead.length);
    const whole = matched!.slice(lead.length);
    const spaced = [s1, s2, s3, s4, s5].some((s) => s);
    if (open === '〔' && close === '〕' && !spaced) continue;
    const correct = `${issuer}〔${year}〕${serial}号`;
    const why = spaced && open === '〔' && close === '〕' ? '文号中不要有空格' : '文号的年份要用六角括号〔〕括起';
    problems.push({ index: m.index + lead.length, message: `${why}：“${whole}”应写成“${correct}”` });
  }
  return problems;
}

function spacesInChinese(text: string, masked: string): ProseProblem[] {
  const titles = [...masked.matchAll(BOOK_TITLE)].map((m) => [m.index, m.index + m[0].length] as const);
  return [...masked.matchAll(SPACE)]
    // 《中共中央 国务院关于…》: joint issuers in a document's title are separated by a space.
    .filter((m) => !titles.some(([start, end]) => m.index > start && m.index < end))
    .map((m) => ({ index: m.index, message: `中文之间不要加空格，请删去“${context(text, m.index, m[0].length)}”中的空格` }));
}

/** Every problem in a piece of prose, in order of position. */
export function lintProse(text: string, options: ProseOptions = {}): ProseProblem[] {
  const masked = maskAddresses(text);
  return [
    ...halfWidthPunctuation(text, masked),
    ...docNumberBrackets(masked),
    ...(options.allowSpaces ? [] : spacesInChinese(text, masked)),
  ].sort((a, b) => a.index - b.index);
}
