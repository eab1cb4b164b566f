import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { moduleSchema } from '../../src/model/module.ts';
import { ROOT, splitModule } from './fixtures.ts';

/** The editorial floor every module of the real curriculum must clear (issue: the whole curriculum). */
const MODULES_DIR = path.join(ROOT, 'src/content/modules');
const modules = readdirSync(MODULES_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const split = splitModule(readFileSync(path.join(MODULES_DIR, file), 'utf8'));
    return { file, data: moduleSchema.parse(parse(split.yaml)), body: split.body };
  })
  .sort((a, b) => a.data.order - b.data.order);

const hanCount = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;

describe('the curriculum', () => {
  it('has the eleven modules of the report, in programme order', () => {
    expect(modules.map((m) => m.data.title)).toEqual([
      '政策精神解读', '扶贫开发支撑政策', '精准扶贫工作理念', '扶贫开发规划及项目编制', '财政专项扶贫项目管理',
      '扶贫统计与建档立卡信息系统', '扶贫小额信贷', '贫困村互助资金与互助社', '现代农业与农民专业合作社', '职务犯罪与预防', '党员党性修养',
    ]);
  });

  describe.each(modules)('$file', ({ data, body }) => {
    it('has at least 3,000 Chinese characters of body text', () => expect(hanCount(body)).toBeGreaterThanOrEqual(3000));
    it('has at least one GFM table', () => expect(body).toMatch(/^\|.*\|\s*\n\|\s*:?-{3,}/m));
    it('has a worked example marked as illustrative', () => expect(body).toMatch(/^##+ .*(示例|案例).*（虚构案例）/m));
    it('has objectives, key points, questions and answers above the floor', () => {
      expect(data.objectives.length).toBeGreaterThanOrEqual(3);
      expect(data.keyPoints.length).toBeGreaterThanOrEqual(3);
      expect(data.discussion.length).toBeGreaterThanOrEqual(3);
      expect(data.selfCheck.filter((q) => q.answer.length > 4).length).toBeGreaterThanOrEqual(4);
      expect(data.policies.length).toBeGreaterThanOrEqual(1);
    });
    it('uses full-width punctuation between Chinese characters', () => {
      expect(body.match(/\p{Script=Han}[,;:?!]\p{Script=Han}/gu) ?? []).toEqual([]);
    });
  });
});
