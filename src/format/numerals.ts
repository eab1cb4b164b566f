/**
 * Numbers written in policy terms: 三个全部, 9个方面突出问题, 3+10组合拳.
 * The number in a term's name is a promise about its items; these helpers read it.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Parses 1–99 written in Arabic digits or Chinese numerals (三, 十, 十二, 二十三). */
export function parseNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 0) return null;
  const ten = text.indexOf('十');
  if (ten === -1) return text.length === 1 && text in DIGITS ? DIGITS[text]! : null;
  const tens = ten === 0 ? 1 : DIGITS[text.slice(0, ten)];
  const onesText = text.slice(ten + 1);
  const ones = onesText === '' ? 0 : DIGITS[onesText];
  if (tens === undefined || ones === undefined || ten > 1 || onesText.length > 1) return null;
  return tens * 10 + ones;
}

const NUMERAL = '(?:\\d+|[零〇一二两三四五六七八九十]+)';
const LEADING_COUNT = new RegExp(`^(${NUMERAL}(?:\\+${NUMERAL})*)(?=[个大项条方组])`);

/**
 * The item counts a term's name promises: 六个精准 → [6], 3+10组合拳 → [3, 10].
 * Returns null when the name carries no leading count.
 */
export function expectedCounts(term: string): number[] | null {
  const match = LEADING_COUNT.exec(term);
  if (!match) return null;
  const counts = match[1]!.split('+').map(parseNumeral);
  return counts.every((n): n is number => n !== null) ? counts : null;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Footnote marks as printed in the report: 5 → ⑤. */
export function circled(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > CIRCLED.length) throw new RangeError(`无法表示为圈码的数字：${n}`);
  return CIRCLED[n - 1]!;
}
