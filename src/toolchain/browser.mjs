// Finds a Chromium for Playwright: an explicit CHROMIUM_PATH, Playwright's own download
// (machines with internet), or the system package (Debian's chromium here).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** @returns {string | undefined} path of a usable browser, or undefined */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  let bundled;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return bundled;
  return SYSTEM_CANDIDATES.find((p) => existsSync(p));
}

/** Flags for headless runs as root on a machine without outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What is missing, and how to get it: the cause and the fix of a failing step. */
export const BROWSER_MISSING = '找不到 Chromium 浏览器';
export const BROWSER_FIX =
  '请任选一种方式安装：\n' +
  '  Debian/Ubuntu：sudo apt-get update && sudo apt-get install -y chromium\n' +
  '  能访问外网时：npx playwright install chromium\n' +
  '  已装在别处：设置环境变量 CHROMIUM_PATH=/path/to/chromium';
export const BROWSER_HELP = `${BROWSER_MISSING}。${BROWSER_FIX}`;
