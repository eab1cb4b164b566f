/**
 * Finds glossary terms in running text. Chinese has no spaces, so matching is by
 * position: at each place the longest name that starts there wins, and matches never overlap.
 */

export interface TermName {
  id: string;
  name: string;
}

export interface TermMatch extends TermName {
  start: number;
  end: number;
}

const NUMERAL = /[\d零〇一二两三四五六七八九十百]/u;

/**
 * A term that begins or ends with a number is a different thing when the number goes on:
 * 十五个一批 is not 五个一批, 19个方面突出问题 is not 9个方面突出问题.
 */
function numberContinues(text: string, name: string, start: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[start + name.length] ?? '';
  return (NUMERAL.test(name[0]!) && NUMERAL.test(before)) || (NUMERAL.test(name.at(-1)!) && /\d/.test(after));
}

export function matchTerms(text: string, names: readonly TermName[]): TermMatch[] {
  const longestFirst = [...names].filter((n) => n.name.length > 0).sort((a, b) => b.name.length - a.name.length);
  const matches: TermMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = longestFirst.find((n) => text.startsWith(n.name, i) && !numberContinues(text, n.name, i));
    if (hit) {
      matches.push({ ...hit, start: i, end: i + hit.name.length });
      i += hit.name.length;
    } else i += 1;
  }
  return matches;
}
