// The project's measured figures (`npm run bench`, through scripts/bench.mjs), one line
// each. Each entry of MEASUREMENTS is one job that yields one or more figures; add new jobs
// to the list.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pageSizes } from './page-sizes.mjs';
import { searchFigures } from './search.mjs';
import { removeCorpus, syntheticCorpus } from './synthetic-corpus.mjs';
import { buildSearchIndex } from '../src/search/build-index.ts';
import { pdfFileName } from '../src/print/paper.ts';
import { formatFileSize } from '../src/format/file-size.ts';
import { StepFailure, exitWithFailure } from '../src/toolchain/step-failure.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const node = process.execPath;

const BENCH_STEP = '性能测量';

/** A benchmark of a broken build means nothing: stop, saying which part failed. */
function failed(label, output) {
  return new StepFailure({ step: BENCH_STEP, cause: `${label}失败，测量结果没有意义`, fix: '先让 npm run build 通过，再测量。', details: output });
}

/** Runs a command in the project, failing loudly. */
function run(args, label) {
  const started = performance.now();
  const result = spawnSync(node, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw failed(label, result.stdout);
  return (performance.now() - started) / 1000;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

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
    if (result.status !== 0) throw failed('网站构建', result.stdout);
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
    job: '搜索索引',
    async measure() {
      // Pagefind on a copy of the built site, five times: its own time, without the rest of the build.
      const copy = mkdtempSync(path.join(tmpdir(), 'handbook-search-'));
      try {
        cpSync(dist, copy, { recursive: true });
        const runs = [];
        for (let i = 0; i < 5; i++) runs.push(await buildSearchIndex(copy));
        return [{ name: `建立搜索索引（${runs[0].pages} 个页面，5 次中位数）`, value: `${Math.round(median(runs.map((r) => r.ms)))} 毫秒` }];
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
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

/** Runs every measurement and prints the table; exits non-zero, in Chinese, when one fails. */
export async function runBench() {
  const figures = [];
  try {
    for (const { job, measure } of MEASUREMENTS) {
      process.stderr.write(`测量：${job}……\n`);
      figures.push(...(await measure()));
    }
  } catch (error) {
    exitWithFailure(error, BENCH_STEP);
  }
  // Chinese characters are two columns wide in a terminal; pad by display width.
  const width = (text) => [...text].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const column = Math.max(...figures.map((f) => width(f.name))) + 2;
  console.log('测量项目' + ' '.repeat(column - width('测量项目')) + '数值');
  for (const f of figures) console.log(f.name + ' '.repeat(column - width(f.name)) + f.value);
}
