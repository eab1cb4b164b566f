// Makes sure the outside tools a command drives exist: a Chromium to print the PDF and run
// the browser tests (`chromium`), poppler's pdftotext, pdfinfo and pdffonts to check the
// PDF (`poppler`). On Debian as root, installs what is missing from Debian's packages (the
// only source this network reaches); elsewhere, says how to get it and exits non-zero.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BROWSER_FIX, BROWSER_MISSING, findChromium } from './browser.mjs';
import { exitWithFailure, runStep, StepFailure } from './step-failure.ts';

export const TOOLS_STEP = '检查外部工具';

const POPPLER = ['pdftotext', 'pdfinfo', 'pdffonts'];

const hasCommand = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;

interface Tool {
  /** The Debian package that provides it. */
  debianPackage: string;
  present: () => boolean;
  /** What a person sees when it is here. */
  found: () => string;
  missing: string;
  fix: string;
}

/** Each tool a command may need, by the name given on the command line. */
export const TOOLS: Record<string, Tool> = {
  chromium: { debianPackage: 'chromium', present: () => Boolean(findChromium()), found: () => `浏览器 ${findChromium()}`, missing: BROWSER_MISSING, fix: BROWSER_FIX },
  poppler: {
    debianPackage: 'poppler-utils',
    present: () => POPPLER.every(hasCommand),
    found: () => 'poppler',
    missing: `找不到 poppler 工具（${POPPLER.join('、')}）`,
    fix: 'Debian/Ubuntu：sudo apt-get update && sudo apt-get install -y poppler-utils',
  },
};

function aptInstall(packages: string[]): void {
  const run = (args: string[]) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  console.log(`正在用 apt-get 安装：${packages.join('、')}……`);
  run(['update', '-qq']);
  run(['install', '-y', '-qq', ...packages]);
}

/**
 * Ensures the named tools (`chromium`, `poppler`); installs missing ones with apt-get when
 * it can. Throws a StepFailure naming what is still missing and how to get it.
 */
export function ensureTools(wanted: string[], canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')): string {
  const tools = wanted.map((name) => TOOLS[name]!);
  const missing = tools.filter((tool) => !tool.present());
  if (missing.length && canApt) {
    try {
      aptInstall(missing.map((tool) => tool.debianPackage));
    } catch (error) {
      // Reported below, with what is still missing; apt-get has printed its own reason.
      console.error(`apt-get 安装失败：${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const still = tools.filter((tool) => !tool.present());
  if (still.length) {
    throw new StepFailure({ step: TOOLS_STEP, cause: still.map((tool) => tool.missing).join('；'), fix: still.map((tool) => tool.fix).join('\n') });
  }
  return `外部工具齐全：${tools.map((tool) => tool.found()).join('；')}`;
}

/** `node scripts/ensure-tools.mjs chromium [poppler]`: exit 2 on a usage mistake, 1 when a tool is missing. */
export async function ensureToolsCommand(argv: string[]): Promise<void> {
  const unknown = argv.filter((name) => !(name in TOOLS));
  if (argv.length === 0 || unknown.length) {
    const problem = { step: TOOLS_STEP, cause: unknown.length ? `不认识的工具：${unknown.join('、')}` : '没有说要检查哪些工具', fix: `用法：node scripts/ensure-tools.mjs ${Object.keys(TOOLS).join('|')} …` };
    exitWithFailure(new StepFailure(problem), TOOLS_STEP, 2);
  }
  await runStep(TOOLS_STEP, () => console.log(ensureTools(argv)));
}
