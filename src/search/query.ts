/**
 * Understanding what a reader typed: spaces tidied, and pinyin, initials or a declared
 * alias (liugejingzhun, lgjz, 小贷) resolved to the page and phrase they stand for.
 */

/** A page a query can lead to directly, by one of its names or their pinyin. */
export interface Shortcut {
  url: string;
  title: string;
  kind: string;
  /** The phrase to search for when a reader reaches this page by pinyin or alias. */
  phrase: string;
  /** Title, short title, term, aliases, 文号: matched exactly. */
  names: string[];
  /** Full pinyin and initials of the title or term, without spaces. */
  pinyin: string[];
}

/** Full-width spaces and runs of spaces become one space; Latin letters lower-case. */
export function normalizeQuery(query: string): string {
  return query.replace(/[\s\u3000]+/g, ' ').trim().toLowerCase();
}

/** The words of a query: Chinese has none, so only what the reader separated with spaces. */
export function queryWords(query: string): string[] {
  return normalizeQuery(query).split(' ').filter(Boolean);
}

const LATIN_ONLY = /^[a-z]+$/;

/**
 * The page a query names outright: by one of its names, or (Latin letters only) by its
 * full pinyin, its initials, or the start of its full pinyin (at least three letters).
 */
export function findShortcut(query: string, shortcuts: readonly Shortcut[]): Shortcut | undefined {
  const q = normalizeQuery(query);
  if (!q) return undefined;
  const byName = shortcuts.find((s) => s.names.some((n) => n.toLowerCase() === q));
  if (byName || !LATIN_ONLY.test(q)) return byName;
  const exact = shortcuts.find((s) => s.pinyin.includes(q));
  if (exact || q.length < 3) return exact;
  const prefixed = shortcuts.filter((s) => s.pinyin.some((p) => p.length > q.length && p.startsWith(q)));
  return prefixed.sort((a, b) => a.phrase.length - b.phrase.length)[0];
}

/**
 * What to search the index for, in order of preference: pinyin stands for the shortcut's
 * phrase; a Chinese alias is searched as typed first (建档立卡 is in the text) and, if no
 * page contains it, as the phrase it stands for (小贷 → 小额信贷).
 */
export function searchTexts(query: string, shortcut: Shortcut | undefined): string[] {
  const q = normalizeQuery(query);
  if (!shortcut) return [q];
  if (LATIN_ONLY.test(q)) return [shortcut.phrase];
  return q === shortcut.phrase.toLowerCase() ? [q] : [q, shortcut.phrase];
}
