import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { COLLECTIONS, type CollectionName } from '../model/index.ts';
import { checkCorpus, type ParsedEntry } from './rules.ts';
import type { Diagnostic } from './diagnostics.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkLinks } from './link-rules.ts';
import { parseMdx } from '../markdown/mdx-tree.ts';
import { lintMdxProse, lintYamlProse } from './prose-rules.ts';
import { isReviewDue, monthsBetween, reviewWarning, todayInChina, type ReviewDue } from './review.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { formatIssue, issuePath } from '../model/zod-zh.ts';
import type { TermInfo } from '../glossary/term-info.ts';
import { readGlossary } from '../glossary/source.ts';
import remarkGlossary from '../glossary/remark-glossary.ts';

/**
 * Reads the content tree and reports every problem at once, in Chinese, with file and
 * line: the build runs this first, and `npm run check` prints it.
 */

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export { contentDirFromEnv } from '../model/content-dir.ts';

export interface CheckOptions {
  /** YYYY-MM-DD; decides which modules are due for review. Defaults to today in China. */
  today?: string;
  /** Where /images/… and other site files live. Defaults to the project's public/. */
  publicDir?: string;
}

export interface ContentReport {
  /** Every problem, errors and warnings. */
  diagnostics: Diagnostic[];
  /** Modules not reviewed for more than twelve months (also among the warnings). */
  reviewDue: ReviewDue[];
}

interface Context {
  projectRoot: string;
  today: string;
  reviewDue: ReviewDue[];
  /** For compiling module text with the same term linker as the site. */
  terms: TermInfo[];
  diagnostics: Diagnostic[];
  entries: ParsedEntry[];
  /** Every well-named file, valid or not, so references to a broken entry are not reported twice. */
  knownIds: Map<CollectionName, Set<string>>;
}

/** Schema, then prose; a valid entry joins the corpus for the rules across entries. Returns it. */
function validate(ctx: Context, collection: CollectionName, id: string, file: string, yaml: YamlSource, extra: object): ParsedEntry | undefined {
  for (const e of yaml.syntaxErrors) ctx.diagnostics.push({ file, line: e.line, column: e.column, severity: 'error', message: e.message });
  if (yaml.syntaxErrors.length) return;
  ctx.diagnostics.push(...lintYamlProse(file, yaml.strings));
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    ctx.diagnostics.push({ file, line: 1, column: 1, severity: 'error', message: '内容应为“字段: 值”的形式，现在是空的或格式不对' });
    return;
  }
  const result = COLLECTIONS[collection].schema.safeParse(yaml.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      ctx.diagnostics.push({ file, ...yaml.locate(issuePath(issue)), severity: 'error', message: formatIssue(issue, yaml.data) });
    }
    return;
  }
  const entry = { collection, id, file, data: result.data, locate: yaml.locate, ...extra } as ParsedEntry;
  ctx.entries.push(entry);
  return entry;
}

function checkReview(ctx: Context, entry: Extract<ParsedEntry, { collection: 'modules' }>): void {
  const { reviewed, title, order } = entry.data;
  if (!isReviewDue(reviewed, ctx.today)) return;
  const item: ReviewDue = { file: entry.file, title, order, reviewed, months: monthsBetween(reviewed, ctx.today), at: entry.locate(['reviewed']) };
  ctx.reviewDue.push(item);
  ctx.diagnostics.push(reviewWarning(item));
}

async function checkMdxSyntax(ctx: Context, file: string, body: string, lineOffset: number): Promise<boolean> {
  try {
    await compile(body, { remarkPlugins: [remarkGfm, [remarkGlossary, { terms: ctx.terms, base: '/' }]] });
    return true;
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string; source?: string };
    const message =
      e.source === 'remark-glossary'
        ? e.reason!
        : `MDX 正文语法错误：${e.reason ?? e.message}。提示：正文中的 { } < > 是 MDX 的特殊符号，如要显示请改用全角 ｛｝＜＞`;
    ctx.diagnostics.push({ file, line: (e.line ?? 1) + lineOffset, column: e.column ?? 1, severity: 'error', message });
    return false;
  }
}

