/**
 * The search page: Pagefind (loaded from the index's own folder, so UI and index always
 * match) does the matching; query.ts and rank.ts make it right for Chinese: pinyin and
 * aliases lead straight to their page, pages containing the phrase come first, and the
 * phrase is what gets highlighted.
 */
import { findShortcut, normalizeQuery, queryWords, searchTexts, type Shortcut } from '../query.ts';
import { excerptAround, highlight, rankResults, tidyMarks, type SearchHit } from '../rank.ts';

interface PagefindResult {
  id: string;
  data(): Promise<{
    url: string;
    content: string;
    excerpt: string;
    meta: { title?: string };
    filters: Record<string, string[]>;
    sub_results: { url: string; title: string; excerpt: string }[];
  }>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

const root = document.querySelector<HTMLElement>('[data-search]')!;
const input = root.querySelector<HTMLInputElement>('#search-input')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const filters = root.querySelector<HTMLFieldSetElement>('.search-filters')!;
const status = root.querySelector<HTMLElement>('.search-status')!;
const resultsBox = root.querySelector<HTMLElement>('.search-results')!;
const help = document.querySelector<HTMLElement>('.search-help')!;

/** Pages whose data (a fragment file each) is fetched at first: a phone pays for every one. */
const FIRST_EXACT = 12;
const FIRST_LOOSE = 6;

let pagefind: Promise<Pagefind> | undefined;
let shortcuts: Promise<Shortcut[]> | undefined;
let latest = 0;
let shown:
  | {
      shortcut?: Shortcut;
      exact: SearchHit[];
      loose: SearchHit[];
      words: string[];
      query: string;
      more: PagefindResult[];
      /** All pages found, fetched or not: the counts a reader is told. */
      totals: { exact: number; loose: number };
    }
  | undefined;

function engine(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ root.dataset.pagefind!).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: root.dataset.base, excerptLength: 40 });
    return pf;
  });
  return pagefind;
}

function loadShortcuts(): Promise<Shortcut[]> {
  shortcuts ??= fetch(root.dataset.shortcuts!).then((r) => r.json() as Promise<Shortcut[]>);
  return shortcuts;
}

async function toHit(result: PagefindResult): Promise<SearchHit & { excerpt: string }> {
  const d = await result.data();
  return {
    url: d.url,
    title: d.meta.title ?? d.url,
    kind: d.filters.kind?.[0] ?? '',
    content: d.content,
    excerpt: d.excerpt,
    subResults: d.sub_results
      .filter((s) => s.url.includes('#'))
      .map((s) => ({ url: s.url, title: s.title, text: s.excerpt.replace(/<[^>]+>/g, '') })),
  };
}

async function search(query: string): Promise<void> {
  const run = ++latest;
  const q = normalizeQuery(query);
  if (!q) {
    shown = undefined;
    render();
    return;
  }
  status.textContent = '正在搜索……';
  const [pf, known] = await Promise.all([engine(), loadShortcuts()]);
  const shortcut = findShortcut(q, known);
  const texts = searchTexts(q, shortcut);
  let found = await searchIndex(pf, texts[0]!);
  if (!found.exact.length && texts[1]) found = await searchIndex(pf, texts[1]);
  const first = [...found.exact.slice(0, FIRST_EXACT), ...found.loose.slice(0, FIRST_LOOSE)];
  const more = [...found.exact.slice(FIRST_EXACT), ...found.loose.slice(FIRST_LOOSE)];
  const hits = await Promise.all(first.map(toHit));
  if (run !== latest) return;
  const ranked = rankResults(found.words, hits.filter((h) => h.url !== shortcut?.url));
  // The 直达 page is counted once, in the lead, not again among the results.
  const shortcutInExact = hits.slice(0, Math.min(found.exact.length, FIRST_EXACT)).some((h) => h.url === shortcut?.url);
  const totals = { exact: found.exact.length - (shortcutInExact ? 1 : 0), loose: found.loose.length };
  shown = { shortcut, ...ranked, words: found.words, query: q, more, totals };
  render();
}

/** The results not fetched at first, on request. */
async function showMore(): Promise<void> {
  if (!shown) return;
  const current = shown;
  const hits = await Promise.all(current.more.map(toHit));
  const ranked = rankResults(current.words, [...current.exact, ...current.loose, ...hits].filter((h) => h.url !== current.shortcut?.url));
  shown = { ...current, ...ranked, more: [] };
  render();
}

