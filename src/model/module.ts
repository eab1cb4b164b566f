import { z } from 'astro/zod';
import { entryId, fullDate, partialDate, text } from './common.ts';
import { named } from './field.ts';
import { speakChinese } from './messages.ts';

export const AUDIENCES = ['三职干部', '乡镇扶贫干事', '县扶贫移民局工作人员'] as const;

/** A rule issued after the course (July 2015), shown apart and dated. */
const laterDevelopment = z.strictObject({
  date: named(partialDate, '日期', '出台日期，精确到能核实的程度'),
  title: named(text, '标题'),
  text: named(text, '说明'),
  policy: named(entryId.optional(), '政策文件', '相关政策文件的编号（可不写）'),
});

const selfCheckItem = z.strictObject({
  question: named(text, '问题'),
  answer: named(text, '参考答案'),
});

/** Front matter of a course module (课程模块). Minimums are the handbook's editorial floor. */
export const moduleSchema = speakChinese(
z.strictObject({
  title: named(text, '标题'),
  shortTitle: named(text.max(8, { error: '简称最多 8 个字，用于导航和书眉' }), '简称', '用于导航和书眉'),
  aliases: named(z.array(text).default([]), '别名', '读者可能搜索的其他叫法，如“小贷”'),
  order: named(z.number().int().min(1), '顺序号', '第几讲，与培训日程一致，不能与其他模块重复'),
  summary: named(text, '内容提要', '一两句话说明本讲讲什么'),
  unit: named(entryId, '授课单位', '授课单位的编号，即 src/content/units/ 中的文件名（不含 .yaml），如 fupin-yimin-ju'),
  minutes: named(z.number().int().min(10).max(240), '时长（分钟）'),
  audience: named(z.array(z.enum(AUDIENCES)).min(1), '培训对象', '可多选'),
  objectives: named(z.array(text).min(3), '学习目标'),
  keyPoints: named(z.array(text).min(3), '要点'),
  policies: named(
    z.array(entryId).min(1),
    '引用的政策文件',
    '本讲引用的政策文件编号，即 src/content/policies/ 中的文件名（不含 .yaml）；每一份都要在正文中以《全称》、文号或别名提到',
  ),
  discussion: named(z.array(text).min(3), '讨论题'),
  selfCheck: named(z.array(selfCheckItem).min(4), '自测题', '每题写 question（问题）和 answer（参考答案）'),
  reviewed: named(fullDate, '最后复核日期', '最后一次对照现行政策复核本讲的日期；超过 12 个月会列入“需复核”'),
  later: named(z.array(laterDevelopment).default([]), '后续发展', '培训之后（2015年7月28日以后）出台的规定，单独列出并注明日期'),
}),
);

export type ModuleData = z.infer<typeof moduleSchema>;
