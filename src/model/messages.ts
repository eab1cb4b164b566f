import { z } from 'astro/zod';

/**
 * Chinese wording of every schema error, attached to the schema nodes themselves
 * (`speakChinese`), so the same sentence reaches a trainer from `npm run check`, the build
 * and Astro's own validation in `npm run dev`. A node-level error function outranks the
 * error map Astro passes when it validates a collection; a global `z.config` would not.
 */

type RawIssue = z.core.$ZodRawIssue;
type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是/否（true/false）',
  array: '列表（每项以“- ”开头，另起一行）',
  object: '一组“字段: 值”',
  date: '日期',
};

/** A found value described briefly: 文字“六十”, 数字 60, 空值. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '没有填写';
  if (value === null) return '空值';
  if (typeof value === 'string') return `文字“${[...value].length > 30 ? `${[...value].slice(0, 30).join('')}…` : value}”`;
  if (typeof value === 'number') return `数字 ${value}`;
  if (typeof value === 'boolean') return `是/否值 ${value}`;
  if (value instanceof Date) return `日期 ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return `含 ${value.length} 项的列表`;
  return '一组字段';
}

/** An error function for a rule about the form of a value: the rule, then what was written. */
export function expected(rule: string): (issue: RawIssue) => string {
  return (issue) => `${rule}；实际为${describeValue(issue.input)}`;
}

/** Edit distance, for “是否想写 …？” after a misspelt field name. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known field a misspelt one most likely meant, if any is close. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const scored = known.map((k) => ({ k, d: distance(key, k) })).sort((a, b) => a.d - b.d);
  const best = scored[0];
  return best && best.d <= Math.max(1, Math.floor(key.length / 3)) ? best.k : undefined;
}

function sizeMessage(issue: RawIssue & { code: 'too_small' | 'too_big' }): string {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const more = issue.code === 'too_small';
  const found = issue.input;
  switch (issue.origin) {
    case 'array':
      return `${more ? '至少' : '最多'}要写 ${limit} 项，实际写了 ${Array.isArray(found) ? found.length : 0} 项`;
    case 'string':
      if (more && limit === 1) return '不能为空';
      return `${more ? '至少' : '最多'} ${limit} 个字，实际 ${typeof found === 'string' ? [...found].length : 0} 个字`;
    default:
      return `${more ? '不能小于' : '不能大于'} ${limit}，实际为${describeValue(found)}`;
  }
}

/** The Chinese message of one issue, without the field's name (the report adds it). */
export function zhIssueMessage(issue: RawIssue): string {
  const found = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return '缺少这个必填字段';
      // `minutes:` with nothing after it, as a new file from `npm run new` starts out.
      if (found === null) return `还没有填写，应填${TYPE_NAMES[issue.expected] ?? issue.expected}`;
      if (issue.expected === 'int' && typeof found === 'number') return `应为整数，实际为${describeValue(found)}`;
      if (issue.expected === 'array' && typeof found === 'string') {
        return `应为列表，实际为${describeValue(found)}：每一项另起一行，以“- ”开头，或写成 [甲, 乙]`;
      }
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实际为${describeValue(found)}`;
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_value':
      if (found === null) return `还没有填写，应为以下之一：${issue.values.map(String).join('、')}`;
      return `应为以下之一：${issue.values.map(String).join('、')}；实际为${describeValue(found)}`;
    case 'invalid_format':
      return `格式不对，实际为${describeValue(found)}`;
    case 'unrecognized_keys': {
      const shape = (issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape ?? {};
      const known = Object.keys(shape);
      const guesses = issue.keys.map((k) => closestKey(k, known)).filter(Boolean);
      const guess = guesses.length ? `是否想写 ${[...new Set(guesses)].join('、')}？` : '是否拼写错误？';
      return `有不认识的字段 ${issue.keys.join('、')}（${guess}可用的字段：${known.join('、')}）`;
    }
    case 'invalid_union':
      return `写法不对，实际为${describeValue(found)}`;
    default:
      return issue.message ?? '写法不对';
  }
}

/** The parts of a zod node's definition these helpers read (zod 4 keeps them on `_zod.def`). */
interface Def {
  type?: string;
  error?: unknown;
  checks?: { _zod: { def: { error?: unknown } } }[];
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  options?: unknown[];
  [key: string]: unknown;
}

const defOf = (node: unknown): Def | undefined => (node as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/**
 * Gives every node and every check of a schema the Chinese message, where the schema has
 * not said something more specific itself (`.min(1, { error: '…' })`). Returns the schema.
 */
export function speakChinese<T extends z.ZodType>(schema: T): T {
  const seen = new Set<unknown>();
  const visit = (node: unknown) => {
    const def = defOf(node);
    if (!def || seen.has(node)) return;
    seen.add(node);
    def.error ??= zhIssueMessage;
    for (const check of def.checks ?? []) check._zod.def.error ??= zhIssueMessage;
    for (const key of ['innerType', 'in', 'out', 'element', 'valueType', 'keyType', 'catchall']) visit(def[key]);
    for (const child of Object.values(def.shape ?? {})) visit(child);
    for (const option of def.options ?? []) visit(option);
  };
  visit(schema);
  return schema;
}

/** Down through wrappers that add no meaning of their own (optional, default, preprocess). */
function unwrap(node: unknown): unknown {
  let current = node;
  for (let def = defOf(current); def; def = defOf(current)) {
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe') current = defOf(def.out)?.type === 'transform' ? def.in : def.out;
    else break;
  }
  return current;
}

/** The schema node a path leads to, or undefined. */
export function nodeAt(schema: z.ZodType, path: readonly PropertyKey[]): unknown {
  let node: unknown = schema;
  for (const key of path) {
    const def = defOf(unwrap(node));
    node = typeof key === 'number' ? def?.element : def?.shape?.[String(key)];
    if (!node) return undefined;
  }
  return node;
}

/** The Chinese name a field was given with `named()`, looking through its wrappers. */
export function titleOf(node: unknown): string | undefined {
  for (let current = node; defOf(current); ) {
    const title = z.globalRegistry.get(current as z.ZodType)?.title;
    if (title) return title;
    const def = defOf(current)!;
    const next = def.innerType ?? (def.type === 'pipe' ? (defOf(def.out)?.type === 'transform' ? def.in : def.out) : undefined);
    if (!next) return undefined;
    current = next;
  }
  return undefined;
}

/** selfCheck[2].answer → “selfCheck（自测题）第 3 项的 answer（参考答案）”. */
export function describePath(schema: z.ZodType, path: readonly PropertyKey[]): string {
  let text = '';
  path.forEach((key, i) => {
    if (typeof key === 'number') {
      text += `第 ${key + 1} 项`;
      return;
    }
    const title = titleOf(nodeAt(schema, path.slice(0, i + 1)));
    text += `${i ? '的 ' : ''}${String(key)}${title ? `（${title}）` : ''}`;
  });
  return text || '整个文件';
}

/** The field an issue is about; for unknown keys, the first unknown key itself. */
export function issuePath(issue: Issue): PropertyKey[] {
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys' && issue.keys[0]) path.push(issue.keys[0]);
  return path;
}

/** One sentence for the report: the field in English and Chinese, then what is wrong. */
export function formatIssue(schema: z.ZodType, issue: Issue): string {
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length ? `${describePath(schema, issue.path)}中` : '';
    return `${where}${issue.message}`;
  }
  return `字段 ${describePath(schema, issue.path)}：${issue.message}`;
}
