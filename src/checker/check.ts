import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { load as loadYamlAsAstro } from 'js-yaml';
import { liveGlossary } from '../glossary/source.ts';
import { analyseMdx, blankFrontmatter } from '../markdown/analyse.ts';
import { COLLECTIONS, type CollectionName } from '../model/index.ts';
import { formatIssue, issuePath } from '../model/messages.ts';
import remarkBodyRules, { type BodyFindings } from './body-rules.ts';
import type { Diagnostic } from './diagnostics.ts';
import { checkLinks } from './link-rules.ts';
import { lintYamlProse } from './prose-rules.ts';
import { isReviewDue, monthsBetween, reviewWarning, todayInChina, type ReviewDue } from './review.ts';
import { checkCorpus, type ParsedEntry } from './rules.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

/**
 * Reads the content tree and reports every problem at once, in Chinese, with file and line.
 * `npm run check`, the build (before Astro reads any content) and `npm run dev` (after every
 * change) all run this, so they agree. Each file is read once: its YAML against its schema,
 * and a module's body through the site's own Markdown pipeline (src/markdown/).
 */

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CheckOptions {
  /** YYYY-MM-DD; decides which modules are due for review. Defaults to today in China. */
  today?: string;
  /** Where /images/… and other site files live. Defaults to the project's public/. */
  publicDir?: string;
  /** Results of files read before, for `npm run dev`: only changed files are read again. */
  cache?: FileCache;
}

export interface ContentReport {
  /** Every problem, errors and warnings. */
  diagnostics: Diagnostic[];
  /** Modules not reviewed for more than twelve months (also among the warnings). */
  reviewDue: ReviewDue[];
}

interface FileResult {
  diagnostics: Diagnostic[];
  entry?: ParsedEntry;
}

/** A file's result, kept while its text (and for a module, the glossary) stays the same. */
export type FileCache = Map<string, { key: string; result: FileResult }>;

interface Context {
  projectRoot: string;
  publicDir: string;
  terms: ReturnType<typeof liveGlossary>;
  cache: FileCache;
}

/** Astro reads YAML with js-yaml: what it refuses must be reported here too, where it is. */
function astroYamlError(text: string, lineOffset: number, file: string): Diagnostic | undefined {
  try {
    loadYamlAsAstro(text);
    return undefined;
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number; column: number } };
    return {
      file,
      line: (e.mark?.line ?? 0) + 1 + lineOffset,
      column: (e.mark?.column ?? 0) + 1,
      severity: 'error',
      message: `YAML 格式错误：网站读取这个文件时出错（${e.reason ?? String(error)}）；请检查这一行的缩进、冒号和引号`,
    };
  }
}

/** Schema and prose of a YAML document; a valid one becomes an entry for the rules across files. */
function validate(collection: CollectionName, id: string, file: string, yaml: YamlSource, text: string, lineOffset: number, extra: object): FileResult {
  const diagnostics: Diagnostic[] = yaml.syntaxErrors.map((e) => ({ file, line: e.line, column: e.column, severity: 'error', message: e.message }));
  if (!diagnostics.length) {
    const astro = astroYamlError(text, lineOffset, file);
    if (astro) diagnostics.push(astro);
  }
  if (diagnostics.length) return { diagnostics };
  diagnostics.push(...lintYamlProse(file, yaml.strings));
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    diagnostics.push({ file, line: lineOffset + 1, column: 1, severity: 'error', message: '内容应为“字段: 值”的形式，现在是空的或格式不对' });
    return { diagnostics };
  }
  const { schema } = COLLECTIONS[collection];
  const result = schema.safeParse(yaml.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      diagnostics.push({ file, ...yaml.locate(issuePath(issue)), severity: 'error', message: formatIssue(schema, issue) });
    }
    return { diagnostics };
  }
  return { diagnostics, entry: { collection, id, file, data: result.data, locate: yaml.locate, ...extra } as ParsedEntry };
}

async function readModule(ctx: Context, id: string, file: string, source: string): Promise<FileResult> {
  const raw = extractFrontmatter(source);
  if (raw === undefined) {
    return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', message: '文件开头缺少用 --- 包围的信息区（标题、顺序号等字段）：第一行写 ---，字段写完后再写一行 ---' }] };
  }
  const start = source.indexOf(raw);
  const lineOffset = source.slice(0, start).split('\n').length - 1;
  const bodyLine = lineOffset + raw.split('\n').length;
  const blanked = blankFrontmatter(source, raw);
  const analysis = await analyseMdx(blanked, file, { base: '/', publicDir: ctx.publicDir, terms: ctx.terms }, remarkBodyRules);
  const findings = analysis.data.bodyRules as BodyFindings | undefined;
  const diagnostics: Diagnostic[] = [
    ...analysis.syntaxErrors.map((e) => ({ file, line: e.line, column: e.column, severity: 'error' as const, message: e.message })),
    ...analysis.messages.map((m) => ({ file, line: m.line ?? 1, column: m.column ?? 1, severity: 'error' as const, message: m.reason })),
    ...(findings?.diagnostics ?? []),
  ];
  if (findings && findings.textLength === 0 && !analysis.syntaxErrors.length) {
    diagnostics.push({ file, line: bodyLine, column: 1, severity: 'error', message: '课程正文是空的：在信息区（两行 --- 之间）下面写正文，用 ## 写小标题' });
  }
  // The front matter is checked whatever the body's state: one mistake never hides another.
  const meta = validate('modules', id, file, parseYamlSource(raw, lineOffset), raw, lineOffset, {
    source: blanked,
    links: findings?.links ?? [],
    ids: analysis.ids,
  });
  diagnostics.push(...meta.diagnostics);
  // A body that does not parse cannot be checked for links or citations: no entry, no follow-on errors.
  return { diagnostics, entry: analysis.syntaxErrors.length ? undefined : meta.entry };
}

