/**
 * Chinese text written across several YAML lines: a folded block (`>-`) joins lines with
 * a space, which is wrong between Chinese characters. Remove whitespace that sits between
 * two CJK characters or full-width punctuation marks; keep it around Latin words and digits.
 */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’—…';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'gu');

export function joinChineseLines(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '');
}
