import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, hasErrors } from './diagnostics.ts';
import { formatReviewReport } from './review.ts';
import { contentDirFromEnv } from '../model/content-dir.ts';
import { inspectContent } from './check.ts';

/**
 * The content check as the command line runs it (`npm run check:content`, and the first part
 * of `npm run check`): every problem grouped by file, then the “需复核” list, which CI also
 * puts on the run's summary page. Options: --dir content folder, --public site files folder,
 * --today YYYY-MM-DD. Returns true when there is no error.
 */
export async function runContentCheck(root: string, argv: string[]): Promise<boolean> {
  const { values } = parseArgs({
    args: argv,
    options: { dir: { type: 'string' }, public: { type: 'string' }, today: { type: 'string' } },
  });
  const contentDir = values.dir ? path.resolve(values.dir) : contentDirFromEnv(root);
  const { diagnostics, reviewDue } = await inspectContent(contentDir, root, {
    ...(values.today ? { today: values.today } : {}),
    ...(values.public ? { publicDir: path.resolve(values.public) } : {}),
  });
  console.log(diagnostics.length ? formatReport(diagnostics) : '内容检查通过：没有发现问题。');
  const review = formatReviewReport(reviewDue);
  console.log(`\n${review}`);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `### 需复核\n\n\`\`\`\n${review}\n\`\`\`\n`);
  return !hasErrors(diagnostics);
}
