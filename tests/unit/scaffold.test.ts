import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { newEntry } from '../../src/authoring/new-entry.ts';
import { scaffoldYaml } from '../../src/authoring/scaffold.ts';
import { describeKind, fieldsOf, jsonSchemaOf } from '../../src/model/schema-fields.ts';
import { entryId, fullDate, text } from '../../src/model/common.ts';
import { named } from '../../src/model/field.ts';

// Names and guidance come from the schema nodes (`named`), as in src/model/.
const schema = jsonSchemaOf(
  z.strictObject({
    title: named(text, '标题'),
    minutes: named(z.number().int().min(10).max(240), '时长（分钟）'),
    unit: named(entryId, '授课单位', '授课单位的编号'),
    audience: named(z.array(z.enum(['三职干部', '乡镇扶贫干事'])).min(1), '培训对象'),
    selfCheck: named(z.array(z.strictObject({ question: named(text, '问题'), answer: named(text, '答案') })).min(2), '自测题'),
    reviewed: named(fullDate, '最后复核日期'),
    aliases: named(z.array(text).default([]), '别名'),
  }),
);

describe('fieldsOf and describeKind', () => {
  it('lists every field depth first with its Chinese name and shape', () => {
    expect(fieldsOf(schema).map((f) => [f.path, f.label, f.required, f.kind])).toEqual([
      ['title', '标题', true, '文字'],
      ['minutes', '时长（分钟）', true, '整数，10—240'],
      ['unit', '授课单位', true, '编号（小写英文字母、数字和连字符）'],
      ['audience', '培训对象', true, '列表，至少 1 项，每项从以下选一：三职干部、乡镇扶贫干事'],
      ['selfCheck', '自测题', true, '列表，至少 2 项，每项是一组字段（见下面各行）'],
      ['selfCheck[].question', '问题', true, '文字'],
      ['selfCheck[].answer', '答案', true, '文字'],
      ['reviewed', '最后复核日期', true, '日期，写成 YYYY-MM-DD，如 2015-07-28'],
      ['aliases', '别名', false, '列表，可以为空，每项是文字'],
    ]);
  });

  it('states limits but not zod’s default maximum', () => {
    expect(describeKind(jsonSchemaOf(z.number().int().min(1)))).toBe('整数，不小于 1');
    expect(describeKind(jsonSchemaOf(text.max(8)))).toBe('文字，最多 8 个字');
  });
});

describe('scaffoldYaml', () => {
  const yaml = scaffoldYaml({ schema, values: { title: '社会扶贫' }, intro: '新课程模块' });

  it('writes each required field under a comment, empty, with list items ready to fill', () => {
    expect(yaml.split('\n')).toEqual([
      '# 新课程模块',
      '',
      '# 标题：文字',
      'title: 社会扶贫',
      '# 时长（分钟）：整数，10—240',
      'minutes:',
      '# 授课单位：编号（小写英文字母、数字和连字符）。授课单位的编号',
      'unit:',
      '# 培训对象：列表，至少 1 项，每项从以下选一：三职干部、乡镇扶贫干事',
      'audience:',
      '  - ',
      '# 自测题：列表，至少 2 项，每项是一组字段（见下面各行）',
      'selfCheck:',
      '  - question:',
      '    answer:',
      '  - question:',
      '    answer:',
      '# 最后复核日期：日期，写成 YYYY-MM-DD，如 2015-07-28',
      'reviewed:',
      '',
      '# 可选字段（需要时再加，写法见 CONTRIBUTING.md 的“字段说明”）：aliases（别名）',
      '',
    ]);
  });

  it('is YAML whose empty fields read as null', () => {
    expect(parse(yaml)).toEqual({ title: '社会扶贫', minutes: null, unit: null, audience: [null], selfCheck: [{ question: null, answer: null }, { question: null, answer: null }], reviewed: null });
  });

  it('quotes a value only when YAML would misread it', () => {
    const quoted = (title: string) => parse(scaffoldYaml({ schema, values: { title }, intro: '' })).title;
    for (const title of ['中共中央 国务院关于打赢脱贫攻坚战的决定', '标题: 副标题', '- 开头', '2015', 'true', '#话题']) expect(quoted(title)).toBe(title);
  });
});

describe('newEntry', () => {
  it('puts a module in its folder as MDX with a body to start from', () => {
    const entry = newEntry('module', 'shehui-fupin', '社会扶贫');
    expect(entry.file).toBe('modules/shehui-fupin.mdx');
    expect(entry.text).toMatch(/^---\n# 新课程模块“shehui-fupin”/);
    expect(entry.text).toContain('\n---\n');
    expect(entry.text).toContain('## 第一个小标题');
  });

  it('refuses an unknown kind or an id that cannot be a file name', () => {
    expect(() => newEntry('lesson', 'a')).toThrow('不认识的类型“lesson”');
    expect(() => newEntry('term', '六个精准')).toThrow('编号“六个精准”不合规');
  });
});
