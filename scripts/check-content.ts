/**
 * `npm run check:content [-- --dir path/to/content --today YYYY-MM-DD]`: every content
 * problem at once, grouped by file, in Chinese, then the “需复核” list. Exits 1 on an error.
 */
import path from 'node:path';
import { runContentCheck } from '../src/checker/cli.ts';

const root = path.resolve(import.meta.dirname, '..');
process.exitCode = (await runContentCheck(root, process.argv.slice(2))) ? 0 : 1;
