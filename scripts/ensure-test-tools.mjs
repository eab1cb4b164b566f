// Before the tests: make sure the tools they drive exist — a Chromium for the browser
// tests and the PDF, and poppler (pdftotext, pdfinfo, pdffonts) for the PDF tests.
// On Debian as root, install what is missing from Debian's packages (the only source
// this network reaches); elsewhere, say how to get it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BROWSER_HELP, findChromium } from './lib/browser.mjs';

const POPPLER = ['pdftotext', 'pdfinfo', 'pdffonts'];
const POPPLER_HELP = '找不到 poppler 工具（pdftotext、pdfinfo、pdffonts）。Debian/Ubuntu：sudo apt-get update && sudo apt-get install -y poppler-utils';

const hasCommand = (name) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

function aptInstall(packages) {
  const run = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  console.log(`正在用 apt-get 安装：${packages.join('、')}……`);
  run(['update', '-qq']);
  run(['install', '-y', '-qq', ...packages]);
}

const missing = [];
if (!findChromium()) missing.push('chromium');
if (!POPPLER.every(hasCommand)) missing.push('poppler-utils');
if (missing.length && canApt) aptInstall(missing);

const browser = findChromium();
const problems = [!browser && BROWSER_HELP, !POPPLER.every(hasCommand) && POPPLER_HELP].filter(Boolean);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`浏览器：${browser}；PDF 工具：poppler`);
