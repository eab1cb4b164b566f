// Make sure the outside tools a command drives exist: a Chromium to print the PDF and run
// the browser tests (`chromium`), poppler's pdftotext, pdfinfo and pdffonts to check the
// PDF (`poppler`). On Debian as root, install what is missing from Debian's packages (the
// only source this network reaches); elsewhere, say how to get it and exit non-zero.
//   node scripts/ensure-tools.mjs chromium            (npm start, npm run bench)
//   node scripts/ensure-tools.mjs chromium poppler    (npm test)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BROWSER_HELP, findChromium } from '../src/toolchain/browser.mjs';

const POPPLER = ['pdftotext', 'pdfinfo', 'pdffonts'];
const POPPLER_HELP = '找不到 poppler 工具（pdftotext、pdfinfo、pdffonts）。Debian/Ubuntu：sudo apt-get update && sudo apt-get install -y poppler-utils';

const hasCommand = (name) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

/** Each tool: the Debian package that provides it, whether it is here, and what to tell a person when it is not. */
const TOOLS = {
  chromium: { debianPackage: 'chromium', present: () => Boolean(findChromium()), help: BROWSER_HELP },
  poppler: { debianPackage: 'poppler-utils', present: () => POPPLER.every(hasCommand), help: POPPLER_HELP },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in TOOLS));
if (wanted.length === 0 || unknown.length) {
  console.error(`用法：node scripts/ensure-tools.mjs ${Object.keys(TOOLS).join('|')} …${unknown.length ? `（不认识：${unknown.join('、')}）` : ''}`);
  process.exit(2);
}

function aptInstall(packages) {
  const run = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  console.log(`正在用 apt-get 安装：${packages.join('、')}……`);
  run(['update', '-qq']);
  run(['install', '-y', '-qq', ...packages]);
}

const missing = wanted.filter((name) => !TOOLS[name].present());
if (missing.length && canApt) aptInstall(missing.map((name) => TOOLS[name].debianPackage));

const problems = wanted.filter((name) => !TOOLS[name].present()).map((name) => TOOLS[name].help);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`外部工具齐全：${wanted.map((name) => (name === 'chromium' ? `浏览器 ${findChromium()}` : 'poppler')).join('；')}`);
