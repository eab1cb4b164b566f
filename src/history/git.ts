import { execFileSync } from 'node:child_process';

/**
 * Runs a read-only git command in the project folder (where Astro builds from), returning
 * its output, or undefined when git or the repository is missing: pages then say so.
 */
export function git(...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: process.cwd(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 16 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}