/** A quoted search per word finds the pages containing it exactly; the plain search, the rest. */
async function searchIndex(pf: Pagefind, text: string) {
  const words = queryWords(text);
  const [loose, ...quoted] = await Promise.all([pf.search(text), ...words.map((w) => pf.search(`"${w}"`))]);
  const inAll = (r: PagefindResult) => quoted.every((s) => s.results.some((x) => x.id === r.id));
  const exact = quoted[0]!.results.filter(inAll);
  const rest = loose!.results.filter((r) => !exact.some((x) => x.id === r.id));
  return { words, exact, loose: rest };
}

function kindFilter(): string {
  return root.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? '';
}

function resultItem(hit: SearchHit & { excerpt?: string }, words: string[], exact: boolean): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'result-title';
  link.innerHTML = highlight(hit.title, words);
  const kind = document.createElement('span');
  kind.className = 'badge';
  kind.textContent = hit.kind;
  const excerpt = document.createElement('p');
  excerpt.innerHTML = exact ? highlight(excerptAround(hit.content, words), words) : tidyMarks(hit.excerpt ?? '');
  li.append(link, ' ', kind, excerpt);
  const subs = hit.subResults.filter((s) => words.some((w) => `${s.title}${s.text}`.includes(w))).slice(0, 3);
  if (exact && subs.length) {
    const ul = document.createElement('ul');
    ul.className = 'sub-results';
    for (const s of subs) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = s.url;
      a.innerHTML = highlight(s.title, words);
      item.append(a);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

function list(hits: SearchHit[], words: string[], exact: boolean): HTMLOListElement {
  const ol = document.createElement('ol');
  ol.className = `results ${exact ? 'results-exact' : 'results-loose'}`;
  ol.append(...hits.map((h) => resultItem(h, words, exact)));
  return ol;
}

function render(): void {
  resultsBox.replaceChildren();
  if (!shown) {
    status.textContent = '';
    filters.hidden = true;
    help.hidden = false;
    return;
  }
  const { shortcut, words, query } = shown;
  const kind = kindFilter();
  const keep = (h: { kind: string }) => !kind || h.kind === kind;
  const exact = shown.exact.filter(keep);
  const loose = shown.loose.filter(keep);
  const all = [...(shortcut ? [shortcut] : []), ...shown.exact, ...shown.loose];
  for (const span of root.querySelectorAll<HTMLElement>('[data-count]')) {
    const k = span.dataset.count!;
    span.textContent = `（${all.filter((h) => !k || h.kind === k).length}）`;
  }
  filters.hidden = false;
  const phrase = words.join(' ');
  const lead = shortcut && keep(shortcut) ? 1 : 0;
  const total = lead + exact.length + loose.length + shown.more.length;
  help.hidden = total > 0;
  if (!total) {
    status.textContent = `没有找到与“${query}”相关的内容。可以换一个词，试试下面的术语和课程目录。`;
    return;
  }
  const via = phrase !== query ? `（已按“${phrase}”搜索）` : '';
  const { totals } = shown;
  status.textContent = `找到 ${lead + totals.exact} 个包含“${phrase}”的页面${via}${totals.loose ? `，另有 ${totals.loose} 个相关页面` : ''}。`;
  if (lead && shortcut) {
    const best = document.createElement('p');
    best.className = 'best-match';
    const a = document.createElement('a');
    a.href = shortcut.url;
    a.textContent = shortcut.title;
    const kindBadge = document.createElement('span');
    kindBadge.className = 'badge';
    kindBadge.textContent = shortcut.kind;
    best.append('直达：', a, ' ', kindBadge);
    resultsBox.append(best);
  }
  if (exact.length) resultsBox.append(list(exact, words, true));
  if (loose.length) {
    const heading = document.createElement('h2');
    heading.className = 'loose-heading';
    heading.textContent = `其他相关结果（不含完整的“${phrase}”）`;
    resultsBox.append(heading, list(loose, words, false));
  }
  if (shown.more.length) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'more-results';
    button.textContent = `显示更多结果（还有 ${shown.more.length} 个）`;
    button.addEventListener('click', () => void showMore());
    resultsBox.append(button);
  }
}

let timer: number | undefined;
input.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    void search(input.value);
  }, 250);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  window.clearTimeout(timer);
  void search(input.value);
});
filters.addEventListener('change', render);

// The note for readers without JavaScript does not apply here.
document.querySelector('[data-no-js-note]')?.remove();

const initial = new URL(location.href).searchParams.get('q') ?? '';
input.value = initial;
if (initial) void search(initial);
input.focus();
