/**
 * What the build demands of the search index before it is published, read from what
 * Pagefind's Node API returns and writes, not from its log: one language, zh-cn; every
 * content page in it; and Chinese split into words (Pagefind's extended build does that;
 * the plain build indexes a run of Chinese characters as one "word", so a search for 扶贫
 * would find nothing inside 精准扶贫).
 */

/** A sentence whose words a Chinese segmenter splits apart; unsplit, it is a single word. */
export const SEGMENTATION_PROBE = '扶贫小额信贷是精准扶贫的重要措施';
/** Fewer unique words than this in the probe sentence means Chinese was not split. */
export const MIN_PROBE_WORDS = 4;

export interface IndexSummary {
  /** Pages indexed per language, from pagefind-entry.json (the file Pagefind's search loads first). */
  languages: Record<string, number>;
  /** Unique words Pagefind found in SEGMENTATION_PROBE, marked as zh-CN. */
  probeWords: number;
}

/** The languages and their page counts in pagefind-entry.json. */
export function readPagefindEntry(json: string): Record<string, number> {
  const entry = JSON.parse(json) as { languages?: Record<string, { page_count?: number }> };
  return Object.fromEntries(Object.entries(entry.languages ?? {}).map(([language, info]) => [language, Number(info.page_count ?? 0)]));
}

/** A page asks to be indexed: it has an element with the data-pagefind-body attribute. */
export function isContentPage(html: string): boolean {
  return /<[a-z][^>]*\sdata-pagefind-body(?=[\s=>/])/i.test(html);
}

export const indexedPages = (summary: IndexSummary) => Object.values(summary.languages).reduce((sum, n) => sum + n, 0);

/** Problems with an index, in Chinese; empty when it is fit to publish. */
export function indexProblems(summary: IndexSummary, contentPages: number): string[] {
  const problems: string[] = [];
  const languages = Object.keys(summary.languages);
  if (summary.probeWords < MIN_PROBE_WORDS) {
    problems.push(
      `Pagefind 没有给中文分词：测试句“${SEGMENTATION_PROBE}”只分出 ${summary.probeWords} 个词（应至少 ${MIN_PROBE_WORDS} 个），多半用的不是 Pagefind 的扩展版（pagefind_extended）`,
    );
  }
  if (languages.length !== 1 || languages[0] !== 'zh-cn') {
    problems.push(`索引的语言应只有 zh-cn，实际为：${languages.join('、') || '（无）'}；请检查每个页面的 <html lang="zh-CN">`);
  }
  const pages = indexedPages(summary);
  if (pages < contentPages) problems.push(`只索引了 ${pages} 个页面，少于网站的 ${contentPages} 个内容页面（带 data-pagefind-body 的页面）`);
  if (pages > contentPages) problems.push(`索引了 ${pages} 个页面，多于网站的 ${contentPages} 个内容页面：有页面没有带 data-pagefind-body 也被索引了`);
  return problems;
}