async function checkFile(ctx: Context, collection: CollectionName, absolute: string): Promise<void> {
  const file = path.relative(ctx.projectRoot, absolute);
  const id = path.basename(absolute, COLLECTIONS[collection].ext);
  const source = await readFile(absolute, 'utf8');
  if (COLLECTIONS[collection].ext === '.yaml') {
    validate(ctx, collection, id, file, parseYamlSource(source), {});
    return;
  }
  const split = splitFrontmatter(source);
  if (split.frontmatter === null) {
    ctx.diagnostics.push({ file, line: 1, column: 1, severity: 'error', message: '文件开头缺少用 --- 包围的信息区（标题、顺序号等字段）' });
    return;
  }
  const syntaxOk = await checkMdxSyntax(ctx, file, split.body, split.bodyLineOffset);
  if (!syntaxOk) return;
  const tree = parseMdx(split.body);
  ctx.diagnostics.push(...lintMdxProse(file, tree, split.body, split.bodyLineOffset));
  const entry = validate(ctx, collection, id, file, parseYamlSource(split.frontmatter, 1), { body: split.body, bodyLineOffset: split.bodyLineOffset, tree });
  if (entry?.collection === 'modules') checkReview(ctx, entry);
}

async function checkCollection(ctx: Context, contentDir: string, collection: CollectionName): Promise<void> {
  const { dir, ext, label } = COLLECTIONS[collection];
  const folder = path.join(contentDir, dir);
  const shown = path.relative(ctx.projectRoot, folder);
  let names: import('node:fs').Dirent[];
  try {
    names = await readdir(folder, { withFileTypes: true });
  } catch {
    ctx.diagnostics.push({ file: shown, severity: 'error', message: `找不到${label}文件夹` });
    return;
  }
  const ids = new Map<string, string>();
  ctx.knownIds.set(collection, new Set());
  for (const dirent of names.sort((a, b) => a.name.localeCompare(b.name))) {
    if (dirent.name.startsWith('.')) continue;
    const file = path.join(shown, dirent.name);
    if (dirent.isDirectory()) {
      ctx.diagnostics.push({ file, severity: 'error', message: `${label}文件夹中不能有子文件夹；请把文件直接放在 ${shown}/ 中` });
      continue;
    }
    if (!dirent.name.endsWith(ext)) {
      ctx.diagnostics.push({ file, severity: 'error', message: `文件类型不对：${label}文件必须以 ${ext} 结尾，否则不会被收录` });
      continue;
    }
    const id = dirent.name.slice(0, -ext.length);
    if (!FILE_NAME.test(id)) {
      ctx.diagnostics.push({ file, severity: 'error', message: `文件名“${dirent.name}”不合规：只能用小写英文字母、数字和连字符，例如 xiaoe-xindai${ext}` });
      continue;
    }
    const twin = ids.get(id.toLowerCase());
    if (twin) ctx.diagnostics.push({ file, severity: 'error', message: `编号“${id}”与 ${twin} 重复` });
    ids.set(id.toLowerCase(), file);
    ctx.knownIds.get(collection)!.add(id);
    await checkFile(ctx, collection, path.join(folder, dirent.name));
  }
}

/** Checks the whole content tree: every problem found, and the modules due for review. */
export async function inspectContent(contentDir: string, projectRoot: string, options: CheckOptions = {}): Promise<ContentReport> {
  let terms: TermInfo[] = [];
  try {
    terms = readGlossary(contentDir);
  } catch {
    // A missing glossary folder is reported below with the other collections.
  }
  const today = options.today ?? todayInChina();
  const publicDir = options.publicDir ?? path.join(projectRoot, 'public');
  const ctx: Context = { projectRoot, today, reviewDue: [], terms, diagnostics: [], entries: [], knownIds: new Map() };
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    await checkCollection(ctx, contentDir, collection);
  }
  const fileExists = (file: string) => existsSync(path.join(publicDir, file));
  return {
    diagnostics: [...ctx.diagnostics, ...checkCorpus(ctx.entries, ctx.knownIds), ...checkLinks(ctx.entries, fileExists)],
    reviewDue: ctx.reviewDue,
  };
}

/** Checks the whole content tree; returns every problem found, errors and warnings. */
export async function checkContent(contentDir: string, projectRoot: string, options: CheckOptions = {}): Promise<Diagnostic[]> {
  return (await inspectContent(contentDir, projectRoot, options)).diagnostics;
}
