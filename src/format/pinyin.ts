import { pinyin } from 'pinyin-pro';

/**
 * Pinyin for ordering and finding Chinese terms. Digits are read as Chinese numbers first,
 * so 3+10组合拳 sorts as “san jia shi …” and 9个方面 as “jiu ge …”, where a reader looks for them.
 */

const DIGITS = '零一二三四五六七八九';

/** 3 → 三, 10 → 十, 19 → 十九, 23 → 二十三 (0–99; larger numbers digit by digit). */
function readNumber(digits: string): string {
  const n = Number(digits);
  if (n < 10) return DIGITS[n]!;
  if (n < 100) return `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return [...digits].map((d) => DIGITS[Number(d)]).join('');
}

/** The text as it is read aloud: digits in Chinese, “+” as 加. */
export function spokenForm(text: string): string {
  return text.replace(/\d+/g, readNumber).replace(/\+/g, '加');
}

/** Toneless syllables separated by spaces: 六个精准 → “liu ge jing zhun”. */
export function pinyinOf(text: string): string {
  return pinyin(spokenForm(text), { toneType: 'none', type: 'array', nonZh: 'removed' }).join(' ');
}

/** Full pinyin without spaces and initials: 六个精准 → liugejingzhun, lgjz. */
export function pinyinForms(text: string): { full: string; initials: string } {
  const syllables = pinyinOf(text).split(' ').filter(Boolean);
  return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}

/** Sorted by pinyin, then by the characters themselves for homophones. */
export function sortByPinyin<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items]
    .map((item) => ({ item, key: pinyinOf(nameOf(item)) }))
    .sort((a, b) => a.key.localeCompare(b.key, 'en') || nameOf(a.item).localeCompare(nameOf(b.item), 'zh'))
    .map(({ item }) => item);
}

/** Items grouped under the capital initial of their pinyin, groups in alphabetical order. */
export function groupByInitial<T>(items: readonly T[], nameOf: (item: T) => string): { letter: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of sortByPinyin(items, nameOf)) {
    const letter = pinyinOf(nameOf(item)).charAt(0).toUpperCase() || '#';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].map(([letter, grouped]) => ({ letter, items: grouped }));
}
