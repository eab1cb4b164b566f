/**
 * `npm run new -- module|term|policy <编号> [标题]`: writes a new content file with every
 * field its schema requires, each explained in a comment, and never overwrites a file.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDirFromEnv } from '../src/model/content-dir.ts';
import { newEntry } from '../src/authoring/new-entry.ts';

const USAGE = '用法：npm run new -- module|term|policy <编号> [标题]\n例如：npm run new -- policy guokaibanfa-2014-78 关于创新发展扶贫小额信贷的指导意见';

const root = path.resolve(import.meta.dirname, '..');
const [kind, id, ...titleWords] = process.argv.slice(2);

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

if (!kind || !id) fail('缺少类型或编号。');
let entry;
try {
  entry = newEntry(kind, id, titleWords.join(' ') || undefined);
} catch (error) {
  fail((error as Error).message);
}
const target = path.join(contentDirFromEnv(root), entry.file);
const shown = path.relative(root, target);
try {
  writeFileSync(target, entry.text, { flag: 'wx' });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(code === 'EEXIST' ? `${shown} 已经存在，没有改动它。请换一个编号，或直接编辑这个文件。` : `无法写入 ${shown}：${(error as Error).message}`);
}
console.log(`已创建 ${shown}\n\n接下来：\n${entry.next.map((step, i) => `  ${i + 1}. ${step}`).join('\n')}`);
