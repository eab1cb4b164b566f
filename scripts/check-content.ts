/**
 * `npm run check:content [-- --dir path/to/content]`: every content problem at once,
 * grouped by file, in Chinese. Exits 1 when there is an error.
 */
import path from 'node:path';
import { checkContent, contentDirFromEnv } from '../src/content-check/index.ts';
import { formatReport, hasErrors } from '../src/lib/diagnostics.ts';

const root = path.resolve(import.meta.dirname, '..');
const dirFlag = process.argv.indexOf('--dir');
const contentDir = dirFlag > -1 ? path.resolve(process.argv[dirFlag + 1] ?? '') : contentDirFromEnv(root);

const diagnostics = await checkContent(contentDir, root);
console.log(diagnostics.length ? formatReport(diagnostics) : '内容检查通过：没有发现问题。');
process.exitCode = hasErrors(diagnostics) ? 1 : 0;
