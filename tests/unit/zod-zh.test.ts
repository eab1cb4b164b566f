import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../../src/model/glossary.ts';
import { policySchema } from '../../src/model/policy.ts';
import { describePath, describeValue, formatIssue } from '../../src/model/zod-zh.ts';

function messages(schema: typeof policySchema | typeof glossarySchema, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => formatIssue(i, data));
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
  it('explains a 文号 written with the wrong brackets', () => {
    expect(messages(policySchema, { ...policy, docNumber: '国开办发[2014]78号' })[0]).toContain('六角括号〔〕');
  });
  it('checks a policy’s status against its date', () => {
    expect(messages(policySchema, { ...policy, date: '2016-04' })[0]).toContain('状态应为 later');
  });
  it('holds a term to the count in its name', () => {
    const term = { term: '五个机制', number: 8, gist: '概括', source: '注⑧', explanation: '释义', items: [{ name: '目标责任', practice: '做法' }] };
    expect(messages(glossarySchema, term)).toEqual(['字段 items（条目）：术语“五个机制”的名称表示 5 项，实际写了 1 项']);
  });
  it('describes paths and values briefly', () => {
    expect(describePath(['selfCheck', 2, 'answer'])).toBe('selfCheck（自测题） 的 第 3 项 的 answer（答案）');
    expect(describeValue(['a', 'b'])).toBe('含 2 项的列表');
  });
});
