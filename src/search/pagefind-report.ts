/**
 * Reads what the Pagefind command line says it did, so the build can refuse an index that
 * would quietly fail Chinese readers: not the extended build (no Chinese word splitting),
 * not the zh-cn language, or fewer pages than the site has content pages.
 */
export interface PagefindReport {
  extended: boolean;
  languages: string[];
  pages: number;
}

export function parsePagefindOutput(output: string): PagefindReport {
  const extended = /Running Pagefind v[\d.]+ \(Extended\)/.test(output);
  const languageLine = /Discovered \d+ languages?: ([^\n]+)/.exec(output)?.[1] ?? '';
  const languages = languageLine.split(',').map((l) => l.trim()).filter(Boolean);
  const pages = Number(/Indexed (\d+) pages?/.exec(output)?.[1] ?? 0);
  return { extended, languages, pages };
}

/** Problems with an index, in Chinese; empty when it is fit to publish. */
export function indexProblems(report: PagefindReport, contentPages: number): string[] {
  const problems: string[] = [];
  if (!report.extended) problems.push('Pagefind 没有以扩展模式（Extended）运行，中文无法正确分词');
  if (report.languages.length !== 1 || report.languages[0] !== 'zh-cn') {
    problems.push(`索引的语言应只有 zh-cn，实际为：${report.languages.join('、') || '（无）'}；请检查每个页面的 <html lang="zh-CN">`);
  }
  if (report.pages < contentPages) problems.push(`只索引了 ${report.pages} 个页面，少于网站的 ${contentPages} 个内容页面`);
  return problems;
}
