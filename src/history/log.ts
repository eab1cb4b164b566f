/**
 * A page's currency from the git history of its source file: when it last changed and the
 * commits that changed it. Reading git is src/site/history.ts; this is the pure part.
 *
 * A shallow clone (CI checkouts often fetch one commit) cuts history: the oldest commit it
 * has looks, to git, as if it added every file. Such a cut commit says nothing about when a
 * file changed, only that it changed no later than that.
 */

/** Fields of one commit, separated by US and ended by RS, which commit subjects never contain. */
export const GIT_LOG_FORMAT = '%H%x1f%cI%x1f%P%x1f%s%x1e';

export interface Revision {
  hash: string;
  /** Commit date as the committer's calendar date, YYYY-MM-DD. */
  date: string;
  subject: string;
  /** Where a shallow clone's history stops: not evidence of a change to the file. */
  cut: boolean;
}

export type FileHistory =
  /** Every commit that changed the file, newest first. */
  | { status: 'complete'; revisions: Revision[] }
  /** Commits since the clone's cut; older ones are missing. */
  | { status: 'shallow'; revisions: Revision[] }
  /** In a repository, but never committed (a new file being previewed). */
  | { status: 'untracked' }
  /** No git, or not a repository (e.g. built from a downloaded archive). */
  | { status: 'unavailable' };

export function parseGitLog(output: string, shallow: boolean): Revision[] {
  return output
    .split('\x1e')
    .map((record) => record.trim())
    .filter(Boolean)
    .map((record) => {
      const [hash = '', date = '', parents = '', subject = ''] = record.split('\x1f');
      return { hash, date: date.slice(0, 10), subject, cut: shallow && parents.trim() === '' };
    });
}

/**
 * @param log output of `git log --format=GIT_LOG_FORMAT -- file`, or undefined when git could not run
 */
export function fileHistory(log: string | undefined, shallow: boolean): FileHistory {
  if (log === undefined) return { status: 'unavailable' };
  const revisions = parseGitLog(log, shallow);
  if (!revisions.length) return { status: 'untracked' };
  return { status: shallow ? 'shallow' : 'complete', revisions };
}

export interface HistorySummary {
  /** YYYY-MM-DD of the last change, when known. */
  lastUpdated?: string;
  /** The last change happened on or before `lastUpdated` (shallow clone). */
  noLaterThan: boolean;
  /** Commits that changed the file, newest first, without a shallow clone's cut. */
  revisions: Revision[];
  /** Said beside the date when the history is incomplete or missing. */
  note?: string;
}

export function summarize(history: FileHistory): HistorySummary {
  switch (history.status) {
    case 'unavailable':
      return { noLaterThan: false, revisions: [], note: '无法读取修改记录（没有 git 历史）' };
    case 'untracked':
      return { noLaterThan: false, revisions: [], note: '此文件还没有提交到仓库，暂无修改记录' };
    case 'complete':
      return { lastUpdated: history.revisions[0]!.date, noLaterThan: false, revisions: history.revisions };
    case 'shallow': {
      const [newest] = history.revisions;
      return {
        lastUpdated: newest!.date,
        noLaterThan: newest!.cut,
        revisions: history.revisions.filter((r) => !r.cut),
        note: '修改记录不完整（浅克隆）',
      };
    }
  }
}
