/**
 * Ranking and highlighting for Chinese queries. Pagefind matches character pieces of a
 * Chinese phrase anywhere on a page; a reader expects the pages containing the phrase
 * itself first. So: pages that contain every word of the query come first (titles and
 * glossary terms naming it at the top), loose matches after, and highlights mark the
 * phrase rather than scattered characters.
 */

export interface SearchHit {
  url: string;
  title: string;
  kind: string;
  /** Plain text of the page (Pagefind's `content`). */
  content: string;
  subResults: { url: string; title: string; text: string }[];
}

export interface RankedResults {
  exact: SearchHit[];
  loose: SearchHit[];
}

export function containsAll(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return words.every((w) => lower.includes(w.toLowerCase()));
}

/**
 * How strongly a page's title names the query: a title that is the query (a term's own
 * page) first, then titles containing more of its words; glossary terms before others.
 */
function titleScore(hit: SearchHit, words: readonly string[]): number {
  const title = hit.title.toLowerCase().replace(/^《|》$/g, '');
  if (title === words.join(' ').toLowerCase()) return 100;
  const named = words.filter((w) => title.includes(w.toLowerCase())).length;
  return named * 10 + (named && hit.kind === '术语' ? 1 : 0);
}

/**
 * @param hits in Pagefind's order of relevance, each page once
 */
export function rankResults(words: readonly string[], hits: readonly SearchHit[]): RankedResults {
  const withOrder = hits.map((hit, order) => ({ hit, order, score: titleScore(hit, words) }));
  const exact = withOrder
    .filter(({ hit }) => containsAll(`${hit.title} ${hit.content}`, words))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ hit }) => hit);
  const loose = hits.filter((hit) => !exact.includes(hit));
  return { exact, loose };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Escaped HTML with each whole word of the query in <mark>; single characters are not marked. */
export function highlight(text: string, words: readonly string[]): string {
  const marked = words.filter((w) => [...w].length > 1 || /[a-z0-9]/i.test(w));
  if (!marked.length) return escapeHtml(text);
  const pattern = new RegExp(`(${marked.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|')})`, 'gi');
  return text
    .split(pattern)
    .map((part, i) => (i % 2 ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)))
    .join('');
}

/** A window of the text around the first word of the query found in it (or its start). */
export function excerptAround(text: string, words: readonly string[], radius = 40): string {
  const lower = text.toLowerCase();
  const at = words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + radius * 2);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** Pagefind's excerpt with marks around single characters removed: they read as noise. */
export function tidyMarks(excerptHtml: string): string {
  return excerptHtml.replace(/<mark>([^<]?)<\/mark>/gu, '$1');
}