async function readEntryFile(ctx: Context, collection: CollectionName, id: string, file: string, absolute: string): Promise<FileResult> {
  const source = await readFile(absolute, 'utf8');
  const glossary = collection === 'modules' ? JSON.stringify(ctx.terms()) : '';
  const key = createHash('sha1').update(source).update(glossary).update(ctx.publicDir).digest('hex');
  const cached = ctx.cache.get(absolute);
  if (cached?.key === key) return cached.result;
  const result =
    collection === 'modules'
      ? await readModule(ctx, id, file, source)
      : validate(collection, id, file, parseYamlSource(source), source, 0, {});
  ctx.cache.set(absolute, { key, result });
  return result;
}

interface Collected {
  diagnostics: Diagnostic[];
  entries: ParsedEntry[];
  /** Every well-named file, valid or not, so references to a broken entry are not reported twice. */
  knownIds: Map<CollectionName, Set<string>>;
}

async function readCollection(ctx: Context, contentDir: string, collection: CollectionName, out: Collected): Promise<void> {
  const { dir, ext, label } = COLLECTIONS[collection];
  const folder = path.join(contentDir, dir);
  const shown = path.relative(ctx.projectRoot, folder);
  out.knownIds.set(collection, new Set());
  let names: import('node:fs').Dirent[];
  try {
    names = await readdir(folder, { withFileTypes: true });
  } catch {
    out.diagnostics.push({ file: shown, severity: 'error', message: `找不到${label}文件夹 ${shown}/` });
    return;
  }
  const ids = new Map<string, string>();
  for (const dirent of names.sort((a, b) => a.name.localeCompare(b.name))) {
    if (dirent.name.startsWith('.')) continue;
    const file = path.join(shown, dirent.name);
    if (dirent.isDirectory()) {
      out.diagnostics.push({ file, severity: 'error', message: `${label}文件夹中不能有子文件夹；请把文件直接放在 ${shown}/ 中` });
      continue;
    }
    if (!dirent.name.endsWith(ext)) {
      out.diagnostics.push({ file, severity: 'error', message: `文件类型不对：${label}文件必须以 ${ext} 结尾，否则不会被收录` });
      continue;
    }
    const id = dirent.name.slice(0, -ext.length);
    if (!FILE_NAME.test(id)) {
      out.diagnostics.push({ file, severity: 'error', message: `文件名“${dirent.name}”不合规：只能用小写英文字母、数字和连字符，例如 xiaoe-xindai${ext}` });
      continue;
    }
    const twin = ids.get(id.toLowerCase());
    if (twin) out.diagnostics.push({ file, severity: 'error', message: `编号“${id}”与 ${twin} 重复` });
    ids.set(id.toLowerCase(), file);
    out.knownIds.get(collection)!.add(id);
    const result = await readEntryFile(ctx, collection, id, file, path.join(folder, dirent.name));
    out.diagnostics.push(...result.diagnostics);
    if (result.entry) out.entries.push(result.entry);
  }
}

/** Checks the whole content tree: every problem found, and the modules due for review. */
export async function inspectContent(contentDir: string, projectRoot: string, options: CheckOptions = {}): Promise<ContentReport> {
  const today = options.today ?? todayInChina();
  const publicDir = options.publicDir ?? path.join(projectRoot, 'public');
  const ctx: Context = { projectRoot, publicDir, terms: liveGlossary(contentDir), cache: options.cache ?? new Map() };
  const out: Collected = { diagnostics: [], entries: [], knownIds: new Map() };
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    await readCollection(ctx, contentDir, collection, out);
  }
  const reviewDue: ReviewDue[] = [];
  for (const entry of out.entries) {
    if (entry.collection !== 'modules') continue;
    if (entry.data.reviewed > today) {
      out.diagnostics.push({ file: entry.file, ...entry.locate(['reviewed']), severity: 'error', message: `字段 reviewed（最后复核日期）：${entry.data.reviewed} 晚于今天（${today}）；请写实际复核的日期` });
      continue;
    }
    if (!isReviewDue(entry.data.reviewed, today)) continue;
    const { reviewed, title, order } = entry.data;
    const item: ReviewDue = { file: entry.file, title, order, reviewed, months: monthsBetween(reviewed, today), at: entry.locate(['reviewed']) };
    reviewDue.push(item);
    out.diagnostics.push(reviewWarning(item));
  }
  const fileExists = (file: string) => existsSync(path.join(publicDir, file));
  return {
    diagnostics: [...out.diagnostics, ...checkCorpus(out.entries, out.knownIds), ...checkLinks(out.entries, fileExists)],
    reviewDue,
  };
}

/** Checks the whole content tree; returns every problem found, errors and warnings. */
export async function checkContent(contentDir: string, projectRoot: string, options: CheckOptions = {}): Promise<Diagnostic[]> {
  return (await inspectContent(contentDir, projectRoot, options)).diagnostics;
}
