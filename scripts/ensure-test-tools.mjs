// Before the browser tests: make sure a Chromium exists. On Debian as root, install the
// system package (the only browser this network can reach); elsewhere say how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BROWSER_HELP, findChromium } from './lib/browser.mjs';

function aptInstall() {
  const run = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  console.log('未找到 Chromium，正在用 apt-get 安装 Debian 的 chromium 软件包……');
  run(['update', '-qq']);
  run(['install', '-y', '-qq', 'chromium']);
}

let browser = findChromium();
if (!browser && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  aptInstall();
  browser = findChromium();
}
if (!browser) {
  console.error(BROWSER_HELP);
  process.exit(1);
}
console.log(`浏览器：${browser}`);
