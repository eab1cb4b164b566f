import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildMoment, isoDateIn, revisionLabel } from './edition.ts';
import { git } from './git.ts';

/**
 * Facts about this build for the cover and the colophon: read once, at build time,
 * from package.json, git and the clock. A checkout without git still builds (“未知”).
 */

// Astro builds from the project folder (npm scripts run there).
const root = process.cwd();

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '未知';
  } catch {
    return '未知'; // built from outside the project folder: say so rather than fail the build
  }
}

const hash = git('rev-parse', '--short', 'HEAD')?.trim();
// Tracked files only: a stray untracked file does not make the printed source different.
// --no-optional-locks: only read, never refresh the index (a commit may be running).
const dirty = hash !== undefined && Boolean(git('--no-optional-locks', 'status', '--porcelain', '--untracked-files=no')?.trim());

export const buildInfo = {
  edition: packageVersion(),
  revision: revisionLabel(hash, dirty),
  date: isoDateIn(buildMoment(process.env.SOURCE_DATE_EPOCH)),
} as const;
