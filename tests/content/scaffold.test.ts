import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checker/check.ts';
import { FULL_DATE, PARTIAL_DATE } from '../../src/format/dates.ts';
import { formatReport } from '../../src/checker/diagnostics.ts';
import { KINDS, newEntry, type Kind } from '../../src/authoring/new-entry.ts';
import { jsonSchemaOf, type JsonSchema } from '../../src/model/schema-fields.ts';
import { DOC_NUMBER } from '../../src/model/policy.ts';
import { COLLECTIONS } from '../../src/model/index.ts';
import { ROOT, splitModule, validCopy } from './fixtures.ts';

/** `npm run new` writes a file that fails the checker until filled in, and passes once it is. */

const OPTIONS = { today: '2026-12-01' };
const SAMPLES: Record<Kind, { id: string; title: string }> = {
  module: { id: 'shehui-fupin', title: '社会扶贫' },
  term: { id: 'liangbuchou', title: '两不愁' },
  policy: { id: 'zhongfa-2015-34', title: '中共中央 国务院关于打赢脱贫攻坚战的决定' },
};
/** Values that must point at entries of the valid fixture tree, or differ from them. */
const KNOWN: Record<string, unknown> = { unit: 'fupin-yimin-ju', policies: 'guokaibanfa-2014-78', order: 2, number: 2, status: 'later', date: '2015-11-29' };

/** What a trainer would type into an empty field, judged from the field's schema. */
function sample(key: string, schema: JsonSchema): unknown {
  if (key in KNOWN) return KNOWN[key];
  if (schema.enum) return schema.enum[0];
  if (schema.type === 'integer' || schema.type === 'number') return Math.max(schema.minimum ?? 1, 45);
  if (schema.pattern === FULL_DATE.source) return '2026-11-20';
  if (schema.pattern === PARTIAL_DATE.source) return '2015-11';
  if (schema.pattern === DOC_NUMBER.source) return '中发〔2015〕34号';
  return '示例内容。';
}

/** Fills every empty value of a parsed scaffold, walking the schema beside it. */
function fill(value: unknown, schema: JsonSchema, key: string): unknown {
  if (value === null) return sample(key, schema.type === 'array' ? schema.items! : schema);
  if (Array.isArray(value)) return value.map((v) => fill(v, schema.items!, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, schema.properties![k]!, k)]));
  }
  return value;
}

function frontOf(kind: Kind, text: string): { yaml: string; body: string } {
  if (COLLECTIONS[KINDS[kind].collection].ext !== '.mdx') return { yaml: text, body: '' };
  return splitModule(text);
}

describe.each(Object.keys(KINDS) as Kind[])('npm run new -- %s', (kind) => {
  const { id, title } = SAMPLES[kind];
  const entry = newEntry(kind, id, title);
  const { schema: zodSchema } = COLLECTIONS[KINDS[kind].collection];
  const schema = jsonSchemaOf(zodSchema);
  const { yaml, body } = frontOf(kind, entry.text);
  const data = parse(yaml) as Record<string, unknown>;

  it('writes every required field in schema order, each under a comment', () => {
    const required = Object.keys(schema.properties!).filter((k) => schema.required!.includes(k) || (KINDS[kind].include as readonly string[]).includes(k));
    expect(Object.keys(data)).toEqual(required);
    const lines = yaml.split('\n');
    for (const key of required) {
      const at = lines.findIndex((l) => l.startsWith(`${key}:`));
      expect(lines[at - 1], key).toMatch(/^# \S+：/);
    }
    expect(data[KINDS[kind].titleKey]).toBe(title);
  });

  it('fails the schema until filled in, and passes it once filled', () => {
    expect(zodSchema.safeParse(data).success).toBe(false);
    const filled = fill(data, schema, '');
    const result = zodSchema.safeParse(filled);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('names each empty field at its line in the content check', async () => {
    const dir = validCopy(`new-${kind}`);
    writeFileSync(path.join(dir, entry.file), entry.text);
    const diagnostics = (await checkContent(dir, ROOT, OPTIONS)).filter((d) => d.file.endsWith(entry.file));
    const lines = entry.text.split('\n');
    for (const key of Object.keys(data).filter((k) => data[k] === null)) {
      const hit = diagnostics.find((d) => d.message.startsWith(`字段 ${key}（`));
      expect(hit, `${key}\n${formatReport(diagnostics)}`).toBeDefined();
      expect(hit!.message).toContain('还没有填写');
      expect(lines[hit!.line! - 1]).toBe(`${key}:`);
    }
  });

  it('passes the whole content check once filled in and used', async () => {
    const dir = validCopy(`new-${kind}`);
    const filled = stringify(fill(data, schema, ''));
    // A module cites its policy in the text and goes on the timetable, as the next steps say.
    writeFileSync(path.join(dir, entry.file), kind === 'module' ? `---\n${filled}---\n${body}\n依据国开办发〔2014〕78号。\n` : filled);
    if (kind === 'module') {
      const course = path.join(dir, 'programme/course.yaml');
      writeFileSync(course, readFileSync(course, 'utf8').replace('        module: xiaoe-xindai\n', `        module: xiaoe-xindai\n      - kind: 专题讲座\n        module: ${id}\n`));
    }
    const diagnostics = await checkContent(dir, ROOT, OPTIONS);
    expect(diagnostics, formatReport(diagnostics)).toEqual([]);
  });
});

describe('the npm run new command', () => {
  const run = (dir: string, ...args: string[]) =>
    spawnSync(path.join(ROOT, 'node_modules/.bin/node'), ['scripts/new.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, HANDBOOK_CONTENT_DIR: dir } });

  it('creates the file, says what to do next, and refuses to overwrite it', () => {
    const dir = validCopy('new-cli');
    const first = run(dir, 'policy', 'zhongfa-2015-34', '中共中央', '国务院关于打赢脱贫攻坚战的决定');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('已创建');
    expect(first.stdout).toContain('接下来：');
    const written = readFileSync(path.join(dir, 'policies/zhongfa-2015-34.yaml'), 'utf8');
    expect(written).toContain('title: 中共中央 国务院关于打赢脱贫攻坚战的决定');
    writeFileSync(path.join(dir, 'policies/zhongfa-2015-34.yaml'), `${written}# 已经改过\n`);
    const second = run(dir, 'policy', 'zhongfa-2015-34');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('已经存在，没有改动它');
    expect(readFileSync(path.join(dir, 'policies/zhongfa-2015-34.yaml'), 'utf8')).toContain('# 已经改过');
  });

  it('explains a wrong kind or id', () => {
    const dir = validCopy('new-cli');
    expect(run(dir, 'lesson', 'abc').stderr).toContain('不认识的类型“lesson”');
    expect(run(dir, 'module', 'Xiaoe_Xindai').stderr).toContain('编号“Xiaoe_Xindai”不合规');
    expect(run(dir).stderr).toContain('用法：npm run new -- module|term|policy <编号> [标题]');
  });
});
