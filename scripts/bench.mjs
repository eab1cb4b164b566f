// `npm run bench`: the project's measured figures, one line each. Each entry of
// MEASUREMENTS is one job that yields one or more figures; add new jobs to the list.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pageSizes } from '../bench/page-sizes.mjs';
import { searchFigures } from '../bench/search.mjs';
import { removeCorpus, syntheticCorpus } from '../bench/synthetic-corpus.mjs';
import { pdfFileName } from '../src/print/paper.ts';
import { formatFileSize } from '../src/format/file-size.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const node = process.execPath;

/** Runs a command in the project, failing loudly: a benchmark of a broken build means nothing. */
function run(args, label) {
  const started = performance.now();
  const result = spawnSync(node, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) {
    console.error(`${label}失败：\n${result.stdout}`);
    process.exit(1);
  }
  return (performance.now() - started) / 1000;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** One build of `contentDir` into a scratch folder, in a child process: its time and peak memory. */
function timedBuild(contentDir) {
  const out = mkdtempSync(path.join(tmpdir(), 'handbook-bench-'));
  try {
    const result = spawnSync(node, ['bench/build-once.mjs', root, out], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, HANDBOOK_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (result.status !== 0) {
      console.error(`构建失败：\n${result.stdout}`);
      process.exit(1);
    }
    return JSON.parse(result.stdout.trim().split('\n').at(-1));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function pdfPages(file) {
  try {
    return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  } catch {
    return NaN; // poppler-utils missing: the page count is then unknown, not wrong
  }
}

/** @type {{ job: string, measure: () => Promise<{ name: string, value: string }[]> }[]} */
const MEASUREMENTS = [
  {
    job: 'PDF（A4）',
    async measure() {
      // The PDF is printed from the built site; build it first if needed (not timed).
      if (!existsSync(path.join(dist, 'handbook/index.html'))) run(['node_modules/astro/bin/astro.mjs', 'build'], '网站构建');
      const seconds = run(['scripts/pdf.mjs', '--paper', 'A4'], 'PDF 生成');
      const file = path.join(dist, pdfFileName('A4'));
      const bytes = statSync(file).size;
      return [
        { name: 'PDF 生成时间（A4）', value: `${seconds.toFixed(1)} 秒` },
        { name: 'PDF 页数（A4）', value: `${pdfPages(file)} 页` },
        { name: 'PDF 大小（A4）', value: `${formatFileSize(bytes)}（${bytes} 字节）` },
      ];
    },
  },
  {
    job: '各类页面的传输大小',
    async measure() {
      return pageSizes(dist).map((p) => ({
        name: `传输大小：${p.name}`,
        value: `${kb(p.total)}（HTML ${kb(p.html)} + CSS/JS ${kb(p.assets)}，gzip）`,
      }));
    },
  },
  {
    job: '搜索',
    async measure() {
      const s = await searchFigures(dist);
      return [
        { name: '首次搜索传输量（界面、索引、片段）', value: `${kb(s.bytes)}（gzip，${s.requests} 个请求）` },
        { name: '首次搜索：输入到出结果', value: `${Math.round(s.firstMs)} 毫秒（含 250 毫秒输入防抖）` },
        { name: '再次搜索：输入到出结果', value: `${Math.round(s.secondMs)} 毫秒` },
        { name: '搜索质量：前三名命中率（本站）', value: `${s.tuned}/${s.cases}（${((100 * s.tuned) / s.cases).toFixed(0)}%）` },
        { name: '搜索质量：前三名命中率（未调校的 Pagefind）', value: `${s.plain}/${s.cases}（未命中：${s.plainMisses.join('、') || '无'}）` },
      ];
    },
  },
  {
    job: '网站构建（真实内容）',
    async measure() {
      const b = timedBuild(path.join(root, 'src/content'));
      return [
        { name: '网站构建时间（11 个模块）', value: `${b.seconds.toFixed(1)} 秒` },
        { name: '网站构建内存峰值（11 个模块）', value: `${Math.round(b.peakMiB)} MiB` },
      ];
    },
  },
  {
    job: '网站构建（1000 个模块的合成语料）',
    async measure() {
      const corpus = syntheticCorpus(path.join(root, 'src/content'), 1000);
      try {
        const b = timedBuild(corpus);
        return [
          { name: '网站构建时间（1000 个模块）', value: `${b.seconds.toFixed(1)} 秒` },
          { name: '网站构建内存峰值（1000 个模块）', value: `${Math.round(b.peakMiB)} MiB` },
        ];
      } finally {
        removeCorpus(corpus);
      }
    },
  },
];

const figures = [];
for (const { job, measure } of MEASUREMENTS) {
  process.stderr.write(`测量：${job}……\n`);
  figures.push(...(await measure()));
}
// Chinese characters are two columns wide in a terminal; pad by display width.
const width = (text) => [...text].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
const column = Math.max(...figures.map((f) => width(f.name))) + 2;
console.log('测量项目' + ' '.repeat(column - width('测量项目')) + '数值');
for (const f of figures) console.log(f.name + ' '.repeat(column - width(f.name)) + f.value);
