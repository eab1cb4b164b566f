import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * src/history/read.ts reads git in the folder the build runs in. Each case runs it in a
 * throwaway repository of its own (never the project's), as a build would.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const MODULE = path.join(ROOT, 'src/history/read.ts');

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=培训教师', '-c', 'user.email=trainer@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'ignore' });
}

function commit(cwd: string, file: string, text: string, message: string, date: string): void {
  mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
  writeFileSync(path.join(cwd, file), text);
  git(cwd, 'add', file);
  execFileSync('git', ['-c', 'user.name=培训教师', '-c', 'user.email=trainer@example.com', 'commit', '-q', '-m', message], {
    cwd,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

/** historyOf(file) as a build in `cwd` would see it. */
function historyIn(cwd: string, file: string): unknown {
  const script = `import { historyOf } from ${JSON.stringify(MODULE)}; console.log(JSON.stringify(historyOf(${JSON.stringify(file)})));`;
  // The ceiling keeps git from finding a repository above the temporary folder.
  const env = { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(cwd) };
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/node'), ['--input-type=module', '-e', script], { cwd, encoding: 'utf8', env });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

function repository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'handbook-history-'));
  git(dir, 'init', '-q');
  commit(dir, 'src/content/modules/a.mdx', '一', '新增第一讲', '2025-03-01T10:00:00+08:00');
  commit(dir, 'README.md', '说明', '改说明', '2025-06-01T10:00:00+08:00');
  commit(dir, 'src/content/modules/a.mdx', '二', '修改第一讲：补充案例', '2026-11-20T10:00:00+08:00');
  return dir;
}

describe('historyOf in a real repository', () => {
  it('lists the commits that changed the file, newest first', () => {
    const history = historyIn(repository(), 'src/content/modules/a.mdx') as { status: string; revisions: { date: string; subject: string }[] };
    expect(history.status).toBe('complete');
    expect(history.revisions.map((r) => `${r.date} ${r.subject}`)).toEqual(['2026-11-20 修改第一讲：补充案例', '2025-03-01 新增第一讲']);
  });

  it('follows a folder for a list page', () => {
    const history = historyIn(repository(), 'src/content/modules/') as { revisions: unknown[] };
    expect(history.revisions).toHaveLength(2);
  });

  it('says a file is not committed yet', () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'src/content/modules/b.mdx'), '新');
    expect(historyIn(dir, 'src/content/modules/b.mdx')).toEqual({ status: 'untracked' });
  });

  it('marks a shallow clone, whose oldest commit is the cut', () => {
    const clone = path.join(mkdtempSync(path.join(tmpdir(), 'handbook-shallow-')), 'clone');
    git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${repository()}`, clone);
    const history = historyIn(clone, 'src/content/modules/a.mdx') as { status: string; revisions: { cut: boolean }[] };
    expect(history.status).toBe('shallow');
    expect(history.revisions).toHaveLength(1);
    expect(history.revisions[0]!.cut).toBe(true);
  });

  it('does not fail outside a repository', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'handbook-nogit-'));
    writeFileSync(path.join(dir, 'a.mdx'), '一');
    expect(historyIn(dir, 'a.mdx')).toEqual({ status: 'unavailable' });
  });
});
