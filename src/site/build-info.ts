import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildMoment, isoDateIn, revisionLabel } from '../lib/edition.ts';

/**
 * Facts about this build for the cover and the colophon: read once, at build time,
 * from package.json, git and the clock. A checkout without git still builds (“未知”).
 */

// Astro builds from the project folder (npm scripts run there).
const root = process.cwd();

function git(...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '未知';
  } catch {
    return '未知'; // built from outside the project folder: say so rather than fail the build
  }
}

const hash = git('rev-parse', '--short', 'HEAD');
// Tracked files only: a stray untracked file does not make the printed source different.
// --no-optional-locks: only read, never refresh the index (a commit may be running).
const dirty = hash !== undefined && Boolean(git('--no-optional-locks', 'status', '--porcelain', '--untracked-files=no'));

export const buildInfo = {
  edition: packageVersion(),
  revision: revisionLabel(hash, dirty),
  date: isoDateIn(buildMoment(process.env.SOURCE_DATE_EPOCH)),
} as const;
