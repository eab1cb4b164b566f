import type { z } from 'astro/zod';
import { FIELD_LABELS } from './labels.ts';

/**
 * Turns a zod issue into one sentence a trainer can act on: which field, what was
 * expected, what was found. Field names stay in English (they are what the trainer
 * types) with their Chinese meaning beside them.
 */

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是/否（true/false）',
  array: '列表（每项以“- ”开头）',
  object: '一组字段',
  date: '日期',
};

/** Reads the value at `path` inside `data`, or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A found value described briefly: 字符串“六十”, 数字 60, 空值. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '没有填写';
  if (value === null) return '空值';
  if (typeof value === 'string') return `文字“${value.length > 30 ? `${value.slice(0, 30)}…` : value}”`;
  if (typeof value === 'number') return `数字 ${value}`;
  if (typeof value === 'boolean') return `是/否值 ${value}`;
  if (value instanceof Date) return `日期 ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return `含 ${value.length} 项的列表`;
  return '一组字段';
}

/** selfCheck[2].answer → “selfCheck 第 3 项的 answer（答案）”. */
export function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') parts.push(`第 ${key + 1} 项`);
    else {
      const name = String(key);
      const label = FIELD_LABELS[name];
      parts.push(label ? `${name}（${label}）` : name);
    }
  }
  return parts.join(' 的 ') || '整个文件';
}

function sizeMessage(issue: Issue & { code: 'too_small' | 'too_big' }, found: unknown): string {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const more = issue.code === 'too_small';
  switch (issue.origin) {
    case 'array':
      return `${more ? '至少' : '最多'}要写 ${limit} 项，实际写了 ${Array.isArray(found) ? found.length : 0} 项`;
    case 'string':
      if (more && limit === 1) return '不能为空';
      return `${more ? '至少' : '最多'} ${limit} 个字，实际 ${typeof found === 'string' ? [...found].length : 0} 个字`;
    default:
      return `${more ? '不能小于' : '不能大于'} ${limit}，实际为 ${describeValue(found)}`;
  }
}

/** The sentence after the field name. */
function detail(issue: Issue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return '缺少这个必填字段';
      // `minutes:` with nothing after it, as a new file from `npm run new` starts out.
      if (found === null) return `还没有填写，应填${TYPE_NAMES[issue.expected] ?? issue.expected}`;
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实际为${describeValue(found)}`;
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue, found);
    case 'invalid_value':
      if (found === null) return `还没有填写，应为以下之一：${issue.values.map(String).join('、')}`;
      return `应为以下之一：${issue.values.map(String).join('、')}；实际为${describeValue(found)}`;
    case 'invalid_format':
      return `${issue.message}；实际为${describeValue(found)}`;
    default:
      return issue.message;
  }
}

/** The field an issue is about; for unknown keys, the first unknown key itself. */
export function issuePath(issue: Issue): PropertyKey[] {
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys' && issue.keys[0]) path.push(issue.keys[0]);
  return path;
}

export function formatIssue(issue: Issue, data: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length ? `${describePath(issue.path)} 中` : '';
    return `${where}有不认识的字段 ${issue.keys.join('、')}（是否拼写错误？可用字段见 CONTRIBUTING.md）`;
  }
  return `字段 ${describePath(issue.path)}：${detail(issue, valueAt(data, issue.path))}`;
}
