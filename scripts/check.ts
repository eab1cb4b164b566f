/**
 * `npm run check`: the content check (schemas, references, links, images, Chinese prose,
 * review dates) and then `astro check` (TypeScript in pages and code), every problem of both
 * printed, exit 1 if either fails. `astro check` reads all content first, so it runs only once
 * the content is free of errors: otherwise it would stop on the same problems, in English.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runContentCheck } from '../src/checker/cli.ts';

const root = path.resolve(import.meta.dirname, '..');

console.log('【一】内容检查\n');
const contentOk = await runContentCheck(root, process.argv.slice(2));

console.log('\n【二】类型检查（astro check）\n');
let typesOk = false;
if (!contentOk) {
  console.log('已跳过：请先改正上面的内容错误，类型检查需要读取全部内容。');
} else {
  const run = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['check'], { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  typesOk = run.status === 0;
}

console.log(`\n检查${contentOk && typesOk ? '通过' : '未通过'}：内容检查${contentOk ? '通过' : '有错误'}，类型检查${contentOk ? (typesOk ? '通过' : '有错误') : '未运行'}。`);
process.exitCode = contentOk && typesOk ? 0 : 1;
