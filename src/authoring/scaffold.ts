import { describeKind, type JsonSchema } from '../model/schema-fields.ts';

/**
 * A new content file for `npm run new`: every required field of the schema, in the schema's
 * order, each under a Chinese comment saying what it needs, and left empty. An empty field
 * fails the content checker, which then names each one still to fill in.
 */

export interface ScaffoldSpec {
  schema: JsonSchema;
  /** Optional fields to write anyway, e.g. a term's items (required by a rule the schema cannot show). */
  include?: readonly string[];
  /** Values known from the command line, e.g. the title. */
  values?: Record<string, string>;
  /** The opening comment: what this file is and what to do next. */
  intro: string;
}

/** A value written into YAML as typed, quoted only when YAML would read it otherwise. */
function yamlScalar(value: string): string {
  return /^[\s\-?:,[\]{}#&*!|>'"%@`]|[:#]\s|\s$|^(?:true|false|null|~|\d[\d.:-]*)$/i.test(value) ? JSON.stringify(value) : value;
}

/** `# 时长（分钟）：整数，10—240。说明…`: the field's name, its shape and the schema's guidance. */
function comment(key: string, schema: JsonSchema): string {
  return `# ${schema.title ?? key}：${describeKind(schema)}${schema.description ? `。${schema.description}` : ''}`;
}

/** The lines of one list item made of fields: `- question:` then `  answer:`. */
function objectItem(schema: JsonSchema, indent: string): string[] {
  const keys = Object.keys(schema.properties ?? {}).filter((k) => schema.required?.includes(k));
  return keys.map((key, i) => `${indent}${i === 0 ? '- ' : '  '}${key}:`);
}

function fieldLines(schema: JsonSchema, spec: ScaffoldSpec, indent: string, prefix: string): string[] {
  const lines: string[] = [];
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const path = prefix + key;
    const wanted = schema.required?.includes(key) || (!prefix && spec.include?.includes(key));
    if (!wanted) continue;
    lines.push(`${indent}${comment(key, property)}`);
    const known = prefix ? undefined : spec.values?.[key];
    if (known !== undefined) {
      lines.push(`${indent}${key}: ${yamlScalar(known)}`);
    } else if (property.type === 'object') {
      lines.push(`${indent}${key}:`, ...fieldLines(property, spec, `${indent}  `, `${path}.`));
    } else if (property.type === 'array' && property.items) {
      const count = Math.max(1, property.minItems ?? 1);
      const item = property.items.type === 'object' ? objectItem(property.items, `${indent}  `) : [`${indent}  - `];
      lines.push(`${indent}${key}:`, ...Array.from({ length: count }, () => item).flat());
    } else {
      lines.push(`${indent}${key}:`);
    }
  }
  return lines;
}

/** The YAML of a new entry, comments included; an MDX module puts it between `---` lines. */
export function scaffoldYaml(spec: ScaffoldSpec): string {
  const optional = Object.keys(spec.schema.properties ?? {}).filter((k) => !spec.schema.required?.includes(k) && !spec.include?.includes(k));
  const lines = [
    ...spec.intro.split('\n').map((l) => `# ${l}`),
    '',
    ...fieldLines(spec.schema, spec, '', ''),
  ];
  if (optional.length) {
    lines.push('', `# 可选字段（需要时再加，写法见 CONTRIBUTING.md 的“字段说明”）：${optional.map((k) => `${k}（${spec.schema.properties![k]!.title ?? k}）`).join('、')}`);
  }
  return `${lines.join('\n')}\n`;
}
