import { z } from 'astro/zod';
import { CLOCK_TIME, ENTRY_ID } from './common.ts';
import { FULL_DATE, PARTIAL_DATE } from '../format/dates.ts';
import { DOC_NUMBER } from './policy.ts';

/**
 * The fields of a collection, read from its zod schema through JSON Schema (the same
 * conversion Astro uses for the editor schemas, names and guidance included), and described in Chinese. `npm run new`
 * and the field tables in CONTRIBUTING.md come from here, so neither drifts from the schema.
 */

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** The field's Chinese name, from `named()`. */
  title?: string;
  /** What a trainer should know about the field, from `named()`. */
  description?: string;
}

export interface Field {
  /** `selfCheck[].answer`: the answer of each item of selfCheck. */
  path: string;
  key: string;
  /** 0 for a top-level field. */
  depth: number;
  required: boolean;
  /** Chinese name, from the schema (`named()`). */
  label: string;
  /** Guidance from the schema, or ''. */
  description: string;
  /** What the value looks like: 整数，10—240. */
  kind: string;
  schema: JsonSchema;
}

/** Input shape, as a trainer writes it: defaults make a field optional. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

const PATTERNS = new Map<string, string>([
  [FULL_DATE.source, '日期，写成 YYYY-MM-DD，如 2015-07-28'],
  [PARTIAL_DATE.source, '日期，写成 YYYY、YYYY-MM 或 YYYY-MM-DD，如 2014-12'],
  [ENTRY_ID.source, '编号（小写英文字母、数字和连字符）'],
  [CLOCK_TIME.source, '时间，写成 HH:MM（24小时制），如 08:30'],
  [DOC_NUMBER.source, '文号，如 国开办发〔2014〕78号'],
]);

/** JavaScript's largest safe integer: zod's default upper bound, not a rule worth stating. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

function scalarKind(schema: JsonSchema): string {
  if (schema.enum) return `从以下选一：${schema.enum.join('、')}`;
  if (schema.pattern) return PATTERNS.get(schema.pattern) ?? '文字';
  if (schema.type === 'integer' || schema.type === 'number') {
    const { minimum: min, maximum: max } = schema;
    const word = schema.type === 'integer' ? '整数' : '数字';
    if (min !== undefined && max !== undefined && max < NO_LIMIT) return `${word}，${min}—${max}`;
    return min !== undefined ? `${word}，不小于 ${min}` : word;
  }
  if (schema.type === 'boolean') return 'true 或 false';
  if (schema.type === 'object') return '一组字段（见下面各行）';
  return schema.maxLength ? `文字，最多 ${schema.maxLength} 个字` : '文字';
}

/** What a value looks like, in Chinese: 列表，至少 3 项，每项是文字. */
export function describeKind(schema: JsonSchema): string {
  if (schema.type !== 'array' || !schema.items) return scalarKind(schema);
  const size = schema.minItems ? `至少 ${schema.minItems} 项` : '可以为空';
  const item = scalarKind(schema.items);
  const each = schema.items.type === 'object' ? '每项是一组字段（见下面各行）' : schema.items.enum ? `每项${item}` : `每项是${item}`;
  return `列表，${size}，${each}`;
}

/** Every field, depth first in schema order; the fields of list items follow their list. */
export function fieldsOf(schema: JsonSchema, prefix = '', depth = 0): Field[] {
  const fields: Field[] = [];
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    fields.push({
      path,
      key,
      depth,
      required: schema.required?.includes(key) ?? false,
      label: property.title ?? key,
      description: property.description ?? '',
      kind: describeKind(property),
      schema: property,
    });
    const inner = property.type === 'array' ? property.items : property;
    if (inner?.type === 'object') fields.push(...fieldsOf(inner, property.type === 'array' ? `${path}[]` : path, depth + 1));
  }
  return fields;
}
