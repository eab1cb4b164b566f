import { describe, expect, it } from 'vitest';
import { fileHistory, parseGitLog, summarize } from '../../src/history/log.ts';
import { commitUrl, editUrl, folderUrl, historyUrl } from '../../src/history/repo-links.ts';

const US = '\x1f';
const RS = '\x1e';
const record = (hash: string, date: string, parents: string, subject: string) => `${hash}${US}${date}${US}${parents}${US}${subject}${RS}\n`;
const LOG =
  record('c3', '2026-11-29T18:40:59+08:00', 'c2', '更新小额信贷：补充风险补偿金的说明') +
  record('c2', '2026-03-02T09:00:00+08:00', 'c1', 'Fix punctuation; add term links') +
  record('c1', '2015-08-01T10:00:00+08:00', '', '首次提交');

describe('parseGitLog', () => {
  it('reads hash, committer date, subject and whether the commit is a shallow clone’s cut', () => {
    expect(parseGitLog(LOG, false)).toEqual([
      { hash: 'c3', date: '2026-11-29', subject: '更新小额信贷：补充风险补偿金的说明', cut: false },
      { hash: 'c2', date: '2026-03-02', subject: 'Fix punctuation; add term links', cut: false },
      { hash: 'c1', date: '2015-08-01', subject: '首次提交', cut: false },
    ]);
    expect(parseGitLog(LOG, true).map((r) => r.cut)).toEqual([false, false, true]);
  });
  it('reads nothing from empty output', () => expect(parseGitLog('', false)).toEqual([]));
});

describe('summarize', () => {
  it('gives the last change and every revision of a complete history', () => {
    const summary = summarize(fileHistory(LOG, false));
    expect(summary).toMatchObject({ lastUpdated: '2026-11-29', noLaterThan: false });
    expect(summary.note).toBeUndefined();
    expect(summary.revisions).toHaveLength(3);
  });

  it('says a shallow clone’s list is incomplete and leaves out the cut commit', () => {
    const summary = summarize(fileHistory(LOG, true));
    expect(summary).toMatchObject({ lastUpdated: '2026-11-29', noLaterThan: false, note: '修改记录不完整（浅克隆）' });
    expect(summary.revisions.map((r) => r.hash)).toEqual(['c3', 'c2']);
  });

  it('dates a file whose only commit is the cut as “no later than”', () => {
    const onlyCut = record('c9', '2026-11-29T10:00:00+00:00', '', 'Merge pull request #12');
    expect(summarize(fileHistory(onlyCut, true))).toEqual({ lastUpdated: '2026-11-29', noLaterThan: true, revisions: [], note: '修改记录不完整（浅克隆）' });
  });

  it('says so when the file is new or git cannot be read, without a date', () => {
    expect(summarize(fileHistory('', false))).toEqual({ noLaterThan: false, revisions: [], note: '此文件还没有提交到仓库，暂无修改记录' });
    expect(summarize(fileHistory(undefined, false))).toEqual({ noLaterThan: false, revisions: [], note: '无法读取修改记录（没有 git 历史）' });
  });
});

describe('repository links', () => {
  const repo = { url: 'https://github.com/jiangan-fupin/handbook/', branch: 'main' };
  it('builds edit, folder, history and commit links', () => {
    expect(editUrl(repo, 'src/content/modules/xiaoe-xindai.mdx')).toBe('https://github.com/jiangan-fupin/handbook/edit/main/src/content/modules/xiaoe-xindai.mdx');
    expect(folderUrl(repo, 'src/content/glossary/')).toBe('https://github.com/jiangan-fupin/handbook/tree/main/src/content/glossary');
    expect(historyUrl(repo, 'src/content/programme/course.yaml')).toBe('https://github.com/jiangan-fupin/handbook/commits/main/src/content/programme/course.yaml');
    expect(commitUrl(repo, 'abc123')).toBe('https://github.com/jiangan-fupin/handbook/commit/abc123');
  });
});
