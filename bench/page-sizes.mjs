// Bytes a reader's browser transfers for one page of each kind: the HTML and the styles
// and scripts it loads (including the chunks those scripts import), each gzip-compressed
// as a web server would send them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const PAGE_TYPES = [
  ['首页', 'index.html'],
  ['课程模块列表', 'modules/index.html'],
  ['课程模块（第 7 讲）', 'modules/xiaoe-xindai/index.html'],
  ['术语表', 'glossary/index.html'],
  ['术语（六个精准）', 'glossary/liuge-jingzhun/index.html'],
  ['政策文件列表', 'policies/index.html'],
  ['政策文件', 'policies/guokaibanfa-2014-78/index.html'],
  ['培训安排', 'programme/index.html'],
  ['搜索页（未搜索）', 'search/index.html'],
  ['印刷版页面', 'handbook/index.html'],
];

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Files a page or script pulls in: stylesheets, scripts, and static imports of scripts. */
function dependencies(dist, file, seen) {
  const text = readFileSync(file, 'utf8');
  const refs = file.endsWith('.js')
    ? [...text.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) => path.resolve(path.dirname(file), m[1]))
    : [...text.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map((m) => path.join(dist, m[1].replace(/^\/+/, '')));
  for (const ref of refs) {
    if (seen.has(ref) || !existsSync(ref)) continue;
    seen.add(ref);
    if (ref.endsWith('.js')) dependencies(dist, ref, seen);
  }
  return seen;
}

/** @returns {{ name: string, html: number, assets: number, total: number }[]} bytes, gzip */
export function pageSizes(dist) {
  return PAGE_TYPES.filter(([, file]) => existsSync(path.join(dist, file))).map(([name, file]) => {
    const page = path.join(dist, file);
    const html = gzip(page);
    const assets = [...dependencies(dist, page, new Set())].reduce((sum, f) => sum + gzip(f), 0);
    return { name, html, assets, total: html + assets };
  });
}
