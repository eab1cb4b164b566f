import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../../src/model/glossary.ts';
import { describePath, describeValue, formatIssue } from '../../src/model/messages.ts';
import { moduleSchema } from '../../src/model/module.ts';
import { policySchema } from '../../src/model/policy.ts';
import { programmeSchema } from '../../src/model/programme.ts';

function messages(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => formatIssue(schema, i));
}

/** What Astro does when it validates a collection: its own (English) error map for the whole parse. */
function astroMessages(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data, { error: () => 'English message from the error map' });
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

const policy = { title: '关于创新发展扶贫小额信贷的指导意见', issuer: '国务院扶贫办', date: '2014-12', status: 'in-force', summary: '要点。' };

describe('Chinese schema messages', () => {
  it('names a missing field with its Chinese meaning', () => {
    const { issuer: _, ...withoutIssuer } = policy;
    expect(messages(policySchema, withoutIssuer)).toEqual(['字段 issuer（发文机关）：缺少这个必填字段']);
  });
  it('says what was expected and what was found', () => {
    expect(messages(policySchema, { ...policy, status: '有效' })[0]).toBe(
      '字段 status（状态）：应为以下之一：in-force、superseded、later；实际为文字“有效”',
    );
  });
  it('says a field left empty (as npm run new leaves it) is still to be filled in', () => {
    expect(messages(policySchema, { ...policy, issuer: null, status: null })).toEqual([
      '字段 issuer（发文机关）：还没有填写，应填文字',
      '字段 status（状态）：还没有填写，应为以下之一：in-force、superseded、later',
    ]);
  });
  it('explains a 文号 written with the wrong brackets, quoting what was written', () => {
    const [message] = messages(policySchema, { ...policy, docNumber: '国开办发[2014]78号' });
    expect(message).toContain('六角括号〔〕');
    expect(message).toContain('国开办发[2014]78号');
  });
  it('refuses a date that is not on the calendar', () => {
    expect(messages(policySchema, { ...policy, date: '2014-02-30' })).toEqual(['字段 date（发布日期）：日期“2014-02-30”不存在（这个月没有这一天），请核对后改正']);
  });
  it('checks a policy’s status against its date', () => {
    expect(messages(policySchema, { ...policy, date: '2016-04' })[0]).toContain('状态应为 later');
  });
  it('holds a term to the count in its name', () => {
    const term = { term: '五个机制', number: 8, gist: '概括', source: '注⑧', explanation: '释义', items: [{ name: '目标责任', practice: '做法' }] };
    expect(messages(glossarySchema, term)).toEqual(['字段 items（条目）：术语“五个机制”的名称表示 5 项，实际写了 1 项']);
  });
  it('suggests the field a misspelt one was meant to be', () => {
    expect(messages(policySchema, { ...policy, isuer: '财政部' })[0]).toContain('有不认识的字段 isuer（是否想写 issuer？');
  });
  it('names a field by its own name, not by another field of the same key', () => {
    // `label` is a figure's caption in the programme and a group's mark in a term.
    expect(describePath(programmeSchema, ['keyFigures', 0, 'label'])).toBe('keyFigures（关键数字）第 1 项的 label（说明文字）');
    expect(describePath(moduleSchema, ['selfCheck', 2, 'answer'])).toBe('selfCheck（自测题）第 3 项的 answer（参考答案）');
    expect(describeValue(['a', 'b'])).toBe('含 2 项的列表');
  });
  it('speaks Chinese under Astro’s own error map too', () => {
    const found = astroMessages(policySchema, { ...policy, status: '有效', date: 2014.5, aliases: '小贷' });
    expect(found.length).toBeGreaterThan(0);
    for (const message of found) expect(message).toMatch(/\p{Script=Han}/u);
    expect(found.join('')).not.toContain('English');
  });
  it('gives every field a Chinese name in the editor’s JSON schema', () => {
    const properties = (z.toJSONSchema(moduleSchema, { io: 'input' }) as { properties: Record<string, { title?: string }> }).properties;
    for (const [key, property] of Object.entries(properties)) expect(property.title, key).toMatch(/\p{Script=Han}/u);
  });
});
